/*
 * The organisation number checks the field makes at once, before any client is loaded. The client
 * (`@felles/client-enhetsregisteret`) checks again before it sends.
 */

/** The digits of `text` when it is only digits and spaces ("926 535 897"), else undefined. */
export const digitsOf = (text: string): string | undefined => (/^[\d\s]+$/.test(text) ? text.replace(/\s/g, '') : undefined);

/** Nine digits whose last is the MOD11 check digit of the first eight (weights 3 2 7 6 5 4 3 2). */
export function isOrgnr(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  const sum = [3, 2, 7, 6, 5, 4, 3, 2].reduce((total, weight, i) => total + weight * Number(digits[i]), 0);
  const check = (11 - (sum % 11)) % 11;
  return check !== 10 && check === Number(digits[8]);
}

/** Grouped as written in Norway: "926 535 897". */
export const groupOrgnr = (digits: string): string => digits.replace(/^(\d{3})(\d{3})(\d{3})$/, '$1 $2 $3');
