import type { Enhet } from '@felles/client-enhetsregisteret';
import { html } from 'lit';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { waitForExposedAnnouncement } from '../../test/ax.js';
import { axeViolations, describeViolations } from '../../test/axe.js';
import { cleanup, fixture, sleep, waitUntil } from '../../test/fixture.js';
import { announcerRegion } from '../internal/live-region.js';
import type { FellesOrganisationLookup, Organisation, OrganisationLookupClient } from './index.js';
import { groupOrgnr, isOrgnr } from './orgnr.js';
import './define.js';

const origin = inject('sandboxOrigin');
const endpoint = `${origin}/enhetsregisteret/api`;

/** Units the sandbox generates the same way at every start (apps/sandbox/src/enhetsregisteret/generate.ts). */
const units = {
  restaurant: '926535897', // SMAKEBITEN KAFE AS, Oslo
  deleted: '932384620', // GAMLEBYEN KAFE AS, deleted 2023-06-30
  removed: '943383278', // 410 Gone
  unknown: '950288418', // valid, but no unit has it: 404
  bankrupt: '883192699', // BJØRKELUND PIZZERIA AS
  windingUp: '953191024', // BALTIC ASPEHAUG AB
};

const sandbox = {
  requests: async () => ((await (await fetch(`${origin}/__sandbox/requests`)).json()) as Record<string, number>).enhetsregisteret ?? 0,
  resetRequests: () => fetch(`${origin}/__sandbox/requests`, { method: 'DELETE' }),
  fault: (fault: string, count = 1) =>
    fetch(`${origin}/__sandbox/faults`, { method: 'POST', body: JSON.stringify({ service: 'enhetsregisteret', fault, count }) }),
  clearFaults: () => fetch(`${origin}/__sandbox/faults`, { method: 'DELETE' }),
};

const parts = (el: FellesOrganisationLookup) => {
  const root = el.shadowRoot!;
  return {
    input: root.querySelector('input')!,
    listbox: root.querySelector<HTMLElement>('[role="listbox"]')!,
    options: [...root.querySelectorAll<HTMLElement>('[role="option"]')],
    status: root.querySelector<HTMLElement>('.status'),
    retry: root.querySelector<HTMLButtonElement>('button'),
    message: root.querySelector<HTMLElement>('.message'),
    hint: root.querySelector<HTMLElement>('#hint'),
  };
};

/** Replaces the text and types it like a person: one input event a character. */
async function type(el: FellesOrganisationLookup, text: string): Promise<void> {
  const input = parts(el).input;
  input.focus();
  input.value = '';
  for (const char of text) {
    input.value += char;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: char, inputType: 'insertText' }));
    await sleep(5);
  }
  await el.updateComplete;
}

const until = (el: FellesOrganisationLookup, check: (p: ReturnType<typeof parts>) => unknown, what: string, timeout = 5000) =>
  waitUntil(() => check(parts(el)), what, timeout);
const resultsShown = (el: FellesOrganisationLookup) =>
  until(el, (p) => p.options.length > 0 && p.input.getAttribute('aria-expanded') === 'true', 'results');
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const announced = (message: string) => waitUntil(() => announcerRegion().textContent === message, `announcement "${message}"`);

async function expectNoAxeViolations(el: Element, state: string): Promise<void> {
  const violations = await axeViolations(el);
  expect(violations, `${state}: ${describeViolations(violations)}`).toEqual([]);
}

const lookup = (attributes = html``) =>
  fixture<FellesOrganisationLookup>(
    html`<felles-organisation-lookup label="Virksomhet" endpoint=${endpoint} debounce="40">${attributes}</felles-organisation-lookup>`,
  );

beforeEach(async () => {
  document.documentElement.lang = 'nb';
  await sandbox.clearFaults();
  await sandbox.resetRequests();
});
afterEach(() => cleanup());

describe('organisation numbers', () => {
  it('checks MOD11 and groups as written in Norway', () => {
    expect(isOrgnr('926535897')).toBe(true);
    expect(isOrgnr('926535898')).toBe(false);
    expect(isOrgnr('92653589')).toBe(false);
    expect(groupOrgnr('926535897')).toBe('926 535 897');
  });
});

describe('ARIA combobox pattern', () => {
  it('has an input with role combobox, its listbox in the same shadow root, the label as name and the hint as description', async () => {
    const el = await fixture<FellesOrganisationLookup>(
      html`<felles-organisation-lookup label="Virksomhet" hint="Navn eller organisasjonsnummer" endpoint=${endpoint}></felles-organisation-lookup>`,
    );
    const { input, listbox, hint } = parts(el);
    expect(input.getAttribute('role')).toBe('combobox');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.getAttribute('aria-autocomplete')).toBe('list');
    expect(el.shadowRoot!.getElementById(input.getAttribute('aria-controls')!)).toBe(listbox);
    expect(input.labels?.[0]?.textContent?.trim()).toBe('Virksomhet');
    expect(el.shadowRoot!.getElementById(input.getAttribute('aria-describedby')!)).toBe(hint);
    expect(hint!.textContent).toBe('Navn eller organisasjonsnummer');
    await expectNoAxeViolations(el, 'empty');
  });
});

describe('searching the sandbox', () => {
  it('searches by name and shows name, grouped number, legal form and post town, announcing the count', async () => {
    const el = await lookup();
    await type(el, 'smakebiten');
    await resultsShown(el);
    const option = parts(el).options[0]!;
    expect(text(option)).toBe('SMAKEBITEN KAFE AS org.nr. 926 535 897 · Aksjeselskap · Oslo');
    await announced('1 treff');
    expect(await sandbox.requests()).toBe(1);
    await expectNoAxeViolations(el, 'results');
  });

  it('looks nine valid digits up by number, spaces allowed', async () => {
    const el = await lookup();
    await type(el, '926 535 897');
    await resultsShown(el);
    expect(text(parts(el).options[0]!.querySelector('.name'))).toBe('SMAKEBITEN KAFE AS');
    expect(await sandbox.requests()).toBe(1);
  });

  it('says at once that a number failing MOD11 is invalid, and sends nothing', async () => {
    const el = await lookup();
    await type(el, '926535898');
    expect(text(parts(el).status)).toBe('926 535 898 er ikke et gyldig organisasjonsnummer. Sjekk sifrene.');
    expect(parts(el).input.getAttribute('aria-expanded')).toBe('false');
    await announced('926 535 898 er ikke et gyldig organisasjonsnummer. Sjekk sifrene.');
    expect(el.validity.patternMismatch).toBe(true);
    await sleep(100);
    expect(await sandbox.requests()).toBe(0);
    await expectNoAxeViolations(el, 'invalid number');
  });

  it('sends nothing for part of a number or a name shorter than min-chars', async () => {
    const el = await lookup();
    await type(el, '92653');
    await type(el, 's');
    await sleep(150);
    expect(await sandbox.requests()).toBe(0);
    expect(parts(el).status).toBeNull();
  });

  it('says when no unit has a valid number (404)', async () => {
    const el = await lookup();
    await type(el, units.unknown);
    await until(el, (p) => p.status?.textContent?.includes('950 288 418'), 'not found');
    expect(text(parts(el).status)).toBe('Ingen virksomhet har organisasjonsnummer 950 288 418.');
    await announced('Ingen virksomhet har organisasjonsnummer 950 288 418.');
  });

  it('says when nothing matches a name', async () => {
    const el = await lookup();
    await type(el, 'xyzzyqwerty');
    await until(el, (p) => p.status?.textContent === 'Ingen treff', 'no results');
    await announced('Ingen treff');
  });

  it('marks bankrupt units and units being wound up, which can be chosen', async () => {
    const el = await lookup();
    await type(el, units.bankrupt);
    await resultsShown(el);
    expect(text(parts(el).options[0]!.querySelector('[part="state"]'))).toBe('Konkurs');
    expect(parts(el).options[0]!.hasAttribute('aria-disabled')).toBe(false);
    await type(el, units.windingUp);
    await until(el, (p) => p.options[0]?.textContent?.includes('Under avvikling'), 'winding up');
    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(el.organisation?.status).toBe('winding-up');
  });

  it('shows deleted (200 with slettedato) and removed (410) units as such, and they cannot be chosen', async () => {
    const el = await lookup();
    await type(el, units.deleted);
    await resultsShown(el);
    const deleted = parts(el).options[0]!;
    expect(text(deleted.querySelector('.name'))).toBe('GAMLEBYEN KAFE AS Slettet 30. juni 2023');
    expect(deleted.getAttribute('aria-disabled')).toBe('true');
    // What a screen reader reads for the option: the name, its state, then the facts.
    await expect.element(deleted).toHaveAccessibleName(/^GAMLEBYEN KAFE AS Slettet 30\. juni 2023 org\.nr\. 932 384 620 · Aksjeselskap$/);
    await userEvent.keyboard('{ArrowDown}{Enter}');
    // A click by hand: Playwright will not click an element marked aria-disabled.
    parts(el).options[0]!.click();
    await el.updateComplete;
    expect(el.organisation).toBeNull();
    expect(parts(el).input.getAttribute('aria-expanded')).toBe('true');
    await type(el, units.removed);
    await until(el, (p) => p.options[0]?.textContent?.includes('Fjernet fra Enhetsregisteret'), 'removed');
    expect(text(parts(el).options[0])).toContain('Uten navn i de åpne dataene');
    expect(text(parts(el).options[0])).toContain('943 383 278');
    await expectNoAxeViolations(el, 'deleted and removed');
  });

  it('sends no request for a query it has answered before', async () => {
    const el = await lookup();
    await type(el, 'smakebiten');
    await resultsShown(el);
    await type(el, 'smakebite');
    await resultsShown(el);
    await type(el, 'smakebiten');
    await resultsShown(el);
    await sleep(100);
    expect(await sandbox.requests()).toBe(2);
  });

  it('ignores a slow older answer that arrives after a newer one', async () => {
    await sandbox.fault('latency:700', 1);
    const el = await lookup();
    await type(el, 'smakebiten');
    await waitUntil(async () => (await sandbox.requests()) === 1, 'first request');
    await type(el, units.bankrupt);
    await until(el, (p) => p.options[0]?.textContent?.includes('BJØRKELUND'), 'newer answer');
    await sleep(900);
    expect(text(parts(el).options[0]!.querySelector('.name'))).toContain('BJØRKELUND PIZZERIA AS');
    expect(parts(el).options).toHaveLength(1);
  });

  it('shows a name containing HTML as text', async () => {
    const el = await lookup();
    el.organisation = { organisasjonsnummer: units.restaurant, navn: '<img src=x onerror=alert(1)> AS', status: 'active' };
    await el.updateComplete;
    expect(parts(el).input.value).toBe('<img src=x onerror=alert(1)> AS (926 535 897)');
    expect(el.shadowRoot!.querySelector('img')).toBeNull();
  });
});

describe('options', () => {
  /** A unit in business in Oslo, shaped as the register answers it. */
  const enhet = (i: number, navn: string, extra: Partial<Enhet> = {}) =>
    ({
      organisasjonsnummer: String(910000000 + i),
      navn,
      organisasjonsform: { kode: 'AS', beskrivelse: 'Aksjeselskap' },
      forretningsadresse: { poststed: 'OSLO' },
      konkurs: false,
      underAvvikling: false,
      underTvangsavviklingEllerTvangsopplosning: false,
      ...extra,
    }) as Enhet;
  const kafes = Array.from({ length: 30 }, (_, i) => enhet(i + 1, `KAFE ${i + 1} AS`));
  /** A register of its own: a search answers with the units whose names hold the text, or all of them. */
  const registerOf = (units: Enhet[], filter = true): OrganisationLookupClient => ({
    searchEnheter: async ({ navn = '', size = 10 }) =>
      ({ enheter: units.filter((u) => !filter || u.navn.toLowerCase().includes(navn.toLowerCase())).slice(0, size) }) as never,
    getEnhet: () => Promise.reject(new Error('no lookups here')),
  });
  const withRegister = (client: OrganisationLookupClient) =>
    fixture<FellesOrganisationLookup>(
      html`<felles-organisation-lookup label="Virksomhet" debounce="0" max-results="30" .client=${client}></felles-organisation-lookup>`,
    );
  /** One more character at the end of the text, as a person types it. */
  async function press(el: FellesOrganisationLookup, char: string): Promise<void> {
    const { input } = parts(el);
    input.value += char;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: char, inputType: 'insertText' }));
    await el.updateComplete;
  }
  const nodesOf = (option: Element) => {
    const walker = document.createTreeWalker(option, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT | NodeFilter.SHOW_COMMENT);
    let nodes = 1;
    while (walker.nextNode()) nodes++;
    return nodes;
  };
  const marked = () => [...((CSS.highlights.get('felles-organisation-match') as Set<AbstractRange> | undefined) ?? [])].map((r) => r.toString());

  it('builds each option from at most five nodes, and one with a state from six, with name, state and facts in its text', async () => {
    const bankrupt = enhet(31, 'KAFE KONKURS AS', { konkurs: true });
    const el = await withRegister(registerOf([...kafes, bankrupt]));
    await type(el, 'kafe');
    await until(el, (p) => p.options.length === 30, '30 options');
    const { options } = parts(el);
    for (const option of options.slice(0, 29)) expect(nodesOf(option)).toBeLessThanOrEqual(5);
    expect(text(options[0])).toBe('KAFE 1 AS org.nr. 910 000 001 · Aksjeselskap · Oslo');
    await type(el, 'kafe konkurs');
    await until(el, (p) => p.options.length === 1, 'the bankrupt unit');
    const [stated] = parts(el).options;
    expect(nodesOf(stated!)).toBeLessThanOrEqual(6);
    expect(text(stated!.querySelector('.name'))).toBe('KAFE KONKURS AS Konkurs');
    expect(text(stated)).toBe('KAFE KONKURS AS Konkurs org.nr. 910 000 031 · Aksjeselskap · Oslo');
    expect(marked()).toEqual(['KAFE', 'KONKURS']);
  });

  it('keeps the option nodes of a list that a keystroke leaves unchanged, and of the units a narrowed list still shows', async () => {
    const el = await withRegister(registerOf(kafes, false));
    await type(el, 'kaf');
    await until(el, (p) => p.options.length === 30, '30 options');
    const before = parts(el).options;
    await press(el, 'e');
    await waitUntil(() => marked()[0] === 'KAFE', 'the same list, marked anew');
    expect(parts(el).options).toHaveLength(30);
    expect(parts(el).options.every((o, i) => o === before[i])).toBe(true);

    const narrowing = await withRegister(registerOf(kafes));
    await type(narrowing, 'kafe 1');
    await until(narrowing, (p) => p.options.length === 11, 'KAFE 1 and 10–19');
    const kept = parts(narrowing).options.filter((o) => text(o).startsWith('KAFE 1'));
    const { listbox } = parts(narrowing);
    const observer = new MutationObserver(() => {});
    observer.observe(listbox, { childList: true, subtree: true, characterData: true });
    await press(narrowing, '1');
    await until(narrowing, (p) => p.options.length === 1, 'KAFE 11');
    const records = observer.takeRecords();
    observer.disconnect();
    expect(records.flatMap((r) => [...r.addedNodes])).toHaveLength(0);
    expect(records.filter((r) => r.type === 'characterData' || r.target !== listbox)).toEqual([]);
    expect(parts(narrowing).options[0]).toBe(kept.find((o) => text(o).startsWith('KAFE 11 ')));
  });
});

describe('keyboard and mouse', () => {
  const activeName = (el: FellesOrganisationLookup) => {
    const id = parts(el).input.getAttribute('aria-activedescendant');
    return id ? text(el.shadowRoot!.getElementById(id)!.querySelector('.name')) : null;
  };

  it('moves with ArrowDown and ArrowUp and chooses with Enter: change, then felles-organisation-select with the unit', async () => {
    const el = await lookup();
    const events: string[] = [];
    let chosen: Organisation | undefined;
    el.addEventListener('change', () => events.push('change'));
    el.addEventListener('felles-organisation-select', (e) => {
      events.push('select');
      chosen = e.detail;
    });
    await type(el, 'kafe');
    await resultsShown(el);
    const count = parts(el).options.length;
    expect(count).toBeGreaterThan(2);
    await userEvent.keyboard('{ArrowDown}');
    const first = activeName(el);
    expect(parts(el).options[0]!.getAttribute('aria-selected')).toBe('true');
    await userEvent.keyboard('{ArrowDown}{ArrowUp}{ArrowUp}');
    expect(parts(el).options[count - 1]!.getAttribute('aria-selected')).toBe('true');
    await userEvent.keyboard('{ArrowDown}');
    expect(activeName(el)).toBe(first);
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(events).toEqual(['change', 'select']);
    expect(chosen!.navn).toBe(first);
    expect(chosen!.organisasjonsnummer).toMatch(/^\d{9}$/);
    expect(parts(el).input.value).toBe(`${first} (${groupOrgnr(chosen!.organisasjonsnummer)})`);
    expect(parts(el).input.getAttribute('aria-expanded')).toBe('false');
  });

  it('closes with Escape, and clears with a second Escape', async () => {
    const el = await lookup();
    await type(el, 'smakebiten');
    await resultsShown(el);
    await userEvent.keyboard('{Escape}');
    await el.updateComplete;
    expect(parts(el).input.getAttribute('aria-expanded')).toBe('false');
    expect(parts(el).input.value).toBe('smakebiten');
    await userEvent.keyboard('{Escape}');
    await el.updateComplete;
    expect(parts(el).input.value).toBe('');
  });

  it('Alt+ArrowDown opens without an active option, Home goes back to editing, Alt+ArrowUp closes', async () => {
    const el = await lookup();
    await type(el, 'smakebiten');
    await resultsShown(el);
    await userEvent.keyboard('{Escape}{Alt>}{ArrowDown}{/Alt}');
    await el.updateComplete;
    expect(parts(el).input.getAttribute('aria-expanded')).toBe('true');
    expect(activeName(el)).toBeNull();
    await userEvent.keyboard('{ArrowDown}');
    expect(activeName(el)).toBe('SMAKEBITEN KAFE AS');
    await userEvent.keyboard('{Home}');
    await el.updateComplete;
    expect(activeName(el)).toBeNull();
    await userEvent.keyboard('{Alt>}{ArrowUp}{/Alt}');
    await el.updateComplete;
    expect(parts(el).input.getAttribute('aria-expanded')).toBe('false');
    expect(parts(el).input.value).toBe('smakebiten');
  });

  it('chooses with a click, keeping focus in the field; Tab closes without choosing', async () => {
    const el = await lookup();
    await type(el, 'smakebiten');
    await resultsShown(el);
    await userEvent.click(parts(el).options[0]!);
    await el.updateComplete;
    expect(el.organisation?.organisasjonsnummer).toBe(units.restaurant);
    expect(el.shadowRoot!.activeElement).toBe(parts(el).input);
    await type(el, 'kafe');
    await resultsShown(el);
    await userEvent.keyboard('{ArrowDown}{Tab}');
    await el.updateComplete;
    expect(parts(el).input.getAttribute('aria-expanded')).toBe('false');
    expect(el.organisation).toBeNull();
  });
});

describe('sandbox faults: the right message, and a retry that works', () => {
  const cases = [
    ['500', 'Enhetsregisteret virker ikke akkurat nå.'],
    ['429', 'Mange søker nå. Vent litt og prøv igjen.'],
    ['malformed', 'Enhetsregisteret svarte med noe vi ikke forstod.'],
    ['shape', 'Enhetsregisteret svarte med noe vi ikke forstod.'],
  ] as const;
  for (const [fault, message] of cases) {
    it(fault, async () => {
      const errors: unknown[] = [];
      const onError = (e: Event) => errors.push(e);
      window.addEventListener('unhandledrejection', onError);
      try {
        await sandbox.fault(fault, 1);
        const el = await lookup();
        await type(el, 'smakebiten');
        await until(el, (p) => p.status?.classList.contains('error'), 'error');
        expect(text(parts(el).status)).toContain(message);
        await announced(message);
        await expectNoAxeViolations(el, `error ${fault}`);
        await userEvent.click(parts(el).retry!);
        await resultsShown(el);
        expect(text(parts(el).options[0])).toContain('SMAKEBITEN KAFE AS');
        expect(await sandbox.requests()).toBe(2);
        expect(errors).toEqual([]);
      } finally {
        window.removeEventListener('unhandledrejection', onError);
      }
    });
  }

  it('a timeout says the register could not be reached', async () => {
    await sandbox.fault('timeout', 1);
    const el = await lookup();
    await type(el, units.restaurant);
    await until(el, (p) => p.status?.classList.contains('error'), 'error', 15_000);
    expect(text(parts(el).status)).toContain('Fikk ikke kontakt med Enhetsregisteret.');
  }, 20_000);
});

describe('forms', () => {
  it('submits the organisation number under name and the name under name.navn', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <felles-organisation-lookup name="virksomhet" label="Virksomhet" endpoint=${endpoint} debounce="20"></felles-organisation-lookup>
      </form>`,
    );
    const el = form.querySelector('felles-organisation-lookup')!;
    expect([...new FormData(form)]).toEqual([]);
    await type(el, 'smakebiten');
    await resultsShown(el);
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await el.updateComplete;
    expect([...new FormData(form)]).toEqual([
      ['virksomhet', units.restaurant],
      ['virksomhet.navn', 'SMAKEBITEN KAFE AS'],
    ]);
  });

  it('required: valueMissing with a message shown and described-by; typed but not chosen: choose from the list', async () => {
    const el = await fixture<FellesOrganisationLookup>(
      html`<felles-organisation-lookup name="v" label="Virksomhet" hint="Navn" required endpoint=${endpoint}></felles-organisation-lookup>`,
    );
    expect(el.validity.valueMissing).toBe(true);
    expect(el.reportValidity()).toBe(false);
    await el.updateComplete;
    expect(text(parts(el).message)).toBe('Du må fylle ut dette feltet.');
    expect(parts(el).input.getAttribute('aria-describedby')).toBe('hint message');
    expect(parts(el).input.getAttribute('aria-invalid')).toBe('true');
    await type(el, 'smakebiten');
    expect(el.validity.typeMismatch).toBe(true);
    expect(el.validationMessage).toBe('Velg en virksomhet fra listen.');
    await expectNoAxeViolations(el, 'invalid');
  });

  it('form.reset() empties the field', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><felles-organisation-lookup name="v" label="Virksomhet" endpoint=${endpoint} debounce="20"></felles-organisation-lookup></form>`,
    );
    const el = form.querySelector('felles-organisation-lookup')!;
    await type(el, 'smakebiten');
    await resultsShown(el);
    await userEvent.keyboard('{ArrowDown}{Enter}');
    form.reset();
    await el.updateComplete;
    expect(parts(el).input.value).toBe('');
    expect(el.organisation).toBeNull();
    expect([...new FormData(form)]).toEqual([]);
  });

  it('disabled: not submitted, not focusable, no search', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><felles-organisation-lookup name="v" label="Virksomhet" disabled endpoint=${endpoint}></felles-organisation-lookup></form>`,
    );
    const el = form.querySelector('felles-organisation-lookup')!;
    el.organisation = { organisasjonsnummer: units.restaurant, navn: 'SMAKEBITEN KAFE AS', status: 'active' };
    await el.updateComplete;
    expect(parts(el).input.disabled).toBe(true);
    expect([...new FormData(form)]).toEqual([]);
  });

  it('disables its no-JavaScript fallback once defined, so nothing is submitted twice', async () => {
    // Built the way a server writes it: the fallback input in the light DOM.
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <felles-organisation-lookup name="v" label="Virksomhet" endpoint=${endpoint}
          ><label>Virksomhet <input name="v" value="" /></label
        ></felles-organisation-lookup>
      </form>`,
    );
    const fallback = form.querySelector<HTMLInputElement>('input[name="v"]')!;
    expect(fallback.disabled).toBe(true);
    expect([...new FormData(form)]).toEqual([]);
  });
});

describe('language', () => {
  it('speaks English under lang="en", Nynorsk under its own lang="nn", and Sámi falls back to Bokmål where not translated', async () => {
    const container = await fixture<HTMLElement>(
      html`<div lang="en"><felles-organisation-lookup label="Organisation" endpoint=${endpoint} debounce="20"></felles-organisation-lookup></div>`,
    );
    const el = container.querySelector('felles-organisation-lookup')!;
    await type(el, 'smakebiten');
    await resultsShown(el);
    await announced('1 result');
    expect(text(parts(el).options[0])).toContain('org. no. 926 535 897');
    await type(el, '926535898');
    expect(text(parts(el).status)).toBe('926 535 898 is not a valid organisation number. Check the digits.');
    el.setAttribute('lang', 'nn');
    await waitUntil(() => text(parts(el).status).includes('ikkje'), 'Nynorsk');
    el.setAttribute('lang', 'se');
    await waitUntil(() => text(parts(el).status).includes('er ikke et gyldig'), 'Bokmål where Sámi has no text');
  });
});

describe('live region', () => {
  it('inside a page’s open modal dialog, what it found is announced where a screen reader hears it', async () => {
    const dialog = document.createElement('dialog');
    dialog.setAttribute('aria-label', 'Velg virksomhet');
    document.body.append(dialog);
    try {
      dialog.innerHTML = `<felles-organisation-lookup label="Virksomhet" endpoint="${endpoint}" debounce="20"></felles-organisation-lookup>`;
      dialog.showModal();
      const el = dialog.querySelector('felles-organisation-lookup')!;
      await el.updateComplete;
      await type(el, 'smakebiten');
      await waitForExposedAnnouncement('1 treff', 8000);
      await type(el, '926535898');
      await waitForExposedAnnouncement('926 535 898 er ikke et gyldig organisasjonsnummer. Sjekk sifrene.', 8000);
    } finally {
      dialog.close();
      dialog.remove();
    }
  });

  it('announces in the language the text is in', async () => {
    const container = await fixture<HTMLElement>(
      html`<div lang="en"><felles-organisation-lookup label="Organisation" endpoint=${endpoint} debounce="20"></felles-organisation-lookup></div>`,
    );
    const el = container.querySelector('felles-organisation-lookup')!;
    await type(el, 'xyzzyqwerty');
    await announced('No results');
    expect(announcerRegion().getAttribute('lang')).toBe('en');
  });
});
