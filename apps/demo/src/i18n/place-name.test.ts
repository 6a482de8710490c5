import { describe, expect, it } from 'vitest';
import { placeName } from './place-name.js';

describe('placeName', () => {
  it.each([
    ['OSLO', 'Oslo'],
    ['NORDRE FOLLO', 'Nordre Follo'],
    ['AURSKOG-HØLAND', 'Aurskog-Høland'],
    ['SØR-VARANGER', 'Sør-Varanger'],
    ['MO I RANA', 'Mo i Rana'],
    ['BOGEN I OFOTEN', 'Bogen i Ofoten'],
    ['KRISTIANSUND N', 'Kristiansund N'],
    ['ÅLESUND', 'Ålesund'],
    ['Oslo', 'Oslo'],
  ])('%s → %s', (upper, name) => {
    expect(placeName(upper)).toBe(name);
  });
});
