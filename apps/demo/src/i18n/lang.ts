/**
 * The demo's languages. Northern Sámi has the texts written in it so far; the others show in Bokmål,
 * marked as Bokmål (see `dictionary()`).
 */
export const LANGS = ['nb', 'nn', 'en', 'se'] as const;
export type Lang = (typeof LANGS)[number];
export const defaultLang: Lang = 'nb';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** The first supported language in an Accept-Language header (`no` counts as Bokmål), else Bokmål. */
export function langFromAcceptLanguage(header: string | undefined): Lang {
  if (!header) return defaultLang;
  const wanted = header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = Number(
        params
          .find((p) => p.trim().startsWith('q='))
          ?.trim()
          .slice(2) ?? 1,
      );
      return { tag: tag.toLowerCase(), q: Number.isFinite(q) ? q : 0 };
    })
    .filter(({ q }) => q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of wanted) {
    const base = tag.split('-')[0];
    if (base === 'no' || base === 'nb') return 'nb';
    if (isLang(base)) return base;
  }
  return defaultLang;
}

/** BCP 47 locale for `Intl`. */
export const locales: Record<Lang, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB', se: 'se-NO' };
