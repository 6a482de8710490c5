import { describe, expect, it } from 'vitest';
import { isOrganisasjonsnummer, organisasjonsnummerCheckDigit } from './orgnr.js';

describe('organisation numbers (MOD11)', () => {
  it('accepts real numbers', () => {
    // Brønnøysundregistrene, Equinor ASA, Digitaliseringsdirektoratet
    for (const orgnr of ['974760673', '923609016', '991825827']) expect(isOrganisasjonsnummer(orgnr)).toBe(true);
  });

  it('rejects a wrong check digit, a wrong length and non-digits', () => {
    expect(isOrganisasjonsnummer('974760674')).toBe(false);
    expect(isOrganisasjonsnummer('97476067')).toBe(false);
    expect(isOrganisasjonsnummer('9747606730')).toBe(false);
    expect(isOrganisasjonsnummer('97476067a')).toBe(false);
  });

  it('computes the check digit, and none when the remainder is 1', () => {
    expect(organisasjonsnummerCheckDigit('97476067')).toBe(3);
    // 4 × 3 = 12 leaves remainder 1, for which no check digit exists.
    expect(organisasjonsnummerCheckDigit('40000000')).toBe(undefined);
    expect(organisasjonsnummerCheckDigit('00000000')).toBe(0);
  });
});
