import { describe, expect, it } from 'vitest';
import { localize, placeSteps, summarizeProgress, type LifeEvent } from './index.js';

const text = (value: string) => ({ nb: value, nn: value, en: value });
const step = (id: string) => ({
  id,
  title: text(id),
  description: text(id),
  body: { name: text('Nav'), level: 'state' as const },
  url: 'https://www.nav.no/',
});
const event: LifeEvent = {
  id: 'sample',
  title: text('Sample'),
  summary: text('Sample'),
  steps: [
    step('a'),
    { id: 'both', relation: 'and', steps: [step('b1'), step('b2')] },
    { id: 'either', relation: 'or', steps: [step('c1'), step('c2'), step('c3')] },
    step('d'),
  ],
};

describe('placeSteps', () => {
  it('numbers groups once and shows "and"/"or" on their later steps', () => {
    expect(placeSteps(event).map(({ step, number, relation }) => [step.id, number, relation ?? null])).toEqual([
      ['a', 1, null],
      ['b1', 2, null],
      ['b2', 2, 'and'],
      ['c1', 3, null],
      ['c2', 3, 'or'],
      ['c3', 3, 'or'],
      ['d', 4, null],
    ]);
  });
});

describe('summarizeProgress', () => {
  it('counts "and" steps each and an "or" group once', () => {
    expect(summarizeProgress(event)).toEqual({ done: 0, total: 5 });
  });

  it('counts an "or" group done when any alternative is done', () => {
    expect(summarizeProgress(event, { a: 'done', b1: 'done', b2: 'in-progress', c2: 'done' })).toEqual({ done: 3, total: 5 });
  });

  it('leaves out steps that are not relevant, and an "or" group only when all its alternatives are', () => {
    expect(summarizeProgress(event, { d: 'not-relevant', c1: 'not-relevant', c2: 'not-relevant' })).toEqual({ done: 0, total: 4 });
    expect(summarizeProgress(event, { c1: 'not-relevant', c2: 'not-relevant', c3: 'not-relevant' })).toEqual({ done: 0, total: 4 });
  });
});

describe('localize', () => {
  it('gives the asked language when present and falls back to nb for missing Sámi', () => {
    expect(localize({ nb: 'Hei', nn: 'Hei', en: 'Hello' }, 'en')).toEqual({ text: 'Hello', lang: 'en' });
    expect(localize({ nb: 'Hei', nn: 'Hei', en: 'Hello' }, 'se')).toEqual({ text: 'Hei', lang: 'nb' });
    expect(localize({ nb: 'Hei', nn: 'Hei', en: 'Hello', se: 'Bures' }, 'se')).toEqual({ text: 'Bures', lang: 'se' });
  });
});
