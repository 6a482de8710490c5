const weights = [3, 2, 7, 6, 5, 4, 3, 2] as const;

/**
 * The MOD11 check digit for the first eight digits of an organisation number,
 * or `undefined` when no check digit can make a valid number (remainder 1).
 */
export function organisasjonsnummerCheckDigit(firstEight: string): number | undefined {
  if (!/^\d{8}$/.test(firstEight)) return undefined;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(firstEight[i]) * weights[i]!;
  const remainder = sum % 11;
  if (remainder === 0) return 0;
  if (remainder === 1) return undefined;
  return 11 - remainder;
}

/** Nine digits whose last is the MOD11 check digit of the first eight. */
export function isOrganisasjonsnummer(value: string): boolean {
  return /^\d{9}$/.test(value) && organisasjonsnummerCheckDigit(value.slice(0, 8)) === Number(value[8]);
}

/** Removes the spaces people write in numbers ("974 760 673"). */
export function normalizeOrganisasjonsnummer(value: string): string {
  return value.replace(/\s+/g, '');
}
