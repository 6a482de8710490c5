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

/**
 * A Bokmål text standing in for one not written yet in the page's language (Northern Sámi). It reads
 * like any string; `html` puts it in an element with `lang="nb"`, so that it does not pretend to be
 * Sámi and a screen reader reads it as Bokmål. (In an attribute it is plain text.)
 */
export class Untranslated extends String {
  readonly lang = 'nb';
}

/** The Sámi dictionary: its own texts where it has them, else Bokmål marked as `Untranslated`. */
function withBokmål<M extends Messages>(nb: M, se: Partial<M>): M {
  const texts: Record<string, Text> = {};
  for (const [key, text] of Object.entries(nb)) {
    // The cast: an `Untranslated` is a String object, used wherever the text's string is.
    texts[key] =
      se[key] ??
      (typeof text === 'function'
        ? (...args: unknown[]) => new Untranslated(text(...args)) as unknown as string
        : (new Untranslated(text) as unknown as string));
  }
  return texts as M;
}

/**
 * `se` holds the Northern Sámi texts written so far; every other key shows its Bokmål text, marked
 * as Bokmål (see `Untranslated`).
 */
export function dictionary<M extends Messages>(texts: { nb: M; nn: NoInfer<M>; en: NoInfer<M>; se?: Partial<NoInfer<M>> }): Dictionary<M> {
  return { nb: texts.nb, nn: texts.nn, en: texts.en, se: withBokmål(texts.nb, texts.se ?? {}) };
}
