import { readFileSync } from 'node:fs';
import { FellesValidationError, parse } from '@felles/client-core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { components } from './generated/adresser.js';
import { addressListSchema, addressNearListSchema, type Address, type AddressNear } from './schemas.js';

// The real answer of GET /sok?sok=myrvollveien 5c, kept unchanged in test/fixtures/.
const fixtureUrl = new URL('../test/fixtures/sok-myrvollveien-5c.json', import.meta.url);
const fixture = () => JSON.parse(readFileSync(fixtureUrl, 'utf8')) as { adresser: Record<string, unknown>[]; metadata: object };

function validationError(run: () => unknown): FellesValidationError {
  try {
    run();
  } catch (error) {
    if (error instanceof FellesValidationError) return error;
    throw error;
  }
  throw new Error('expected a FellesValidationError');
}

describe('address schemas', () => {
  it('parse the real sample exactly: nulls, "EPSG:4258", empty bruksenhetsnummer', () => {
    const data = fixture();
    const parsed = parse(addressListSchema, data, 'response');
    expect(parsed).toEqual(data);
    const [address] = parsed.adresser;
    expect(address?.adressetilleggsnavn).toBeNull();
    expect(address?.undernummer).toBeNull();
    expect(address?.representasjonspunkt.epsg).toBe('EPSG:4258');
    expect(address?.poststed).toBe('OPPEGÅRD');
  });

  it('accepts an empty bokstav', () => {
    const data = fixture();
    Object.assign(data.adresser[0]!, { bokstav: '', adressetekst: 'Myrvollveien 5' });
    expect(parse(addressListSchema, data, 'response').adresser[0]?.bokstav).toBe('');
  });

  it('rejects a response missing representasjonspunkt.lat, naming that field', () => {
    const data = fixture();
    delete (data.adresser[0]!.representasjonspunkt as Record<string, unknown>).lat;
    const error = validationError(() => parse(addressListSchema, data, 'response'));
    expect(error.source).toBe('response');
    expect(error.field).toBe('adresser.0.representasjonspunkt.lat');
    expect(error.issues).toHaveLength(1);
  });

  it('rejects a coordinate sent as a string', () => {
    const data = fixture();
    (data.adresser[0]!.representasjonspunkt as Record<string, unknown>).lon = '10.79';
    expect(validationError(() => parse(addressListSchema, data, 'response')).field).toBe('adresser.0.representasjonspunkt.lon');
  });

  it('rejects an unknown objtype and a missing metadata', () => {
    const data = fixture();
    data.adresser[0]!.objtype = 'Gateadresse';
    expect(validationError(() => parse(addressListSchema, data, 'response')).field).toBe('adresser.0.objtype');
    expect(validationError(() => parse(addressListSchema, { adresser: [] }, 'response')).field).toBe('metadata');
  });

  it('requires the distance in /punktsok answers', () => {
    const data = fixture();
    expect(validationError(() => parse(addressNearListSchema, data, 'response')).field).toBe('adresser.0.meterDistanseTilPunkt');
    data.adresser[0]!.meterDistanseTilPunkt = 12.5;
    expect(parse(addressNearListSchema, data, 'response').adresser[0]?.meterDistanseTilPunkt).toBe(12.5);
  });

  it('covers exactly the fields of the generated types', () => {
    type Document = components['schemas'];
    expectTypeOf<Exclude<keyof Document['OutputAdresse'], keyof Address>>().toEqualTypeOf<never>();
    expectTypeOf<Exclude<keyof Address, keyof Document['OutputAdresse']>>().toEqualTypeOf<never>();
    expectTypeOf<Exclude<keyof Document['OutputGeoPoint'], keyof AddressNear>>().toEqualTypeOf<never>();
    expectTypeOf<Exclude<keyof AddressNear, keyof Document['OutputGeoPoint']>>().toEqualTypeOf<never>();
    expectTypeOf<keyof Address['representasjonspunkt']>().toEqualTypeOf<keyof Document['GeomPoint']>();
  });
});
