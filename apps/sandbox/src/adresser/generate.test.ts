import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import places from '../../data/places.json' with { type: 'json' };
import { fixtureAddress, generateAddresses } from './generate.js';

const addresses = generateAddresses();

describe('generated address register', () => {
  it('has at least 50,000 addresses across real municipalities and postal codes', () => {
    expect(addresses.length).toBeGreaterThanOrEqual(50_000);
    expect(new Set(addresses.map((a) => a.kommunenummer)).size).toBeGreaterThanOrEqual(80);
    expect(new Set(addresses.map((a) => a.postnummer)).size).toBeGreaterThanOrEqual(1_500);
  });

  it('contains the real address of the fixture exactly once, unchanged', () => {
    const fixture = JSON.parse(
      readFileSync(new URL('../../../../packages/client-adresser/test/fixtures/sok-myrvollveien-5c.json', import.meta.url), 'utf8'),
    ) as { adresser: unknown[] };
    expect(fixtureAddress).toEqual(fixture.adresser[0]);
    expect(addresses.filter((a) => a.adressetekst === 'Myrvollveien 5C' && a.kommunenummer === '3207')).toEqual([fixtureAddress]);
  });

  it('is the same at every start', () => {
    const again = generateAddresses();
    expect(again.length).toBe(addresses.length);
    for (const i of [0, 1234, 30_000, addresses.length - 1]) expect(again[i]).toEqual(addresses[i]);
  });

  it('writes post towns and municipalities in upper case, like the real service', () => {
    for (const a of addresses) {
      expect(a.poststed).toBe(a.poststed.toUpperCase());
      expect(a.kommunenavn).toBe(a.kommunenavn.toUpperCase());
    }
  });

  it('uses only postal codes of the municipality they belong to, and four-digit codes', () => {
    // A municipality may have more than one postal code range (Asker).
    const areas = new Map<string, Set<string>>();
    for (const k of places.kommuner) {
      const set = areas.get(k.nummer) ?? new Set<string>();
      k.postnummer.forEach(([code]) => set.add(code!));
      areas.set(k.nummer, set);
    }
    for (const a of addresses) {
      expect(a.postnummer).toMatch(/^\d{4}$/);
      expect(a.kommunenummer).toMatch(/^\d{4}$/);
      expect(areas.get(a.kommunenummer)!.has(a.postnummer)).toBe(true);
    }
  });

  it('places each address within 25 km of its municipality centre, inside Norway', () => {
    const centres = new Map<string, { lat: number; lon: number }[]>();
    for (const k of places.kommuner) centres.set(k.nummer, [...(centres.get(k.nummer) ?? []), k]);
    for (const a of addresses) {
      const { lat, lon } = a.representasjonspunkt;
      expect(lat).toBeGreaterThan(57.9);
      expect(lat).toBeLessThan(71.2);
      const km = Math.min(
        ...centres.get(a.kommunenummer)!.map((c) => Math.hypot((lat - c.lat) * 111.32, (lon - c.lon) * 111.32 * Math.cos((lat * Math.PI) / 180))),
      );
      expect(km).toBeLessThan(25);
    }
  });

  it('has unique address lines within a municipality and "" for no letter', () => {
    const keys = new Set(addresses.map((a) => `${a.kommunenummer} ${a.adressetekst}`));
    expect(keys.size).toBe(addresses.length);
    expect(addresses.some((a) => a.bokstav === '')).toBe(true);
    expect(addresses.every((a) => a.representasjonspunkt.epsg === 'EPSG:4258')).toBe(true);
  });
});
