import type { Language, LocalizedText } from './types.js';

export interface LocalizedResult {
  text: string;
  /** The language `text` is really in: differs from the one asked for when it fell back. */
  lang: Language;
}

/**
 * Picks the text for a language. Northern Sámi falls back to Bokmål when no reviewed text exists;
 * the result says so, so that a page can mark the fallback text with its own `lang`.
 */
export function localize(text: LocalizedText, lang: Language): LocalizedResult {
  const value = text[lang];
  if (value !== undefined && value !== '') return { text: value, lang };
  return { text: text.nb, lang: 'nb' };
}
