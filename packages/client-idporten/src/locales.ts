/** The languages of ID-porten's login pages. */
export type IdportenLocale = 'nb' | 'nn' | 'en' | 'se';

export const idportenLocales: readonly IdportenLocale[] = ['nb', 'nn', 'en', 'se'];

export function isIdportenLocale(value: unknown): value is IdportenLocale {
  return typeof value === 'string' && (idportenLocales as readonly string[]).includes(value);
}
