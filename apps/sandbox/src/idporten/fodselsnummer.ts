const weights1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const weights2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

function controlDigit(digits: number[], weights: number[]): number | undefined {
  const sum = weights.reduce((total, weight, index) => total + weight * (digits[index] ?? 0), 0);
  const rest = 11 - (sum % 11);
  if (rest === 11) return 0;
  return rest === 10 ? undefined : rest;
}

/** Both MOD11 control digits of an 11-digit national identity number are right. */
export function hasValidControlDigits(value: string): boolean {
  if (!/^\d{11}$/.test(value)) return false;
  const digits = [...value].map(Number);
  const k1 = controlDigit(digits.slice(0, 9), weights1);
  const k2 = controlDigit(digits.slice(0, 10), weights2);
  return k1 === digits[9] && k2 === digits[10];
}

/**
 * A synthetic number in Skatteetaten's Tenor scheme: the month has 80 added
 * (so 14 March 1985 reads 148385), which no real person's number has. Test
 * IDs in ID-porten's test environment use such numbers.
 */
export function isTenorSynthetic(value: string): boolean {
  if (!hasValidControlDigits(value)) return false;
  const day = Number(value.slice(0, 2));
  const month = Number(value.slice(2, 4)) - 80;
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}
