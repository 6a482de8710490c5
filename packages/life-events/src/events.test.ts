import { describe, expect, it } from 'vitest';
import { allSteps, LIFE_EVENT_IDS, loadLifeEvent, localize, validateLifeEvent, type LifeEvent } from './index.js';

const events: LifeEvent[] = await Promise.all(LIFE_EVENT_IDS.map((id) => loadLifeEvent(id)));

/** Every string at a key named `url`, anywhere in the definition. */
function urls(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => urls(item, found));
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'url' && typeof child === 'string') found.push(child);
      else urls(child, found);
    }
  }
  return found;
}

describe('built-in life events', () => {
  it('are the seven of the strategy, each loaded under its own id', () => {
    expect(LIFE_EVENT_IDS).toHaveLength(7);
    expect(events.map((event) => event.id)).toEqual(LIFE_EVENT_IDS);
  });

  it.each(LIFE_EVENT_IDS)('%s validates against the schema', async (id) => {
    const result = validateLifeEvent(await loadLifeEvent(id));
    expect(result.success ? [] : result.issues).toEqual([]);
  });

  it('name their responsible ministry', () => {
    const ministries = Object.fromEntries(events.map((event) => [event.id, event.ministry?.name.en]));
    expect(ministries).toEqual({
      'having-a-child': 'Ministry of Labour and Social Inclusion',
      'seriously-ill-child': 'Ministry of Health and Care Services',
      'losing-and-finding-a-job': 'Ministry of Labour and Social Inclusion',
      'new-in-norway': 'Ministry of Education and Research',
      'death-and-inheritance': 'Ministry of Digitalisation and Public Governance',
      'start-business': 'Ministry of Trade, Industry and Fisheries',
      'voluntary-organisation': 'Ministry of Culture and Equality',
    });
  });

  it('link only over https', () => {
    const all = events.flatMap((event) => urls(event));
    expect(all.length).toBeGreaterThan(60);
    expect(all.filter((url) => !url.startsWith('https://') || !URL.canParse(url))).toEqual([]);
  });

  it('have title and description in nb, nn and en for every step', () => {
    const missing = events.flatMap((event) =>
      allSteps(event).flatMap((step) =>
        (['nb', 'nn', 'en'] as const).flatMap((lang) =>
          [step.title, step.description, step.body.name].filter((text) => !text[lang]?.trim()).map(() => `${event.id}/${step.id}/${lang}`),
        ),
      ),
    );
    expect(missing).toEqual([]);
  });

  it('write nynorsk that is not a copy of bokmål in every description', () => {
    const copies = events.flatMap((event) =>
      allSteps(event)
        .filter((step) => step.description.nb === step.description.nn)
        .map((step) => step.id),
    );
    expect(copies).toEqual([]);
  });

  it('have no unreviewed Northern Sámi: se is missing and falls back to nb', () => {
    for (const event of events) {
      for (const step of allSteps(event)) {
        expect(step.title.se).toBeUndefined();
        expect(localize(step.title, 'se')).toEqual({ text: step.title.nb, lang: 'nb' });
      }
    }
  });

  it('give each event its main steps, with optional steps and both kinds of group in use', () => {
    const counts = Object.fromEntries(events.map((event) => [event.id, allSteps(event).length]));
    for (const count of Object.values(counts)) expect(count).toBeGreaterThanOrEqual(7);
    const relations = new Set(events.flatMap((event) => event.steps.flatMap((item) => ('relation' in item ? [item.relation] : []))));
    expect([...relations].sort()).toEqual(['and', 'or']);
    expect(events.filter((event) => allSteps(event).some((step) => step.optional)).length).toBeGreaterThanOrEqual(5);
    const levels = new Set(events.flatMap((event) => allSteps(event).map((step) => step.body.level)));
    expect([...levels].sort()).toEqual(['municipality', 'private', 'state', 'voluntary']);
  });
});

describe('starting and running a business (restaurant)', () => {
  const business = events.find((event) => event.id === 'start-business')!;
  const ids = allSteps(business).map((step) => step.id);

  it('covers every authority a restaurant meets, in order', () => {
    const expected = [
      'register-company', // Register of Business Enterprises / Central Coordinating Register
      'establishment-test', // the daily manager's etablererprøven
      'serving-licence', // serveringsbevilling from the municipality
      'alcohol-licence', // skjenkebevilling from the municipality
      'food-business-registration', // Mattilsynet
      'vat-registration',
      'cash-register-system',
      'employer-registration',
    ];
    for (const id of expected) expect(ids).toContain(id);
    expect(ids).toContain('fire-safety');
    expect(ids).toContain('change-of-use');
    // The test comes before the licence that requires it, and registration before both.
    expect(ids.indexOf('register-company')).toBeLessThan(ids.indexOf('serving-licence'));
    expect(ids.indexOf('establishment-test')).toBeLessThan(ids.indexOf('serving-licence'));
  });

  it('marks alcohol and hiring as optional and accounting as alternatives', () => {
    const step = (id: string) => allSteps(business).find((candidate) => candidate.id === id)!;
    expect(step('alcohol-licence').optional).toBe(true);
    expect(step('employer-registration').optional).toBe(true);
    expect(step('serving-licence').optional).toBeUndefined();
    const accounting = business.steps.find((item) => item.id === 'accounting');
    expect(accounting && 'relation' in accounting ? accounting.relation : null).toBe('or');
  });
});

describe('loadLifeEvent', () => {
  it('rejects an unknown id with the known ones listed', async () => {
    await expect(loadLifeEvent('moving-house' as never)).rejects.toThrow(/Unknown life event "moving-house".*start-business/);
  });
});
