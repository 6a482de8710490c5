import type { LocalizedText } from '@felles/client-samtykke';
import { Untranslated } from './dictionary.js';
import type { Lang } from './lang.js';

/**
 * A text an API gives in several languages (a consent request's), in the page's language; when it
 * has none in that language, its Bokmål, marked as such (see `Untranslated`).
 */
export function apiText(text: LocalizedText, lang: Lang): string {
  const own = text[lang];
  if (own) return own;
  // The cast: an `Untranslated` is a String object, used wherever the text's string is.
  return lang === 'nb' ? text.nb : (new Untranslated(text.nb) as unknown as string);
}
