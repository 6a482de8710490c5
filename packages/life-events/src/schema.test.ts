/* eslint-disable @typescript-eslint/no-explicit-any -- these tests break definitions on purpose, so they edit untyped copies */
import { describe, expect, it } from 'vitest';
import { LifeEventValidationError, parseLifeEvent, validateLifeEvent, type LifeEvent } from './index.js';

const text = (value: string) => ({ nb: value, nn: value + ' (nn)', en: value + ' (en)' });
const step = (id: string) => ({
  id,
  title: text(`Title ${id}`),
  description: text(`About ${id}`),
  body: { name: text('Kommunen'), level: 'municipality' },
  url: 'https://example.no/' + id,
});

function valid(): LifeEvent {
  return {
    id: 'open-kiosk',
    title: text('Åpne kiosk'),
    summary: text('Steps for a kiosk'),
    steps: [step('a'), { id: 'g', relation: 'or', steps: [step('b'), step('c')] }, step('d')],
  } as LifeEvent;
}

/** The first failing field of a definition changed by `edit`. */
function fieldOf(edit: (event: any) => void): { field: string; message: string } {
  const event: any = structuredClone(valid());
  edit(event);
  const result = validateLifeEvent(event);
  if (result.success) throw new Error('expected the definition to be rejected');
  return { field: result.field, message: result.issues[0]!.message };
}

describe('lifeEventSchema', () => {
  it('accepts a service’s own definition without a ministry', () => {
    expect(validateLifeEvent(valid())).toEqual({ success: true, event: valid() });
  });

  it.each([
    ['a missing nynorsk title', (e: any) => delete e.steps[0].title.nn, 'steps.0.title.nn', 'is required'],
    ['an empty English description', (e: any) => (e.steps[2].description.en = '  '), 'steps.2.description.en', 'must not be empty'],
    ['an http link', (e: any) => (e.steps[1].steps[0].url = 'http://example.no/'), 'steps.1.steps.0.url', 'must use https'],
    ['a relative link', (e: any) => (e.steps[0].url = '/start'), 'steps.0.url', 'must be an absolute URL'],
    [
      'an unknown level',
      (e: any) => (e.steps[0].body.level = 'county'),
      'steps.0.body.level',
      'must be one of state, municipality, private, voluntary',
    ],
    ['a misspelt field', (e: any) => (e.steps[2].optinal = true), 'steps.2.optinal', 'is not a known field'],
    ['an optional flag that is not boolean', (e: any) => (e.steps[2].optional = 'yes'), 'steps.2.optional', 'must be true or false'],
    ['a group of one', (e: any) => e.steps[1].steps.pop(), 'steps.1.steps', 'a group needs at least two steps'],
    ['a group that is neither "and" nor "or"', (e: any) => (e.steps[1].relation = 'xor'), 'steps.1.relation', 'must be "and" or "or"'],
    ['a duplicate step id', (e: any) => (e.steps[2].id = 'b'), 'steps.2.id', 'duplicates the id "b"'],
    ['an id with spaces', (e: any) => (e.id = 'open kiosk'), 'id', 'must be kebab-case: a-z, 0-9 and single hyphens'],
    ['no steps', (e: any) => (e.steps = []), 'steps', 'must have at least one step'],
    [
      'a title too long to read as a button',
      (e: any) => (e.steps[0].title.nb = 'x'.repeat(101)),
      'steps.0.title.nb',
      'must be at most 100 characters',
    ],
    ['a ministry without a link', (e: any) => (e.ministry = { name: text('Departementet') }), 'ministry.url', 'is required'],
  ])('rejects %s and names the field', (_name, edit, field, message) => {
    expect(fieldOf(edit)).toEqual({ field, message });
  });

  it('reports every failing field, not only the first', () => {
    const event: any = valid();
    delete event.title.en;
    event.steps[0].url = 'http://example.no';
    const result = validateLifeEvent(event);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.issues.map((issue) => issue.path)).toEqual(['title.en', 'steps.0.url']);
  });

  it('rejects what is not a definition at all', () => {
    expect(validateLifeEvent(null)).toMatchObject({ success: false, field: '', issues: [{ message: 'must be a life-event object' }] });
  });
});

describe('parseLifeEvent', () => {
  it('throws a typed error whose message names the field', () => {
    const event: any = valid();
    delete event.steps[1].steps[1].title.nn;
    let caught: unknown;
    try {
      parseLifeEvent(event);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(LifeEventValidationError);
    const error = caught as LifeEventValidationError;
    expect(error.code).toBe('validation');
    expect(error.field).toBe('steps.1.steps.1.title.nn');
    expect(error.message).toBe('Invalid life-event definition at steps.1.steps.1.title.nn: is required');
  });

  it('returns the definition when it is valid', () => {
    expect(parseLifeEvent(valid()).id).toBe('open-kiosk');
  });
});
