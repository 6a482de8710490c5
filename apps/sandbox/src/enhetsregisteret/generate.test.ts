import { enhetSchema, goneEnhetSchema, isOrganisasjonsnummer, slettetEnhetSchema } from '@felles/client-enhetsregisteret';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { fixtureOrgnr, generateRegister } from './generate.js';
import { isValidOrgnr, withCheckDigit } from './orgnr.js';
import { municipalityPlaces } from './municipalities.js';
import { places } from './places.js';

const started = performance.now();
const register = generateRegister();
const generationMs = performance.now() - started;

describe('the synthetic register', () => {
  it('holds 3,000 units, plus deleted and removed ones, built in a blink', () => {
    expect(register.enheter).toHaveLength(3000);
    expect(register.slettede.size).toBeGreaterThan(30);
    expect(register.fjernede.size).toBeGreaterThan(15);
    // Generous: the machine running the tests may be busy; alone it takes about a tenth of this.
    expect(generationMs).toBeLessThan(2000);
  });

  it('has one municipality (form KOMM) for every municipality of the address register, real numbers where known', () => {
    const municipalities = register.enheter.filter((enhet) => enhet.organisasjonsform.kode === 'KOMM');
    expect(municipalities).toHaveLength(municipalityPlaces.length);
    expect(municipalityPlaces.length).toBeGreaterThan(90);
    expect(new Set(municipalities.map((enhet) => enhet.forretningsadresse?.kommunenummer)).size).toBe(municipalityPlaces.length);
    const oslo = municipalities.find((enhet) => enhet.forretningsadresse?.kommunenummer === '0301');
    expect(oslo).toMatchObject({ navn: 'OSLO KOMMUNE', organisasjonsnummer: '958935420', institusjonellSektorkode: { kode: '6500' } });
    for (const enhet of municipalities) expect(v.safeParse(enhetSchema, enhet).success, enhet.navn).toBe(true);
  });

  it('is the same at every start', () => {
    const again = generateRegister();
    expect(again.enheter.map((enhet) => enhet.organisasjonsnummer)).toEqual(register.enheter.map((enhet) => enhet.organisasjonsnummer));
    expect(again.enheter[1234]).toEqual(register.enheter[1234]);
    expect(generateRegister({ seed: 2 }).enheter[1234]).not.toEqual(register.enheter[1234]);
  });

  it('gives every unit a unique number with a valid MOD11 check digit, by both implementations', () => {
    const all = [...register.enheter.map((enhet) => enhet.organisasjonsnummer), ...register.slettede.keys(), ...register.fjernede.keys()];
    expect(new Set(all).size).toBe(all.length);
    expect(all.filter((orgnr) => !isValidOrgnr(orgnr) || !isOrganisasjonsnummer(orgnr))).toEqual([]);
    expect(withCheckDigit('97476067')).toBe('974760673'); // Brønnøysundregistrene's own number
  });

  it('keeps deleted and removed units out of the register proper', () => {
    for (const orgnr of [...register.slettede.keys(), ...register.fjernede.keys()]) expect(register.byOrgnr.has(orgnr)).toBe(false);
    expect(register.byOrgnr.has(fixtureOrgnr.unknown)).toBe(false);
  });

  it('uses real municipalities and postal codes, and real organisation forms', () => {
    // Companies are placed by places.ts; municipalities come from the address register's data.
    const companyPlaces = new Map(places.map((place) => [place.kommunenummer, place] as const));
    const municipalities = new Map(municipalityPlaces.map(({ nummer, navn, postnummer }) => [nummer, { kommune: navn, postnummer }] as const));
    for (const enhet of register.enheter) {
      const adresse = enhet.forretningsadresse!;
      const place = (enhet.organisasjonsform.kode === 'KOMM' ? municipalities : companyPlaces).get(adresse.kommunenummer!);
      expect(place?.kommune).toBe(adresse.kommune);
      expect(place?.postnummer.some(([postnummer, poststed]) => postnummer === adresse.postnummer && poststed === adresse.poststed)).toBe(true);
    }
    const forms = new Set(register.enheter.map((enhet) => enhet.organisasjonsform.kode));
    for (const form of ['AS', 'ENK', 'NUF', 'ANS', 'DA', 'SA', 'FLI', 'STI', 'ASA']) expect(forms).toContain(form);
    const restaurants = register.enheter.filter((enhet) => enhet.naeringskode1?.kode === '56.101');
    expect(restaurants.length).toBeGreaterThan(150);
    expect(new Set(restaurants.map((enhet) => enhet.forretningsadresse?.kommunenummer)).size).toBeGreaterThan(20);
  });

  it('matches the client’s schemas for every unit, deleted unit and removed unit', () => {
    const failures = [
      ...register.enheter.filter((enhet) => !v.is(enhetSchema, enhet)),
      ...[...register.slettede.values()].filter((enhet) => !v.is(slettetEnhetSchema, enhet)),
      ...[...register.fjernede.values()].filter((enhet) => !v.is(goneEnhetSchema, enhet)),
    ];
    expect(failures).toEqual([]);
  });
});
