/**
 * Norwegian identifiers as Altinn writes them in consent requests.
 *
 * Only the check digits are verified, not the date inside a fødselsnummer: D-numbers (day + 40),
 * H-numbers (month + 40) and the synthetic test numbers of Skatteetaten's Tenor (month + 80) all
 * carry valid MOD11 check digits, and a service in test must accept them like real ones.
 */

export const PERSON_URN_PREFIX = 'urn:altinn:person:identifier-no:';
export const ORGANIZATION_URN_PREFIX = 'urn:altinn:organization:identifier-no:';

const FNR_K1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const FNR_K2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
const ORGNR = [3, 2, 7, 6, 5, 4, 3, 2];

/** MOD11 check digit of `digits` with `weights`, or -1 when the remainder makes the number impossible. */
function mod11(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += Number(digits[i]) * weights[i]!;
  const check = 11 - (sum % 11);
  return check === 11 ? 0 : check === 10 ? -1 : check;
}

/** An 11-digit fødselsnummer (or D-, H- or synthetic number) whose two check digits are right. */
export function isFodselsnummer(value: string): boolean {
  return /^\d{11}$/.test(value) && mod11(value, FNR_K1) === Number(value[9]) && mod11(value, FNR_K2) === Number(value[10]);
}

/** A 9-digit organisasjonsnummer whose MOD11 check digit is right. */
export function isOrganisasjonsnummer(value: string): boolean {
  return /^\d{9}$/.test(value) && mod11(value, ORGNR) === Number(value[8]);
}

export type PartyType = 'person' | 'organization';
export interface Party {
  type: PartyType;
  /** Fødselsnummer for a person, organisasjonsnummer for an organisation. */
  id: string;
}

/** Reads a party URN; `undefined` when it is not one or its number fails the checksum. */
export function parsePartyUrn(urn: string): Party | undefined {
  if (urn.startsWith(PERSON_URN_PREFIX)) {
    const id = urn.slice(PERSON_URN_PREFIX.length);
    return isFodselsnummer(id) ? { type: 'person', id } : undefined;
  }
  if (urn.startsWith(ORGANIZATION_URN_PREFIX)) {
    const id = urn.slice(ORGANIZATION_URN_PREFIX.length);
    return isOrganisasjonsnummer(id) ? { type: 'organization', id } : undefined;
  }
  return undefined;
}

export const personUrn = (fodselsnummer: string): string => PERSON_URN_PREFIX + fodselsnummer;
export const organizationUrn = (organisasjonsnummer: string): string => ORGANIZATION_URN_PREFIX + organisasjonsnummer;
