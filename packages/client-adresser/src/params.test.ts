import { FellesValidationError } from '@felles/client-core';
import { describe, expect, it } from 'vitest';
import { checkSearchNearParams, checkSearchParams, type SearchNearParams, type SearchParams } from './params.js';

const fields = (run: () => unknown): string[] => {
  try {
    run();
  } catch (error) {
    if (error instanceof FellesValidationError && error.source === 'request') return error.issues.map((i) => i.path);
    throw error;
  }
  return [];
};

describe('checkSearchParams', () => {
  it('trims the free text and drops empty values, but keeps bokstav=""', () => {
    expect(checkSearchParams({ sok: '  myrvollveien 5c ', poststed: '', bokstav: '' })).toEqual({ sok: 'myrvollveien 5c', bokstav: '' });
  });

  it('needs at least one search parameter', () => {
    expect(fields(() => checkSearchParams({}))).toEqual(['']);
    expect(fields(() => checkSearchParams({ sok: '   ', treffPerSide: 5 }))).toEqual(['']);
    expect(fields(() => checkSearchParams({ fuzzy: true, sokemodus: 'OR', utkoordsys: 25833 }))).toEqual(['']);
    expect(fields(() => checkSearchParams({ nummer: 5 }))).toEqual([]);
  });

  it('bounds the free text', () => {
    expect(fields(() => checkSearchParams({ sok: 'a'.repeat(201) }))).toEqual(['sok']);
    expect(fields(() => checkSearchParams({ sok: 'a'.repeat(200) }))).toEqual([]);
  });

  it('wants four digits in postnummer and kommunenummer', () => {
    expect(fields(() => checkSearchParams({ postnummer: '340' }))).toEqual(['postnummer']);
    expect(fields(() => checkSearchParams({ postnummer: '03400' }))).toEqual(['postnummer']);
    expect(fields(() => checkSearchParams({ kommunenummer: '301' }))).toEqual(['kommunenummer']);
    expect(fields(() => checkSearchParams({ kommunenummer: 'abcd' }))).toEqual(['kommunenummer']);
    expect(fields(() => checkSearchParams({ postnummer: '0340', kommunenummer: '0301' }))).toEqual([]);
  });

  it('allows treffPerSide 1–1000 only', () => {
    expect(fields(() => checkSearchParams({ sok: 'a', treffPerSide: 0 }))).toEqual(['treffPerSide']);
    expect(fields(() => checkSearchParams({ sok: 'a', treffPerSide: 1001 }))).toEqual(['treffPerSide']);
    expect(fields(() => checkSearchParams({ sok: 'a', treffPerSide: 2.5 }))).toEqual(['treffPerSide']);
    expect(fields(() => checkSearchParams({ sok: 'a', treffPerSide: 1000 }))).toEqual([]);
  });

  it('keeps paging within the first 10,000 hits', () => {
    expect(fields(() => checkSearchParams({ sok: 'a', side: -1 }))).toEqual(['side']);
    expect(fields(() => checkSearchParams({ sok: 'a', side: 999 }))).toEqual([]); // (999+1)·10 = 10,000
    expect(fields(() => checkSearchParams({ sok: 'a', side: 1000 }))).toEqual(['side']);
    expect(fields(() => checkSearchParams({ sok: 'a', side: 9, treffPerSide: 1000 }))).toEqual([]);
    expect(fields(() => checkSearchParams({ sok: 'a', side: 10, treffPerSide: 1000 }))).toEqual(['side']);
  });

  it('rejects wildcards in a fuzzy search, fractional numbers and unknown sokemodus', () => {
    expect(fields(() => checkSearchParams({ sok: 'myrv*', fuzzy: true }))).toEqual(['fuzzy']);
    expect(fields(() => checkSearchParams({ nummer: 5.5 }))).toEqual(['nummer']);
    expect(fields(() => checkSearchParams({ sok: 'a', sokemodus: 'XOR' } as unknown as SearchParams))).toEqual(['sokemodus']);
  });

  it('reports every problem at once', () => {
    expect(fields(() => checkSearchParams({ postnummer: '1', kommunenummer: '2', treffPerSide: 0 }))).toEqual([
      'postnummer',
      'kommunenummer',
      'treffPerSide',
    ]);
  });
});

describe('checkSearchNearParams', () => {
  const near = (p: Partial<SearchNearParams>) => ({ lat: 59.785, lon: 10.799, radius: 100, ...p }) as SearchNearParams;
  it('accepts a point in range', () => expect(fields(() => checkSearchNearParams(near({})))).toEqual([]));
  it('wants coordinates in range', () => {
    expect(fields(() => checkSearchNearParams(near({ lat: 91 })))).toEqual(['lat']);
    expect(fields(() => checkSearchNearParams(near({ lon: -181 })))).toEqual(['lon']);
    expect(fields(() => checkSearchNearParams(near({ lat: Number.NaN })))).toEqual(['lat']);
    expect(fields(() => checkSearchNearParams({ radius: 10 } as SearchNearParams))).toEqual(['lat', 'lon']);
  });
  it('does not read metres in a projected system as degrees', () =>
    expect(fields(() => checkSearchNearParams(near({ lat: 6_630_000, lon: 600_000, koordsys: 25833 })))).toEqual([]));
  it('wants a whole, positive radius and valid paging', () => {
    expect(fields(() => checkSearchNearParams(near({ radius: 0 })))).toEqual(['radius']);
    expect(fields(() => checkSearchNearParams(near({ radius: 1.5 })))).toEqual(['radius']);
    expect(fields(() => checkSearchNearParams(near({ treffPerSide: 1000, side: 10 })))).toEqual(['side']);
  });
});
