import { describe, expect, it } from 'vitest';
import { generateRegister, type StoredEnhet } from './generate.js';
import { readSearchParams, search } from './search.js';

const register = generateRegister();

/** Sorting by name as a full, stable sort does: what the register order must give without one. */
function sortedByName(hits: readonly StoredEnhet[], descending: boolean): StoredEnhet[] {
  const collator = new Intl.Collator('nb');
  return [...hits].sort((a, b) => collator.compare(a.navn, b.navn) * (descending ? -1 : 1));
}

describe('search sorted by navn', () => {
  it.each(['', 'navn=AS', 'kommunenummer=0301', 'organisasjonsform=KOMM'])('gives what a full sort would, both ways (%s)', (filter) => {
    for (const direction of ['ASC', 'DESC']) {
      const params = new URLSearchParams(`${filter}&sort=navn,${direction}`);
      const hits = search(register.enheter, readSearchParams(params));
      const unsorted = search(register.enheter, readSearchParams(new URLSearchParams(filter)));
      expect(hits.length).toBeGreaterThan(0);
      expect(hits.map((e) => e.organisasjonsnummer)).toEqual(sortedByName(unsorted, direction === 'DESC').map((e) => e.organisasjonsnummer));
    }
  });

  it('keeps units of the same name in organisation number order when descending', () => {
    const names = register.enheter.map((e) => e.navn);
    const twice = names.find((name, i) => names.indexOf(name) !== i);
    expect(twice).toBeDefined();
    const hits = search(register.enheter, readSearchParams(new URLSearchParams('sort=navn,DESC'))).filter((e) => e.navn === twice);
    expect(hits.length).toBeGreaterThan(1);
    expect(hits.map((e) => e.organisasjonsnummer)).toEqual(hits.map((e) => e.organisasjonsnummer).sort());
  });
});
