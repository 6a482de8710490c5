import { describe, expect, it } from 'vitest';
import { hasValidControlDigits, isTenorSynthetic } from './fodselsnummer.js';
import { testPersons } from './persons.js';

describe('synthetic test persons', () => {
  it.each(testPersons.filter((p) => p.pid).map((p) => [p.id, p.pid!]))('%s has a valid, Tenor-synthetic number', (_id, pid) => {
    expect(hasValidControlDigits(pid)).toBe(true);
    expect(isTenorSynthetic(pid)).toBe(true);
  });

  it('tells wrong control digits and real-looking months apart', () => {
    expect(hasValidControlDigits('14838512471')).toBe(false);
    // The same person with month 03 (not +80) passes MOD11 or not, but is never synthetic.
    expect(isTenorSynthetic('14038512470')).toBe(false);
    expect(hasValidControlDigits('1483851247')).toBe(false);
  });

  it('has one person without pid (foreign eID) and unique ids', () => {
    expect(testPersons.filter((p) => !p.pid)).toHaveLength(1);
    expect(new Set(testPersons.map((p) => p.id)).size).toBe(testPersons.length);
  });
});
