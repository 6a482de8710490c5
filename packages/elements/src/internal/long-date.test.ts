import { describe, expect, it } from 'vitest';
import { INTL_LOCALE } from './lang.js';
import { longDate } from './long-date.js';

describe('longDate', () => {
  // Every month, first and last days, a leap day, and times near midnight in the browser's zone.
  const dates = [
    ...Array.from({ length: 12 }, (_, month) => new Date(2027, month, 1)),
    ...Array.from({ length: 12 }, (_, month) => new Date(2027, month + 1, 0, 23, 59)),
    new Date(2028, 1, 29, 0, 0),
    new Date('2027-06-30T12:00:00Z'),
    new Date(1999, 11, 31, 23, 59, 59),
  ];

  it.each(['nb', 'en'] as const)('writes %s long dates exactly as Intl does', (lang) => {
    const intl = new Intl.DateTimeFormat(INTL_LOCALE[lang], { dateStyle: 'long' });
    for (const date of dates) expect(longDate(date, lang), date.toISOString()).toBe(intl.format(date));
  });

  it('refuses an invalid date as Intl does', () => {
    expect(() => longDate(new Date('not a date'), 'nb')).toThrow(RangeError);
  });

  it('writes Nynorsk and Sámi dates in Bokmål, never in the browser default locale', () => {
    const date = new Date(2027, 2, 2);
    expect(longDate(date, 'nn')).toBe('2. mars 2027');
    expect(longDate(date, 'se')).toBe('2. mars 2027');
  });
});
