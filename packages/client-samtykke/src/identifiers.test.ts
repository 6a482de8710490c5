import { describe, expect, it } from 'vitest';
import { isFodselsnummer, isOrganisasjonsnummer, parsePartyUrn } from './identifiers.js';

describe('isFodselsnummer', () => {
  it('accepts a synthetic number (month + 80) with both check digits right', () => {
    expect(isFodselsnummer('21818297804')).toBe(true);
  });

  it('accepts a D-number (day + 40)', () => {
    expect(isFodselsnummer('41018036302')).toBe(true);
  });

  it('rejects a wrong first or second check digit', () => {
    expect(isFodselsnummer('21818297814')).toBe(false); // k1 off by one
    expect(isFodselsnummer('21818297805')).toBe(false); // k2 off by one
  });

  it('rejects every ending of a stem whose first check digit would be 10', () => {
    // 000000007: 7 * 2 = 14, 14 % 11 = 3 -> k1 = 8 (possible); 000000005: 10 % 11 -> k1 = 1;
    // 000000006: 12 % 11 = 1 -> k1 = 10, which no fødselsnummer can have.
    const impossible = '000000006';
    const passing = Array.from({ length: 100 }, (_, end) => impossible + String(end).padStart(2, '0')).filter(isFodselsnummer);
    expect(passing).toEqual([]);
  });

  it('rejects anything but 11 digits', () => {
    for (const value of ['', '2181829780', '218182978040', '2181829780a', ' 21818297804']) {
      expect(isFodselsnummer(value)).toBe(false);
    }
  });
});

describe('isOrganisasjonsnummer', () => {
  it('accepts real organisation numbers', () => {
    for (const orgnr of ['991825827', '958935420', '974760673', '974761076']) expect(isOrganisasjonsnummer(orgnr)).toBe(true);
  });

  it('rejects a wrong check digit and a wrong length', () => {
    expect(isOrganisasjonsnummer('991825828')).toBe(false);
    expect(isOrganisasjonsnummer('99182582')).toBe(false);
    expect(isOrganisasjonsnummer('9918258270')).toBe(false);
  });
});

describe('parsePartyUrn', () => {
  it('reads person and organisation URNs', () => {
    expect(parsePartyUrn('urn:altinn:person:identifier-no:21818297804')).toEqual({ type: 'person', id: '21818297804' });
    expect(parsePartyUrn('urn:altinn:organization:identifier-no:991825827')).toEqual({ type: 'organization', id: '991825827' });
  });

  it('refuses a person URN holding an organisation number and the reverse', () => {
    expect(parsePartyUrn('urn:altinn:person:identifier-no:991825827')).toBeUndefined();
    expect(parsePartyUrn('urn:altinn:organization:identifier-no:21818297804')).toBeUndefined();
    expect(parsePartyUrn('urn:altinn:party:uuid:77ed8698-e619-4066-9eb4-5c1eb3f165a1')).toBeUndefined();
  });
});
