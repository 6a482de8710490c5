import { expect, it } from 'vitest';
import { placeName } from './place-name.js';

it('writes the registers’ capitals as people write place names', () => {
  expect(
    ['OSLO', 'MO I RANA', 'BOGEN I OFOTEN', 'AURSKOG-HØLAND', 'SØR-VARANGER', 'NORDRE FOLLO', 'KRISTIANSUND N', 'ÅL', 'I'].map(placeName),
  ).toEqual(['Oslo', 'Mo i Rana', 'Bogen i Ofoten', 'Aurskog-Høland', 'Sør-Varanger', 'Nordre Follo', 'Kristiansund N', 'Ål', 'I']);
});
