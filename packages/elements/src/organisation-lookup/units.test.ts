import type { Enhet } from '@felles/client-enhetsregisteret';
import { describe, expect, it } from 'vitest';
import { choosable, fromEnhet, fromLookup, noScriptFallback } from './units.js';

/*
 * Shapes from the examples in Enhetsregisteret's OpenAPI document (Enhet, SlettetEnhet, GoneEnhet), as
 * kept in /work/shared/fixtures/brreg-enhetsregisteret/openapi.json; copied here, trimmed to the fields
 * the field reads and those the client's schema requires.
 */
const enhet = {
  organisasjonsnummer: '509100675',
  navn: 'Sesam stasjon',
  organisasjonsform: { kode: 'ASA', utgaatt: '2024-01-04', beskrivelse: 'Allmennaksjeselskap' },
  postadresse: { kommune: 'Oslo', landkode: 'NO', postnummer: '0010', adresse: ['Oslo'], land: 'Norge', kommunenummer: '0301', poststed: 'Oslo' },
  forretningsadresse: {
    kommune: 'Oslo',
    landkode: 'NO',
    postnummer: '0010',
    adresse: ['Oslo'],
    land: 'Norge',
    kommunenummer: '0301',
    poststed: 'Oslo',
  },
  konkurs: true,
  underAvvikling: true,
  underTvangsavviklingEllerTvangsopplosning: true,
  registrertIMvaregisteret: true,
  harRegistrertAntallAnsatte: true,
  paategninger: [{ infotype: 'NAVN', tekst: 'Påtegning på navn', innfoertDato: '2024-01-01' }],
} as unknown as Enhet;
const slettet = {
  organisasjonsnummer: '509100675',
  navn: 'Sesam stasjon',
  organisasjonsform: { kode: 'ASA', utgaatt: '2024-01-04', beskrivelse: 'Allmennaksjeselskap' },
  slettedato: '2024-03-09',
};

describe('units from the register', () => {
  it('bankruptcy wins over winding up; the post town comes from the business address, else the postal one', () => {
    expect(fromEnhet(enhet)).toMatchObject({ organisasjonsnummer: '509100675', navn: 'Sesam stasjon', poststed: 'Oslo', status: 'bankrupt' });
    expect(fromEnhet({ ...enhet, konkurs: false }).status).toBe('winding-up');
    expect(fromEnhet({ ...enhet, konkurs: false, underAvvikling: false }).status).toBe('winding-up');
    expect(fromEnhet({ ...enhet, konkurs: false, underAvvikling: false, underTvangsavviklingEllerTvangsopplosning: false }).status).toBe('active');
    expect(fromEnhet({ ...enhet, forretningsadresse: undefined, postadresse: { ...enhet.postadresse, poststed: 'BERGEN' } }).poststed).toBe('BERGEN');
  });

  it('a lookup: found, deleted (200 SlettetEnhet), removed (410 GoneEnhet), not found (404)', () => {
    expect(fromLookup({ status: 'found', enhet }).units[0]!.enhet).toBe(enhet);
    const [deleted] = fromLookup({ status: 'deleted', enhet: slettet }).units;
    expect(deleted).toMatchObject({ navn: 'Sesam stasjon', status: 'deleted', slettedato: '2024-03-09' });
    expect(choosable(deleted!)).toBe(false);
    const [removed] = fromLookup({ status: 'removed', organisasjonsnummer: '509100675', slettedato: '2024-03-09' }).units;
    expect(removed).toEqual({ organisasjonsnummer: '509100675', navn: '', slettedato: '2024-03-09', status: 'removed' });
    expect(choosable(removed!)).toBe(false);
    expect(fromLookup({ status: 'not-found', organisasjonsnummer: '950288418' })).toEqual({ units: [], notFound: '950288418' });
  });

  it('describes a no-JavaScript field for the number only when it has a name', () => {
    expect(noScriptFallback({ label: 'Virksomhet' })).toBeUndefined();
    expect(noScriptFallback({ name: 'v', label: 'Virksomhet', required: true })).toEqual({
      label: 'Virksomhet',
      input: {
        type: 'text',
        name: 'v',
        value: '',
        inputmode: 'numeric',
        pattern: '\\s*(\\d\\s*){9}',
        autocomplete: 'off',
        required: true,
        disabled: false,
      },
    });
  });
});
