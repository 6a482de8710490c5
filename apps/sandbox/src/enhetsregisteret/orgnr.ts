// Written out here rather than imported from the client, so that a bug in one is caught by the
// other: the client's tests read numbers this register made.
const weights = [3, 2, 7, 6, 5, 4, 3, 2];

/** The nine-digit organisation number for `firstEight`, or undefined when MOD11 allows none. */
export function withCheckDigit(firstEight: string): string | undefined {
  const sum = [...firstEight].reduce((total, digit, index) => total + Number(digit) * weights[index]!, 0);
  const remainder = sum % 11;
  if (remainder === 1) return undefined;
  return firstEight + (remainder === 0 ? 0 : 11 - remainder);
}

export function isValidOrgnr(orgnr: string): boolean {
  return /^\d{9}$/.test(orgnr) && withCheckDigit(orgnr.slice(0, 8)) === orgnr;
}
