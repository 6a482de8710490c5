import type { Lang } from './lang.js';

/** A text, or a function that builds one from values (numbers, names) the page supplies. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Text = string | ((...args: any[]) => string);
export type Messages = Record<string, Text>;

/**
 * A page's texts in every language. Bokmål defines the keys; Nynorsk and English must have exactly
 * the same ones (the compiler says which is missing), so no page can show a hole in one language.
 */
export type Dictionary<M extends Messages> = { readonly [L in Lang]: M };

export function dictionary<M extends Messages>(texts: { nb: M; nn: NoInfer<M>; en: NoInfer<M> }): Dictionary<M> {
  return texts;
}
