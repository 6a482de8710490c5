import { describe, expect, it } from 'vitest';
import { generateAddresses, type SandboxAddress } from './generate.js';
import { numberFilters, readSokParams, stringFilters, type SokParams } from './params.js';
import { AddressIndex, normalize, wildcardRegExp } from './search-index.js';
import { search } from './search.js';

const index = new AddressIndex(generateAddresses());

/** Field filters the plain way: every field normalised on every test, hits sorted by rank. */
function reference(params: SokParams): SandboxAddress[] {
  const matches = (value: string, field: string) => {
    const wanted = normalize(value);
    return wanted.includes('*') ? wildcardRegExp(wanted).test(normalize(field)) : normalize(field) === wanted;
  };
  const ids: number[] = [];
  index.addresses.forEach((a, id) => {
    const ok =
      stringFilters.every((name) => {
        const value = params.strings[name];
        if (value === undefined) return true;
        if (name === 'bruksenhetsnummer') return a.bruksenhetsnummer.some((unit) => matches(value, unit));
        if (name === 'bokstav' && value === '') return a.bokstav === '';
        return matches(value, a[name] ?? '');
      }) && numberFilters.every((name) => params.numbers[name] === undefined || a[name] === params.numbers[name]);
    if (ok) ids.push(id);
  });
  return ids.sort((x, y) => index.rank[x]! - index.rank[y]!).map((id) => index.addresses[id]!);
}

describe('search with field filters only', () => {
  it('has a register in NFC, so lower-casing fields once is all their normalisation', () => {
    const texts = index.addresses.flatMap((a) => stringFilters.flatMap((name) => a[name] ?? ''));
    expect(texts.length).toBeGreaterThan(500_000);
    expect(texts.filter((text) => text.normalize('NFC') !== text)).toEqual([]);
  });

  it.each([
    'kommunenummer=0301',
    'adressenavn=KIRKEVEIEN',
    'poststed=oslo&nummer=5',
    'adressetekst=kirke*',
    'bokstav=',
    'bruksenhetsnummer=h0101&kommunenavn=bergen',
    'poststed=b*',
    'objtype=Vegadresse',
  ])('returns the same hits in the same order as filtering every address and sorting by rank (%s)', (query) => {
    const params = readSokParams(new URLSearchParams(query));
    const hits = search(index, params);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits).toEqual(reference(params));
  });
});
