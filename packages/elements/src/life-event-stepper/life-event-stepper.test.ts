import { LIFE_EVENT_IDS, allSteps, loadLifeEvent, type LifeEvent, type StepStatus } from '@felles/life-events';
import type * as LifeEvents from '@felles/life-events';
import { html } from 'lit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectAccessible } from '../../test/axe.js';
import { atWidth, cleanup, fixture, settle, waitUntil } from '../../test/fixture.js';
import { beyond, injectTextSpacing, overflowing, removeTextSpacing } from '../../test/reflow.js';
import type { lifeEventFallbackHtml } from './fallback.js';
import type { FellesLifeEventStepper } from './life-event-stepper.js';
import type { FellesStepSelectEvent, FellesStepToggleEvent } from './life-event-stepper.js';
import './define.js';

document.documentElement.lang = 'nb';

// The real loader, watched, so a test can hold one event's answer back.
vi.mock('@felles/life-events', async (importOriginal) => {
  const actual = await importOriginal<typeof LifeEvents>();
  return { ...actual, loadLifeEvent: vi.fn(actual.loadLifeEvent) };
});

// Every file the page fetches, from here on. An observer, because the resource timing buffer of a
// test page is full long before these tests run.
const requested: string[] = [];
new PerformanceObserver((list) => requested.push(...list.getEntries().map((entry) => entry.name))).observe({ type: 'resource' });
/** What was fetched while `run` ran, once the observer has reported it. */
async function fetchedDuring(run: () => Promise<unknown>): Promise<string[]> {
  const before = requested.length;
  await run();
  await new Promise((resolve) => setTimeout(resolve, 100));
  return requested.slice(before);
}

const text = (value: string) => ({ nb: value, nn: `${value} (nn)`, en: `${value} (en)` });
const step = (id: string, extra: object = {}) => ({
  id,
  title: text(`Steg ${id}`),
  description: text(`Om ${id}`),
  body: { name: text('Kommunen'), level: 'municipality' },
  url: `https://example.no/${id}`,
  ...extra,
});
/** Nine counted steps in eleven: an "and" pair counts twice, the "or" trio once. */
const custom = {
  id: 'open-kiosk',
  title: text('Åpne kiosk'),
  summary: text('Stegene for en kiosk'),
  steps: [
    step('a'),
    step('b', { optional: true }),
    { id: 'both', relation: 'and', steps: [step('c1'), step('c2')] },
    { id: 'either', relation: 'or', steps: [step('d1'), step('d2'), step('d3')] },
    step('e'),
    step('f'),
    step('g'),
    step('h'),
  ],
};
const progress = { a: 'done', b: 'done', c1: 'done', c2: 'in-progress', e: 'not-relevant' } as const;
const totalCounted = 8; // nine units, one of them not relevant

const shadow = (el: FellesLifeEventStepper) => el.shadowRoot!;
const items = (el: FellesLifeEventStepper) => [...shadow(el).querySelectorAll('li')];
const stepButtons = (el: FellesLifeEventStepper) => [...shadow(el).querySelectorAll<HTMLButtonElement>('li button')];
const toggleAll = (el: FellesLifeEventStepper) => shadow(el).querySelector<HTMLButtonElement>('.toggle-all')!;
const panel = (el: FellesLifeEventStepper, id: string) => shadow(el).getElementById(`panel-${id}`)!;
const expandedIds = (el: FellesLifeEventStepper) =>
  stepButtons(el)
    .filter((b) => b.getAttribute('aria-expanded') === 'true')
    .map((b) => b.getAttribute('aria-controls')!.slice(6));
const ready = (el: FellesLifeEventStepper) => waitUntil(() => shadow(el).querySelector('ol'), 'the steps');

async function stepper(template = html`<felles-life-event-stepper event-id="start-business"></felles-life-event-stepper>`, attributes = {}) {
  const el = await fixture<FellesLifeEventStepper>(template, attributes);
  await ready(el);
  await settle();
  return el;
}

beforeEach(() => sessionStorage.clear());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('loading', () => {
  // First in the file: later tests load other events into the same page.
  it('downloads only the event asked for, and no validator for a built-in event', async () => {
    const loaded = await fetchedDuring(() => stepper());
    expect(loaded.some((name) => name.includes('/events/start-business'))).toBe(true);
    const others = [
      'having-a-child',
      'seriously-ill-child',
      'losing-and-finding-a-job',
      'new-in-norway',
      'death-and-inheritance',
      'voluntary-organisation',
    ];
    expect(loaded.filter((name) => others.some((id) => name.includes(`/events/${id}`)))).toEqual([]);
    expect(loaded.filter((name) => /valibot|life-events\/dist\/schema/.test(name))).toEqual([]);
    // A page in Bokmål downloads no other language's texts.
    expect(loaded.filter((name) => /life-event-stepper\/messages\.(nn|en|se)/.test(name))).toEqual([]);
  });

  it('downloads the texts of the language it shows, with the event', async () => {
    let el!: FellesLifeEventStepper;
    const loaded = await fetchedDuring(
      async () => (el = await stepper(html`<felles-life-event-stepper event-id="having-a-child"></felles-life-event-stepper>`, { lang: 'en' })),
    );
    expect(loaded.filter((name) => /life-event-stepper\/messages\.(nn|en)/.test(name)).map((name) => name.match(/messages\.\w+/)![0])).toEqual([
      'messages.en',
    ]);
    expect(loaded.filter((name) => /\/dist\/events\//.test(name)).map((name) => name.match(/dist\/events\/([\w-]+)/)![1])).toEqual([
      'having-a-child',
    ]);
    expect(toggleAll(el).textContent).toBe('Show all steps');
  });

  it('shows the event asked for last, when the one asked for before answers after it', async () => {
    let answer!: (event: LifeEvent) => void;
    vi.mocked(loadLifeEvent).mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)));
    const el = await fixture<FellesLifeEventStepper>(html`<felles-life-event-stepper event-id="death-and-inheritance"></felles-life-event-stepper>`);
    el.eventId = 'new-in-norway';
    await ready(el);
    expect(shadow(el).querySelector('ol')!.getAttribute('aria-label')).toBe('Ny i Norge');
    answer(await loadLifeEvent('death-and-inheritance'));
    await settle();
    expect(
      vi
        .mocked(loadLifeEvent)
        .mock.calls.slice(-3)
        .map(([id]) => id),
    ).toEqual(['death-and-inheritance', 'new-in-norway', 'death-and-inheritance']);
    expect(shadow(el).querySelector('ol')!.getAttribute('aria-label')).toBe('Ny i Norge');
    expect(items(el)).toHaveLength(allSteps(await loadLifeEvent('new-in-norway')).length);
  });

  it("shows a page's own definition at its first render, while the validator is still on its way", async () => {
    const el = document.createElement('felles-life-event-stepper');
    el.event = structuredClone(custom);
    document.body.append(el);
    try {
      await el.updateComplete;
      // No waiting for the download: the steps are on screen after the first update.
      expect(items(el)).toHaveLength(11);
      await ready(el);
      expect(items(el)).toHaveLength(11);
    } finally {
      el.remove();
    }
  });

  it('loads the validator once a page gives its own definition', async () => {
    let el!: FellesLifeEventStepper;
    const loaded = await fetchedDuring(
      async () => (el = await stepper(html`<felles-life-event-stepper .event=${custom}></felles-life-event-stepper>`)),
    );
    expect(items(el)).toHaveLength(11);
    expect(loaded.some((name) => /valibot|life-events\/dist\/schema/.test(name))).toBe(true);
  });
});

describe('structure', () => {
  it('renders a real ordered list of every step, named by the event, with level-2 headings', async () => {
    const el = await stepper();
    const event = await loadLifeEvent('start-business');
    const list = shadow(el).querySelector('ol')!;
    expect(list.getAttribute('aria-label')).toBe('Starte og drive bedrift');
    expect(items(el)).toHaveLength(allSteps(event).length);
    expect(list.children).toHaveLength(allSteps(event).length);
    expect(shadow(el).querySelectorAll('h2')).toHaveLength(allSteps(event).length);
    expect(shadow(el).querySelector('h2 button')!.textContent!.replace(/\s+/g, ' ').trim()).toBe('Velg organisasjonsform');
  });

  it("formats no number with Intl on its first render: a page's first Intl.NumberFormat costs tens of ms", async () => {
    // The prototype's format getter catches a formatter made before this test, the spy a new one.
    const formatted = vi.spyOn(Intl.NumberFormat.prototype as unknown as { format: unknown }, 'format', 'get');
    const created = vi.spyOn(Intl, 'NumberFormat');
    for (const lang of ['nb', 'nn', 'en', 'se']) {
      const el = await stepper(html`<felles-life-event-stepper .event=${custom} .progress=${progress}></felles-life-event-stepper>`, { lang });
      expect(shadow(el).querySelector('.summary')!.textContent).toMatch(/^3 .* 8 /);
      expect(shadow(el).querySelector('.marker')!.textContent!.replace(/\s+/g, ' ').trim()).toMatch(/ 1$/);
      cleanup();
    }
    expect(created).not.toHaveBeenCalled();
    expect(formatted).not.toHaveBeenCalled();
  });

  it('numbers steps and writes "og"/"eller" in place of the number for grouped steps', async () => {
    const el = await stepper(html`<felles-life-event-stepper .event=${custom}></felles-life-event-stepper>`);
    const markers = [...shadow(el).querySelectorAll('.marker')].map((m) => m.textContent!.replace(/\s+/g, ' ').trim());
    expect(markers).toEqual(['Steg 1', 'Steg 2', 'Steg 3', 'og', 'Steg 4', 'eller', 'eller', 'Steg 5', 'Steg 6', 'Steg 7', 'Steg 8']);
    // "Steg" is for screen readers; sighted people see the number.
    expect(shadow(el).querySelector('.marker .visually-hidden')!.textContent).toBe('Steg ');
    expect(stepButtons(el)[1]!.textContent).toContain('(valgfritt)');
  });

  it('puts aria-expanded and aria-controls on every step button, pointing at its panel', async () => {
    const el = await stepper();
    for (const button of stepButtons(el)) {
      expect(button.getAttribute('aria-expanded')).toBe('false');
      const target = shadow(el).getElementById(button.getAttribute('aria-controls')!);
      expect(target?.hidden).toBe(true);
    }
    expect(toggleAll(el).getAttribute('aria-controls')!.split(' ')).toHaveLength(stepButtons(el).length);
  });

  it('uses the heading level it is given', async () => {
    const el = await stepper(html`<felles-life-event-stepper event-id="new-in-norway" heading-level="3"></felles-life-event-stepper>`);
    expect(shadow(el).querySelectorAll('h2')).toHaveLength(0);
    expect(shadow(el).querySelectorAll('h3')).toHaveLength(items(el).length);
  });

  it('shows who is responsible, at which level, and links to the real service', async () => {
    const el = await stepper();
    await userEvent.click(stepButtons(el)[3]!); // register-company
    const details = panel(el, 'register-company');
    expect(details.hidden).toBe(false);
    expect(details.textContent).toContain('Ansvarlig: Brønnøysundregistrene (statlig)');
    expect(details.querySelector('a')!.href).toBe('https://www.brreg.no/');
  });
});

describe('keyboard', () => {
  it('opens and closes a step with Enter and Space, and reaches its link with Tab', async () => {
    const el = await stepper();
    toggleAll(el).focus();
    await userEvent.tab();
    const first = stepButtons(el)[0]!;
    expect(shadow(el).activeElement).toBe(first);
    await userEvent.keyboard('{Enter}');
    expect(first.getAttribute('aria-expanded')).toBe('true');
    await userEvent.tab();
    expect(shadow(el).activeElement).toBe(panel(el, 'choose-organisation-form').querySelector('a'));
    await userEvent.tab({ shift: true });
    await userEvent.keyboard(' ');
    expect(first.getAttribute('aria-expanded')).toBe('false');
    await userEvent.tab();
    expect(shadow(el).activeElement).toBe(stepButtons(el)[1]);
  });
});

describe('show and hide all', () => {
  it('opens every step, then closes every step, telling the page about each one', async () => {
    const el = await stepper(html`<felles-life-event-stepper .event=${custom}></felles-life-event-stepper>`);
    const toggles: FellesStepToggleEvent[] = [];
    el.addEventListener('felles-step-toggle', (event) => toggles.push(event));
    await userEvent.click(stepButtons(el)[0]!);
    expect(toggles.map((e) => e.detail)).toEqual([{ stepId: 'a', expanded: true }]);

    expect(toggleAll(el).textContent!.trim()).toBe('Vis alle steg');
    await userEvent.click(toggleAll(el));
    expect(expandedIds(el)).toHaveLength(11);
    expect(toggleAll(el).getAttribute('aria-expanded')).toBe('true');
    expect(toggleAll(el).textContent!.trim()).toBe('Skjul alle steg');
    expect(toggles).toHaveLength(11); // 'a' was open already

    await userEvent.click(toggleAll(el));
    expect(expandedIds(el)).toEqual([]);
    expect(toggleAll(el).getAttribute('aria-expanded')).toBe('false');
    expect([...shadow(el).querySelectorAll('.panel')].every((p) => (p as HTMLElement).hidden)).toBe(true);
    expect(toggles).toHaveLength(22);
  });
});

describe('progress', () => {
  it.each([
    ['nb', '3 av 8 steg fullført', 'Fullført'],
    ['nn', '3 av 8 steg fullførte', 'Fullført'],
    ['en', '3 of 8 steps completed', 'Completed'],
    ['se', '3 / 8 lávkki dahkkon', 'Dahkkon'],
  ])('summarises in %s and names each status in words', async (lang, summary, done) => {
    const el = await stepper(html`<felles-life-event-stepper .event=${custom} .progress=${progress}></felles-life-event-stepper>`, { lang });
    expect(shadow(el).querySelector('.summary')!.textContent).toBe(summary);
    expect(stepButtons(el)[0]!.querySelector('.status')!.textContent).toBe(done);
    expect(shadow(el).querySelector('[part="base"]')!.getAttribute('lang')).toBe(lang);
  });

  it('counts steps as in the issue: "3 av 9 steg fullført"', async () => {
    const el = await stepper(
      html`<felles-life-event-stepper .event=${custom} .progress=${{ a: 'done', b: 'done', d3: 'done' }}></felles-life-event-stepper>`,
    );
    expect(shadow(el).querySelector('.summary')!.textContent).toBe(`3 av ${totalCounted + 1} steg fullført`);
  });

  it('shows statuses only when progress is given, and never by colour alone', async () => {
    const plain = await stepper(html`<felles-life-event-stepper .event=${custom}></felles-life-event-stepper>`);
    expect(shadow(plain).querySelector('.summary')).toBeNull();
    expect(shadow(plain).querySelector('.status')).toBeNull();
    const el = await stepper(html`<felles-life-event-stepper .event=${custom} .progress=${progress}></felles-life-event-stepper>`);
    const statuses = stepButtons(el).map((b) => b.querySelector('.status')?.textContent ?? null);
    expect(statuses).toEqual(['Fullført', 'Fullført', 'Fullført', 'Pågår', null, null, null, 'Ikke aktuelt', null, null, null]);
  });

  it('reads progress from a JSON attribute and follows the page language live', async () => {
    const container = await fixture<HTMLDivElement>(
      html`<div lang="nb">
        <felles-life-event-stepper event-id="start-business" progress='{"choose-organisation-form":"done"}'></felles-life-event-stepper>
      </div>`,
    );
    const el = container.querySelector('felles-life-event-stepper')!;
    await ready(el);
    expect(shadow(el).querySelector('.summary')!.textContent).toBe('1 av 16 steg fullført');
    container.setAttribute('lang', 'en');
    await waitUntil(() => shadow(el).querySelector('.summary')!.textContent === '1 of 16 steps completed', 'English');
    expect(shadow(el).querySelector('ol')!.getAttribute('aria-label')).toBe('Starting and running a business');
  });
});

describe('the current step', () => {
  it('carries aria-current="step", is open and is scrolled into view', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div style="height: 12rem; overflow: auto">
        <felles-life-event-stepper event-id="start-business" current-step="ongoing-reporting"></felles-life-event-stepper>
      </div>`,
    );
    const el = box.querySelector('felles-life-event-stepper')!;
    await ready(el);
    await settle();
    const current = shadow(el).querySelectorAll('[aria-current]');
    expect(current).toHaveLength(1);
    expect(current[0]!.getAttribute('aria-current')).toBe('step');
    expect(current[0]!.getAttribute('aria-controls')).toBe('panel-ongoing-reporting');
    expect(panel(el, 'ongoing-reporting').hidden).toBe(false);
    expect(expandedIds(el)).toEqual(['ongoing-reporting']);
    await waitUntil(() => box.scrollTop > 0, 'scrolling');
    const boxRect = box.getBoundingClientRect();
    const rect = current[0]!.getBoundingClientRect();
    expect(rect.top).toBeGreaterThanOrEqual(boxRect.top - 1);
    expect(rect.bottom).toBeLessThanOrEqual(boxRect.bottom + 1);
  });

  it('moves when set again', async () => {
    const el = await stepper(html`<felles-life-event-stepper event-id="start-business" current-step="register-company"></felles-life-event-stepper>`);
    el.currentStep = 'vat-registration';
    await settle();
    expect(shadow(el).querySelector('[aria-current]')!.getAttribute('aria-controls')).toBe('panel-vat-registration');
    expect(shadow(el).querySelector('[data-current] .here')!.textContent).toBe('Du er her');
  });
});

describe('remembered expansion', () => {
  it('keeps the open steps for the session, per event', async () => {
    const first = await stepper();
    await userEvent.click(stepButtons(first)[0]!);
    await userEvent.click(stepButtons(first)[4]!);
    expect(JSON.parse(sessionStorage.getItem('felles-life-event-stepper:start-business')!)).toEqual([
      'choose-organisation-form',
      'establishment-test',
    ]);
    cleanup();

    const again = await stepper();
    expect(expandedIds(again)).toEqual(['choose-organisation-form', 'establishment-test']);
    const other = await stepper(html`<felles-life-event-stepper event-id="having-a-child"></felles-life-event-stepper>`);
    expect(expandedIds(other)).toEqual([]);
  });

  it('still works when storage is blocked', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    const el = await stepper();
    await userEvent.click(stepButtons(el)[0]!);
    expect(expandedIds(el)).toEqual(['choose-organisation-form']);
  });
});

describe('felles-step-select', () => {
  it('tells the page which step was chosen, and lets it take over the navigation', async () => {
    const el = await stepper();
    await userEvent.click(stepButtons(el)[3]!);
    const selected: FellesStepSelectEvent[] = [];
    el.addEventListener('felles-step-select', (event) => {
      selected.push(event);
      event.preventDefault();
    });
    const link = panel(el, 'register-company').querySelector('a')!;
    const clicks: MouseEvent[] = [];
    link.addEventListener('click', (event) => clicks.push(event));
    link.click();
    expect(selected.map((e) => e.detail)).toEqual([{ stepId: 'register-company', url: 'https://www.brreg.no/' }]);
    expect(selected[0]!.composed && selected[0]!.bubbles && selected[0]!.cancelable).toBe(true);
    expect(clicks[0]!.defaultPrevented).toBe(true);
  });
});

describe('invalid and unknown definitions', () => {
  it('shows a clear error naming the field, logs it, and keeps the fallback content readable', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const broken = structuredClone(custom) as { steps: { title?: object }[] };
    delete (broken.steps[4]!.title as { nn?: string }).nn;
    const el = await fixture<FellesLifeEventStepper>(
      html`<felles-life-event-stepper .event=${broken}><p id="fallback">Ring kommunen.</p></felles-life-event-stepper>`,
    );
    const alert = await waitUntil(() => shadow(el).querySelector('[role="alert"]'), 'the error');
    expect(alert.textContent).toBe('Stegene kan ikke vises fordi beskrivelsen av livshendelsen har en feil i feltet steps.4.title.nn.');
    expect(shadow(el).querySelector('ol')).toBeNull();
    expect(el.querySelector('#fallback')!.checkVisibility()).toBe(true);
    expect(error).toHaveBeenCalledTimes(1);
    expect(String(error.mock.calls[0]![1])).toContain('steps.4.title.nn');
    await expectAccessible(el);
  });

  it('names an unknown event id', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const el = await fixture<FellesLifeEventStepper>(html`<felles-life-event-stepper event-id="moving-house"></felles-life-event-stepper>`);
    const alert = await waitUntil(() => shadow(el).querySelector('[role="alert"]'), 'the error');
    expect(alert.textContent).toContain('Det finnes ingen livshendelse med id «moving-house».');
  });

  it('recovers when a valid definition replaces a broken one', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const el = await fixture<FellesLifeEventStepper>(html`<felles-life-event-stepper .event=${{ id: 'x' }}></felles-life-event-stepper>`);
    await waitUntil(() => shadow(el).querySelector('[role="alert"]'), 'the error');
    el.event = custom;
    await ready(el);
    expect(shadow(el).querySelector('[role="alert"]')).toBeNull();
  });
});

describe('without JavaScript', () => {
  // Imported here, not at the top: it brings every language's texts, which the loading tests above
  // prove the element itself does not.
  const fallbackHtml = async (...args: Parameters<typeof lifeEventFallbackHtml>) => (await import('./fallback.js')).lifeEventFallbackHtml(...args);

  it('the fallback HTML is readable on its own: every step open, with its link', async () => {
    const event = await loadLifeEvent('start-business');
    const page = await fixture<HTMLDivElement>(html`<div></div>`);
    page.innerHTML = await fallbackHtml(event, { lang: 'nn' });
    const list = page.querySelector('ol')!;
    expect(list.getAttribute('aria-label')).toBe('Starte og drive bedrift');
    expect(list.querySelectorAll('li')).toHaveLength(allSteps(event).length);
    expect(list.querySelector('h2')!.textContent).toBe('Steg 1: Vel organisasjonsform');
    expect(list.textContent).toContain('Ansvarleg: Brønnøysundregistera (statleg)');
    expect([...list.querySelectorAll('a')].every((a) => a.checkVisibility() && a.href.startsWith('https://'))).toBe(true);
    await expectAccessible(page);
  });

  it('the element hides its fallback once the steps render', async () => {
    const event = (await loadLifeEvent('having-a-child')) as LifeEvent;
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    container.innerHTML = `<felles-life-event-stepper event-id="having-a-child">${await fallbackHtml(event)}</felles-life-event-stepper>`;
    const el = container.querySelector('felles-life-event-stepper')!;
    await ready(el);
    expect(el.querySelector('ol')!.checkVisibility()).toBe(false);
    expect(shadow(el).querySelector('ol')!.checkVisibility()).toBe(true);
  });
});

describe('accessibility (axe)', () => {
  it.each([
    ['collapsed', html`<felles-life-event-stepper event-id="start-business"></felles-life-event-stepper>`, {}],
    [
      'with progress and a current step',
      html`<felles-life-event-stepper .event=${custom} .progress=${progress} current-step="c2"></felles-life-event-stepper>`,
      {},
    ],
    [
      'in dark mode',
      html`<felles-life-event-stepper .event=${custom} .progress=${progress} current-step="c2"></felles-life-event-stepper>`,
      { 'data-color-scheme': 'dark', style: 'color-scheme: dark; background: #17181a' },
    ],
    [
      'in Sámi',
      html`<felles-life-event-stepper event-id="voluntary-organisation" current-step="bank-account"></felles-life-event-stepper>`,
      { lang: 'se' },
    ],
  ])('has no violations %s', async (_name, template, attributes) => {
    const el = await stepper(template, attributes);
    await userEvent.click(toggleAll(el));
    await expectAccessible(el.parentElement!);
  });
});

describe('reflow at 320 CSS px (WCAG 1.4.10, 1.4.12)', () => {
  const statuses: StepStatus[] = ['done', 'in-progress', 'not-relevant', 'not-started'];
  /** Every built-in event in every language, all open, with every status and "Du er her" shown. */
  const cases = LIFE_EVENT_IDS.flatMap((id) => (['nb', 'nn', 'en', 'se'] as const).map((lang) => [id, lang] as const));
  const render = async (id: string, lang: string) => {
    const event = await loadLifeEvent(id as never);
    const ids = allSteps(event).map((s) => s.id);
    const progress = Object.fromEntries(ids.map((stepId, i) => [stepId, statuses[i % statuses.length]!]));
    const el = await stepper(
      html`<felles-life-event-stepper event-id=${id} .progress=${progress} current-step=${ids[1]!}></felles-life-event-stepper>`,
      { lang },
    );
    if (toggleAll(el).getAttribute('aria-expanded') !== 'true') toggleAll(el).click();
    await settle();
    return el;
  };

  it.each(cases)('%s in %s needs no sideways scrolling and cuts nothing off, also with text spacing', async (id, lang) => {
    await atWidth(320, async () => {
      const el = await render(id, lang);
      expect(expandedIds(el)).toHaveLength(stepButtons(el).length);
      expect(beyond(el, 320)).toEqual([]);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
      expect(overflowing(el)).toEqual([]);
      injectTextSpacing(el);
      try {
        expect(beyond(el, 320)).toEqual([]);
        expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
        expect(overflowing(el)).toEqual([]);
      } finally {
        removeTextSpacing(el);
      }
    });
  });

  it.each(['nb', 'nn', 'en', 'se'])('writes the "and"/"or" markers inside their circles in %s, also with text spacing', async (lang) => {
    const el = await stepper(html`<felles-life-event-stepper .event=${custom}></felles-life-event-stepper>`, { lang });
    const check = () => {
      const markers = [...shadow(el).querySelectorAll<HTMLElement>('.marker')].filter((m) => !m.querySelector('.visually-hidden'));
      expect(markers.length).toBeGreaterThan(0);
      for (const marker of markers) {
        const range = document.createRange();
        range.selectNodeContents(marker);
        const text = range.getBoundingClientRect();
        const box = marker.getBoundingClientRect();
        const border = parseFloat(getComputedStyle(marker).borderLeftWidth);
        expect(range.getClientRects(), marker.textContent!).toHaveLength(1);
        expect(text.left, marker.textContent!).toBeGreaterThanOrEqual(box.left + border);
        expect(text.right, marker.textContent!).toBeLessThanOrEqual(box.right - border);
        // A wider marker must not run into its heading.
        expect(box.right, marker.textContent!).toBeLessThanOrEqual(marker.parentElement!.querySelector('button')!.getBoundingClientRect().left);
      }
    };
    check();
    injectTextSpacing(el);
    try {
      check();
    } finally {
      removeTextSpacing(el);
    }
  });

  it('turns the chevron when a step opens', async () => {
    const el = await stepper(html`<felles-life-event-stepper .event=${custom}></felles-life-event-stepper>`);
    const button = stepButtons(el)[0]!;
    const rotate = () => getComputedStyle(button, '::after').rotate;
    const closed = rotate();
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(rotate()).not.toBe(closed);
  });
});

describe('speed', () => {
  it('shows the restaurant journey and opens all its steps quickly', async () => {
    const started = performance.now();
    const el = await stepper();
    const shown = performance.now() - started;
    const opening = performance.now();
    toggleAll(el).click();
    await el.updateComplete;
    const opened = performance.now() - opening;
    expect(expandedIds(el)).toHaveLength(17);
    console.log(
      `[life-event-stepper] start-business shown in ${shown.toFixed(0)} ms (event loaded on demand); 17 steps opened in ${opened.toFixed(1)} ms`,
    );
    expect(shown).toBeLessThan(1000);
    expect(opened).toBeLessThan(100);
  });
});

describe('first render cost', () => {
  /** Every node under `root`, Lit's markers and text included, and those that are only whitespace. */
  const count = (root: Node) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
    let nodes = 0;
    let blank = 0;
    while (walker.nextNode()) {
      nodes++;
      if (walker.currentNode.nodeType === Node.TEXT_NODE && !walker.currentNode.textContent!.trim()) blank++;
    }
    return { nodes, blank };
  };

  it('creates no Intl formatter while rendering 17 steps, and keeps each step small', async () => {
    const calls: string[] = [];
    const { DateTimeFormat, NumberFormat, PluralRules } = Intl;
    const spy = <T extends object>(name: string, ctor: T): T =>
      new Proxy(ctor, {
        construct: (target, args) => (calls.push(`new ${name}`), Reflect.construct(target as never, args)),
        apply: (target, self, args) => (calls.push(name), Reflect.apply(target as never, self, args)),
      });
    Object.assign(Intl, {
      DateTimeFormat: spy('DateTimeFormat', DateTimeFormat),
      NumberFormat: spy('NumberFormat', NumberFormat),
      PluralRules: spy('PluralRules', PluralRules),
    });
    try {
      const el = await stepper();
      expect(calls).toEqual([]);
      const steps = items(el);
      expect(steps).toHaveLength(17);
      const perStep = steps.map(count);
      console.log(`[life-event-stepper] nodes per step: ${perStep.map((c) => `${c.nodes}/${c.blank}`).join(' ')}`);
      // 61 nodes, 16 of them whitespace, before the step template lost the whitespace between its tags.
      expect(Math.max(...perStep.map((c) => c.nodes))).toBeLessThanOrEqual(48);
      // Only the spaces before "(valgfritt)" and a status.
      expect(Math.max(...perStep.map((c) => c.blank))).toBeLessThanOrEqual(2);
    } finally {
      Object.assign(Intl, { DateTimeFormat, NumberFormat, PluralRules });
    }
  });
});
