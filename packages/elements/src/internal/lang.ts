/** The languages every Felles text exists in: Bokmål, Nynorsk, English and Northern Sámi. */
export const LANGS = ['nb', 'nn', 'en', 'se'] as const;
export type Lang = (typeof LANGS)[number];

export const DEFAULT_LANG: Lang = 'nb';

/** BCP 47 tags for `Intl`, so numbers and dates follow Norwegian conventions. */
export const INTL_LOCALE: Record<Lang, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB', se: 'se-NO' };

const ALIASES: Record<string, Lang> = { nb: 'nb', no: 'nb', nob: 'nb', nor: 'nb', nn: 'nn', nno: 'nn', en: 'en', eng: 'en', se: 'se', sme: 'se' };

/** Maps a `lang` attribute value (`nb-NO`, `no`, `en-GB`, `sme`) to one of ours, or `undefined`. */
export function normalizeLang(value: string | null | undefined): Lang | undefined {
  if (!value) return undefined;
  const primary = value.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return ALIASES[primary];
}

/**
 * The language of a node as the HTML spec defines it (the nearest `lang` attribute), except that the
 * walk continues from a shadow root to its host, so an element deep inside another component's shadow
 * DOM still speaks the page's language. An unsupported language falls back to Bokmål.
 */
export function resolveLang(node: Node): Lang {
  let current: Node | null = node;
  while (current) {
    if (current instanceof Element) {
      const value = current.getAttribute('lang');
      if (value) return normalizeLang(value) ?? DEFAULT_LANG;
    }
    current = current instanceof ShadowRoot ? current.host : current.parentNode;
  }
  return normalizeLang(globalThis.document?.documentElement.lang) ?? DEFAULT_LANG;
}
