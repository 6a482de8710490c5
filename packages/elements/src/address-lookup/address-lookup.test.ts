import { html } from 'lit';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { accessibilityTree } from '../../test/ax.js';
import { axeViolations, describeViolations } from '../../test/axe.js';
import { cleanup, fixture, settle, sleep, waitUntil } from '../../test/fixture.js';
import { announcerRegion } from '../internal/live-region.js';
import type { Address, AddressSource, FellesAddressLookup } from './index.js';
import './define.js';

const origin = inject('sandboxOrigin');
const endpoint = `${origin}/adresser/v1`;

const sandbox = {
  requests: async () => ((await (await fetch(`${origin}/__sandbox/requests`)).json()) as Record<string, number>).adresser ?? 0,
  resetRequests: () => fetch(`${origin}/__sandbox/requests`, { method: 'DELETE' }),
  fault: (fault: string, count = 1) =>
    fetch(`${origin}/__sandbox/faults`, { method: 'POST', body: JSON.stringify({ service: 'adresser', fault, count }) }),
  clearFaults: () => fetch(`${origin}/__sandbox/faults`, { method: 'DELETE' }),
};

const parts = (el: FellesAddressLookup) => {
  const root = el.shadowRoot!;
  return {
    input: root.querySelector('input')!,
    listbox: root.querySelector<HTMLElement>('[role="listbox"]')!,
    popup: root.querySelector<HTMLElement>('.popup')!,
    options: [...root.querySelectorAll<HTMLElement>('[role="option"]')],
    status: root.querySelector<HTMLElement>('.status'),
    retry: root.querySelector<HTMLButtonElement>('button'),
    message: root.querySelector<HTMLElement>('.message'),
  };
};

/** Types like a person: one character at a time, `perSecond` characters a second, each an input event. */
async function type(el: FellesAddressLookup, text: string, perSecond = 20): Promise<void> {
  const input = parts(el).input;
  input.focus();
  // Keystrokes keep to a clock, so a late timer on a busy machine does not stretch the pauses between them.
  const start = performance.now();
  for (const [i, char] of [...text].entries()) {
    input.value += char;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: char, inputType: 'insertText' }));
    await sleep(Math.max(0, start + ((i + 1) * 1000) / perSecond - performance.now()));
  }
}

async function replaceText(el: FellesAddressLookup, text: string): Promise<void> {
  const input = parts(el).input;
  input.value = '';
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await type(el, text, 1000);
}

const until = (el: FellesAddressLookup, check: (p: ReturnType<typeof parts>) => unknown, what: string, timeout = 5000) =>
  waitUntil(() => check(parts(el)), what, timeout);

const resultsShown = (el: FellesAddressLookup) =>
  until(el, (p) => p.options.length > 0 && p.input.getAttribute('aria-expanded') === 'true', 'results');

/** The highlighted parts of an option: Custom Highlight ranges where the browser has them, else <mark>s. */
function matches(option: HTMLElement): string[] {
  const marked = CSS.highlights?.get('felles-address-match');
  if (!marked) return [...option.querySelectorAll('mark')].map((m) => m.textContent!);
  return [...(marked as Set<AbstractRange>)]
    .filter((range) => option.contains(range.startContainer))
    .sort((a, b) => a.startOffset - b.startOffset)
    .map((range) => (range.startContainer.textContent ?? '').slice(range.startOffset, range.endOffset));
}

async function expectNoAxeViolations(el: Element, state: string): Promise<void> {
  const violations = await axeViolations(el);
  expect(violations, `${state}: ${describeViolations(violations)}`).toEqual([]);
}

/** An address like Kartverket's, for tests that bring their own `source`. */
function fake(adressetekst: string, extra: Partial<Address> = {}): Address {
  return {
    adressekode: 1,
    adressenavn: adressetekst.replace(/\s\d.*$/, ''),
    adressetekst,
    adressetekstutenadressetilleggsnavn: adressetekst,
    adressetilleggsnavn: null,
    bokstav: '',
    bruksenhetsnummer: [],
    bruksnummer: 1,
    festenummer: 0,
    gardsnummer: 1,
    kommunenavn: 'OSLO',
    kommunenummer: '0301',
    nummer: 1,
    objtype: 'Vegadresse',
    oppdateringsdato: '2024-01-01T00:00:00',
    postnummer: '0150',
    poststed: 'OSLO',
    representasjonspunkt: { epsg: 'EPSG:4258', lat: 59.91, lon: 10.75 },
    stedfestingverifisert: true,
    undernummer: null,
    ...extra,
  };
}

const lookup = () =>
  fixture<FellesAddressLookup>(html`<felles-address-lookup label="Adresse" endpoint=${endpoint} debounce="60"></felles-address-lookup>`);

beforeEach(async () => {
  // The language comes from <html lang> when nothing nearer says otherwise.
  document.documentElement.lang = 'nb';
  await sandbox.clearFaults();
  await sandbox.resetRequests();
});
afterEach(() => cleanup());

describe('ARIA combobox pattern', () => {
  it('has an input with role combobox, its listbox in the same shadow root and the label as accessible name', async () => {
    const el = await lookup();
    const { input, listbox } = parts(el);
    expect(input.getAttribute('role')).toBe('combobox');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(input.getAttribute('aria-autocomplete')).toBe('list');
    expect(el.shadowRoot!.getElementById(input.getAttribute('aria-controls')!)).toBe(listbox);
    expect(listbox.getAttribute('role')).toBe('listbox');
    expect(input.labels?.[0]?.textContent?.trim()).toBe('Adresse');
    await expectNoAxeViolations(el, 'empty');
  });

  it('takes its name from a slotted label too', async () => {
    const el = await fixture<FellesAddressLookup>(
      html`<felles-address-lookup endpoint=${endpoint}><span slot="label">Adresse for <b>lokalet</b></span></felles-address-lookup>`,
    );
    await expectNoAxeViolations(el, 'slotted label');
  });
});

describe('searching the sandbox', () => {
  it('shows addresses with postal code, post town and municipality, the match highlighted as text', async () => {
    const el = await lookup();
    await type(el, 'myrvollveien 5c');
    await resultsShown(el);
    const { options, input, listbox } = parts(el);
    const option = options.find((o) => o.textContent!.includes('Myrvollveien 5C'))!;
    expect(option.textContent!.replace(/\s+/g, ' ').trim()).toBe('Myrvollveien 5C 1415 Oppegård, Nordre Follo kommune');
    expect(matches(option)).toEqual(['Myrvollveien', '5C']);
    expect(options.every((o) => o.getAttribute('aria-selected') === 'false')).toBe(true);
    expect(listbox.hidden).toBe(false);
    expect(input.getAttribute('aria-expanded')).toBe('true');
    await waitUntil(() => announcerRegion().textContent === `${options.length} treff`, 'announcement of the count');
    await expectNoAxeViolations(el, 'results');
  });

  it('builds each option from five nodes, with the second line and a space before the postcode in its name', async () => {
    const many = Array.from({ length: 1000 }, (_, i) => fake(`Storgata ${i + 1}`));
    const source: AddressSource = async (query) => many.filter((a) => a.adressetekst.toLowerCase().startsWith(query.replace('*', '')));
    const el = await fixture<FellesAddressLookup>(
      html`<felles-address-lookup label="Adresse" debounce="0" max-results="1000" .source=${source}></felles-address-lookup>`,
    );
    await type(el, 'storgata', 1000);
    await until(el, (p) => p.options.length === 1000, '1,000 options');
    const { listbox, options } = parts(el);
    const walker = document.createTreeWalker(listbox, NodeFilter.SHOW_ALL);
    let nodes = 0;
    while (walker.nextNode()) nodes++;
    // Five: the <li>, the street's text, a <br>, the second line's <span> and its text.
    expect(nodes / options.length).toBeLessThanOrEqual(5);
    expect(options[0]!.textContent).toBe('Storgata 1 0150 Oslo, Oslo kommune');
    expect(matches(options[0]!)).toEqual(['Storgata']);
    // Every option has its whole name in the accessibility tree, also those scrolled out of the popup.
    const named = (await accessibilityTree()).filter((node) => node.role?.value === 'option').map((node) => String(node.name?.value));
    expect(named).toHaveLength(1000);
    expect(named[999]).toBe(options[999]!.textContent);

    // One more character: the rows still shown keep their nodes, only the ones left out go.
    const kept = options.filter((o) => o.textContent!.startsWith('Storgata 1'));
    const observer = new MutationObserver(() => {});
    observer.observe(listbox, { childList: true, subtree: true, characterData: true });
    await type(el, ' 1', 1000);
    await until(el, (p) => p.options.length === kept.length && p.options.length < 1000, 'the narrowed list');
    const records = observer.takeRecords();
    observer.disconnect();
    expect(records.filter((r) => r.type === 'characterData' || r.target !== listbox)).toEqual([]);
    expect(records.flatMap((r) => [...r.addedNodes])).toHaveLength(0);
    expect(parts(el).options.every((o, i) => o === kept[i])).toBe(true);
    expect(matches(parts(el).options[0]!)).toEqual(['Storgata', '1']);
  });

  it('keeps every option when one more character gives the same addresses: at most six nodes each, none replaced', async () => {
    const streets = Array.from({ length: 50 }, (_, i) => fake(`Storgata ${i + 1}`));
    const source: AddressSource = async () => streets;
    const el = await fixture<FellesAddressLookup>(
      html`<felles-address-lookup label="Adresse" debounce="0" max-results="50" .source=${source}></felles-address-lookup>`,
    );
    await type(el, 'stor', 1000);
    await until(el, (p) => p.options.length === 50, '50 options');
    const before = parts(el).options;
    for (const option of before) {
      const walker = document.createTreeWalker(option, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT | NodeFilter.SHOW_COMMENT);
      let nodes = 1;
      while (walker.nextNode()) nodes++;
      expect(nodes).toBeLessThanOrEqual(6);
    }
    await type(el, 'g', 1000);
    await until(el, (p) => p.options.length === 50 && matches(p.options[0]!).join() === 'Storg', 'the same list, marked anew');
    expect(parts(el).options.every((o, i) => o === before[i])).toBe(true);
  });

  it('searches at once when debounce is 0, with no timer tick', async () => {
    const queries: string[] = [];
    const source: AddressSource = async (query) => {
      queries.push(query);
      return [fake('Storgata 1')];
    };
    const el = await fixture<FellesAddressLookup>(
      html`<felles-address-lookup label="Adresse" debounce="0" .source=${source}></felles-address-lookup>`,
    );
    const { input } = parts(el);
    input.focus();
    input.value = 'sto';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: 'sto', inputType: 'insertText' }));
    // Microtasks only: a search waiting on setTimeout(…, 0) has not started yet.
    for (let i = 0; i < 10; i++) await Promise.resolve();
    expect(queries).toHaveLength(1);
  });

  it('leaves nothing of itself in the page-wide highlight when it is removed, so it can be collected', async () => {
    const el = await lookup();
    await type(el, 'Storgata', 1000);
    await resultsShown(el);
    const marked = CSS.highlights?.get('felles-address-match') as Set<AbstractRange> | undefined;
    if (!marked) return;
    const inside = () => [...marked].filter((range) => el.shadowRoot!.contains(range.startContainer)).length;
    expect(inside()).toBeGreaterThan(0);
    el.remove();
    expect(inside()).toBe(0);
  });

  it("names each option with a space between the street and the postcode in Chromium's accessibility tree", async () => {
    const el = await lookup();
    await type(el, 'storgata 1', 1000);
    await resultsShown(el);
    let names: string[] = [];
    for (const start = performance.now(); !names.length && performance.now() - start < 3000;) {
      names = (await accessibilityTree()).filter((node) => node.role?.value === 'option').map((node) => String(node.name?.value));
    }
    expect(names.length).toBe(parts(el).options.length);
    // "Storgata 1 0155 Oslo, Oslo kommune", never "Storgata 1 0155Oslo" or "Storgata 10155 Oslo".
    for (const name of names) expect(name).toMatch(/^\D+ \d+[A-Z]? \d{4} [^\s\d][^,]*, .+$/);
  });

  it('sends at most 3 requests for 18 characters typed at 8 per second', async () => {
    const el = await fixture<FellesAddressLookup>(html`<felles-address-lookup label="Adresse" endpoint=${endpoint}></felles-address-lookup>`);
    const text = 'myrvollveien 5c ko';
    expect(text).toHaveLength(18);
    await type(el, 'myrvollveien 5c ko', 8);
    await sleep(400);
    const count = await sandbox.requests();
    console.log(`18 characters at 8 per second: ${count} request(s) to the sandbox`);
    expect(count).toBeGreaterThanOrEqual(1);
    expect(count).toBeLessThanOrEqual(3);
  });

  it('sends no request for a query it has answered before', async () => {
    const el = await lookup();
    await type(el, 'myrvollveien');
    await resultsShown(el);
    const before = await sandbox.requests();
    await replaceText(el, 'kirkeveien');
    await resultsShown(el);
    await replaceText(el, 'myrvollveien');
    await sleep(200);
    await resultsShown(el);
    expect(await sandbox.requests()).toBe(before + 1);
    expect(parts(el).options[0]!.textContent).toContain('Myrvollveien');
  });

  it('waits for min-chars before searching', async () => {
    const el = await fixture<FellesAddressLookup>(
      html`<felles-address-lookup label="Adresse" endpoint=${endpoint} debounce="20" min-chars="4"></felles-address-lookup>`,
    );
    await type(el, 'myr');
    await sleep(150);
    expect(await sandbox.requests()).toBe(0);
    expect(parts(el).popup.hidden).toBe(true);
    await type(el, 'v');
    await resultsShown(el);
    expect(await sandbox.requests()).toBe(1);
  });

  it('limits the search to a municipality', async () => {
    // A street of Oslo, taken from the sandbox, so the test does not depend on which names were generated.
    const oslo = await (await fetch(`${endpoint}/sok?kommunenummer=0301&treffPerSide=1`)).json();
    const street = (oslo.adresser[0].adressenavn as string).slice(0, 5).toLowerCase();
    const el = await fixture<FellesAddressLookup>(
      html`<felles-address-lookup label="Adresse" endpoint=${endpoint} debounce="20" kommunenummer="0301" max-results="20"></felles-address-lookup>`,
    );
    await type(el, street);
    await resultsShown(el);
    const { options } = parts(el);
    expect(options.length).toBeGreaterThan(0);
    expect(options.length).toBeLessThanOrEqual(20);
    expect(options.every((o) => o.textContent!.includes('Oslo kommune'))).toBe(true);
  });

  it('says so when nothing matches', async () => {
    const el = await lookup();
    await type(el, 'qqqxyzzy');
    await until(el, (p) => p.status?.textContent?.includes('Ingen treff'), 'no results');
    expect(parts(el).input.getAttribute('aria-expanded')).toBe('false');
    await waitUntil(() => announcerRegion().textContent === 'Ingen treff', 'announcement');
    await expectNoAxeViolations(el, 'no results');
  });
});

describe('stale and cancelled searches', () => {
  it('aborts the request in flight when the text changes', async () => {
    const signals: AbortSignal[] = [];
    const source: AddressSource = (_q, { signal }) => {
      signals.push(signal);
      return new Promise((resolve) => setTimeout(() => resolve([fake('Storgata 1')]), 300));
    };
    const el = await fixture<FellesAddressLookup>(
      html`<felles-address-lookup label="Adresse" debounce="20" .source=${source}></felles-address-lookup>`,
    );
    await type(el, 'stor', 1000);
    await sleep(60);
    expect(parts(el).status?.textContent).toContain('Søker');
    await expectNoAxeViolations(el, 'searching');
    await type(el, 'g');
    await sleep(60);
    expect(signals).toHaveLength(2);
    expect(signals[0]!.aborted).toBe(true);
    expect(signals[1]!.aborted).toBe(false);
  });

  it('ignores a slow older answer that arrives after a newer one', async () => {
    const source: AddressSource = (query) =>
      query === 'stor'
        ? new Promise((resolve) => setTimeout(() => resolve([fake('Storgata 1 (old)')]), 400))
        : Promise.resolve([fake('Storgata 2 (new)')]);
    const el = await fixture<FellesAddressLookup>(
      html`<felles-address-lookup label="Adresse" debounce="20" .source=${source}></felles-address-lookup>`,
    );
    await type(el, 'stor');
    await sleep(60);
    await type(el, 'g');
    await resultsShown(el);
    expect(parts(el).options[0]!.textContent).toContain('(new)');
    await sleep(500);
    expect(parts(el).options.map((o) => o.textContent)).toEqual([expect.stringContaining('(new)')]);
  });

  it('shows an address containing HTML as text', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const source: AddressSource = async () => [fake(`${evil} 1`, { poststed: evil, kommunenavn: '<script>x</script>' })];
    const el = await fixture<FellesAddressLookup>(
      html`<felles-address-lookup label="Adresse" debounce="20" .source=${source}></felles-address-lookup>`,
    );
    await type(el, 'img');
    await resultsShown(el);
    const option = parts(el).options[0]!;
    expect(el.shadowRoot!.querySelector('img, script')).toBeNull();
    expect(option.textContent).toContain(evil);
    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(parts(el).input.value).toBe(`${evil} 1, 0150 ${evil}`);
    expect(el.shadowRoot!.querySelector('img')).toBeNull();
  });
});

describe('keyboard and mouse', () => {
  let el: FellesAddressLookup;
  beforeEach(async () => {
    const source: AddressSource = async () => [fake('Storgata 1'), fake('Storgata 2'), fake('Storgata 3')];
    el = await fixture<FellesAddressLookup>(html`<felles-address-lookup label="Adresse" debounce="20" .source=${source}></felles-address-lookup>`);
    await type(el, 'storgata');
    await resultsShown(el);
  });

  const active = () => {
    const id = parts(el).input.getAttribute('aria-activedescendant');
    return id ? el.shadowRoot!.getElementById(id)?.textContent?.trim().split(/\s+/).slice(0, 2).join(' ') : null;
  };

  it('moves with ArrowDown and ArrowUp, wrapping, and marks the active option selected', async () => {
    expect(active()).toBeNull();
    await userEvent.keyboard('{ArrowDown}');
    expect(active()).toBe('Storgata 1');
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(active()).toBe('Storgata 3');
    expect(parts(el).options.map((o) => o.getAttribute('aria-selected'))).toEqual(['false', 'false', 'true']);
    await userEvent.keyboard('{ArrowDown}');
    expect(active()).toBe('Storgata 1');
    await userEvent.keyboard('{ArrowUp}');
    expect(active()).toBe('Storgata 3');
    await expectNoAxeViolations(el, 'active option');
  });

  it('selects with Enter: change, felles-address-select, the address in the field', async () => {
    const events: string[] = [];
    let detail: Address | undefined;
    el.addEventListener('change', () => events.push('change'));
    el.addEventListener('felles-address-select', (e) => {
      events.push('select');
      detail = e.detail;
    });
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    await settle();
    expect(events).toEqual(['change', 'select']);
    expect(detail?.adressetekst).toBe('Storgata 2');
    expect(el.address).toBe(detail);
    expect(el.value).toBe('Storgata 2, 0150 OSLO');
    expect(parts(el).input.value).toBe('Storgata 2, 0150 OSLO');
    expect(parts(el).input.getAttribute('aria-expanded')).toBe('false');
    expect(parts(el).input.hasAttribute('aria-activedescendant')).toBe(false);
    await expectNoAxeViolations(el, 'selected');
  });

  it('closes with Escape, and clears with a second Escape', async () => {
    await userEvent.keyboard('{Escape}');
    expect(parts(el).input.getAttribute('aria-expanded')).toBe('false');
    expect(el.value).toBe('storgata');
    await userEvent.keyboard('{Escape}');
    expect(el.value).toBe('');
    expect(parts(el).input.value).toBe('');
  });

  it('opens with Alt+ArrowDown without choosing, and ArrowUp opens on the last', async () => {
    await userEvent.keyboard('{Escape}');
    await userEvent.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(parts(el).input.getAttribute('aria-expanded')).toBe('true');
    expect(active()).toBeNull();
    await userEvent.keyboard('{Escape}{ArrowUp}');
    expect(active()).toBe('Storgata 3');
  });

  it('leaves Home and End to the text', async () => {
    const input = parts(el).input;
    await userEvent.keyboard('{Home}');
    expect(input.selectionStart).toBe(0);
    await userEvent.keyboard('{End}');
    expect(input.selectionStart).toBe('storgata'.length);
    expect(parts(el).input.getAttribute('aria-expanded')).toBe('true');
  });

  it('closes with Alt+ArrowUp, keeping the text', async () => {
    await userEvent.keyboard('{ArrowDown}{Alt>}{ArrowUp}{/Alt}');
    await el.updateComplete;
    expect(parts(el).input.getAttribute('aria-expanded')).toBe('false');
    expect(el.value).toBe('storgata');
  });

  it('closes with Enter when no option is active, keeping the text', async () => {
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(parts(el).input.getAttribute('aria-expanded')).toBe('false');
    expect(el.value).toBe('storgata');
  });

  it('Home, End, Left and Right go back to editing: the active option is cleared, so Enter chooses nothing', async () => {
    for (const key of ['{Home}', '{End}', '{ArrowLeft}', '{ArrowRight}']) {
      await userEvent.keyboard(`{ArrowDown}${key}`);
      await el.updateComplete;
      expect(active(), key).toBeNull();
    }
    await userEvent.keyboard('{ArrowDown}{Home}{ArrowRight}{Enter}');
    await settle();
    expect(el.address).toBeNull();
    expect(parts(el).input.selectionStart).toBe(1);
  });

  it('Tab leaves the field and closes the list without choosing', async () => {
    await userEvent.keyboard('{ArrowDown}');
    await userEvent.tab();
    await settle();
    expect(parts(el).input.getAttribute('aria-expanded')).toBe('false');
    expect(el.address).toBeNull();
  });

  it('selects with a click', async () => {
    await userEvent.click(parts(el).options[2]!);
    expect(el.address?.adressetekst).toBe('Storgata 3');
    expect(parts(el).input.getAttribute('aria-expanded')).toBe('false');
  });
});

describe('sandbox faults: the right message, and a retry that works', () => {
  const cases = [
    ['500', 'Adressesøket virker ikke akkurat nå.'],
    ['429', 'Mange søker nå. Vent litt og prøv igjen.'],
    ['malformed', 'Adressesøket svarte med noe vi ikke forstod.'],
    ['shape', 'Adressesøket svarte med noe vi ikke forstod.'],
  ] as const;
  for (const [fault, message] of cases) {
    it(`${fault}`, async () => {
      const errors: unknown[] = [];
      const onError = (e: Event) => errors.push(e);
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onError);
      try {
        await sandbox.fault(fault, 1);
        const el = await lookup();
        await type(el, 'myrvollveien 5c');
        await until(el, (p) => p.status?.classList.contains('error'), 'error');
        expect(parts(el).status!.textContent).toContain(message);
        await waitUntil(() => announcerRegion().textContent === message, 'announced error');
        await expectNoAxeViolations(el, `error ${fault}`);
        expect(await sandbox.requests()).toBe(1);
        await userEvent.click(parts(el).retry!);
        await resultsShown(el);
        expect(parts(el).options[0]!.textContent).toContain('Myrvollveien 5C');
        expect(await sandbox.requests()).toBe(2);
        expect(errors).toEqual([]);
      } finally {
        window.removeEventListener('error', onError);
        window.removeEventListener('unhandledrejection', onError);
      }
    });
  }

  it('a network failure says so too', async () => {
    // Chromium quietly retries a GET once when a reused connection is reset, so fail it twice.
    await sandbox.fault('network', 2);
    const el = await lookup();
    await type(el, 'myrvollveien 5c');
    await until(el, (p) => p.status?.classList.contains('error'), 'error');
    expect(parts(el).status!.textContent).toContain('Fikk ikke kontakt med adressesøket.');
  });
});

describe('forms', () => {
  const source: AddressSource = async () => [
    fake('Myrvollveien 5C', {
      postnummer: '1415',
      poststed: 'OPPEGÅRD',
      kommunenummer: '3207',
      kommunenavn: 'NORDRE FOLLO',
      adressekode: 25440,
      nummer: 5,
      bokstav: 'C',
      representasjonspunkt: { epsg: 'EPSG:4258', lat: 59.785, lon: 10.7993 },
    }),
  ];

  it('submits the text and its parts under name.*', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><felles-address-lookup name="adresse" label="Adresse" debounce="20" .source=${source}></felles-address-lookup></form>`,
    );
    const el = form.querySelector('felles-address-lookup')!;
    await type(el, 'myrv');
    await resultsShown(el);
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await settle();
    expect(Object.fromEntries(new FormData(form))).toEqual({
      adresse: 'Myrvollveien 5C, 1415 OPPEGÅRD',
      'adresse.postnummer': '1415',
      'adresse.poststed': 'OPPEGÅRD',
      'adresse.kommunenummer': '3207',
      'adresse.adressekode': '25440',
      'adresse.nummer': '5',
      'adresse.bokstav': 'C',
      'adresse.lat': '59.785',
      'adresse.lon': '10.7993',
    });
    expect(form.checkValidity()).toBe(true);
  });

  it('required: valueMissing with a localized message, shown and accessible', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><felles-address-lookup name="adresse" label="Adresse" required .source=${source}></felles-address-lookup></form>`,
    );
    const el = form.querySelector('felles-address-lookup')!;
    expect(el.validity.valueMissing).toBe(true);
    expect(el.validationMessage).toBe('Du må fylle ut dette feltet.');
    expect(form.checkValidity()).toBe(false);
    await settle();
    const { input, message } = parts(el);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(message?.textContent).toBe('Du må fylle ut dette feltet.');
    expect(input.getAttribute('aria-describedby')).toBe('message');
    await expectNoAxeViolations(el, 'required error');
  });

  it('the described-by message follows the value at once, in the page language', async () => {
    document.documentElement.lang = 'en';
    const form = await fixture<HTMLFormElement>(
      html`<form><felles-address-lookup name="adresse" label="Address" required .source=${source}></felles-address-lookup></form>`,
    );
    const el = form.querySelector('felles-address-lookup')!;
    // The English texts load at the first update; wait for them, then show the error as a submit would.
    await waitUntil(() => el.validationMessage === 'Please fill in this field.', 'English texts');
    form.checkValidity();
    await el.updateComplete;
    const described = () => {
      const { input } = parts(el);
      return el.shadowRoot!.getElementById(input.getAttribute('aria-describedby') ?? '')?.textContent;
    };
    expect(described()).toBe('Please fill in this field.');
    const { input } = parts(el);
    input.focus();
    input.value = 'S';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: 'S', inputType: 'insertText' }));
    await el.updateComplete;
    expect(described()).toBe('Choose an address from the list.');
  });

  it('typed text not chosen is invalid, unless allow-free-text', async () => {
    const el = await fixture<FellesAddressLookup>(html`<felles-address-lookup name="a" label="Adresse" .source=${source}></felles-address-lookup>`);
    await type(el, 'Et sted på landet');
    expect(el.validity.typeMismatch).toBe(true);
    expect(el.validationMessage).toBe('Velg en adresse fra listen.');
    el.allowFreeText = true;
    await settle();
    expect(el.validity.valid).toBe(true);
  });

  it('form.reset() restores the initial value', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><felles-address-lookup name="adresse" label="Adresse" value="Storgata 1, 0150 OSLO" allow-free-text debounce="20" .source=${source}></felles-address-lookup></form>`,
    );
    const el = form.querySelector('felles-address-lookup')!;
    await replaceText(el, 'myrv');
    await resultsShown(el);
    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(el.address).not.toBeNull();
    form.reset();
    await settle();
    expect(el.value).toBe('Storgata 1, 0150 OSLO');
    expect(el.address).toBeNull();
    expect(parts(el).input.value).toBe('Storgata 1, 0150 OSLO');
    expect(new FormData(form).get('adresse')).toBe('Storgata 1, 0150 OSLO');
  });

  it('an address set as a property fills the field and the form', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><felles-address-lookup name="adresse" label="Adresse"></felles-address-lookup></form>`);
    const el = form.querySelector('felles-address-lookup')!;
    el.address = (await source('', { signal: new AbortController().signal, maxResults: 1 }))[0]!;
    await settle();
    expect(parts(el).input.value).toBe('Myrvollveien 5C, 1415 OPPEGÅRD');
    expect(new FormData(form).get('adresse.kommunenummer')).toBe('3207');
  });

  it('disabled: not submitted, not focusable, no search; readonly: submitted, no search', async () => {
    let calls = 0;
    const counting: AddressSource = async (...args) => {
      calls++;
      return source(...args);
    };
    const form = await fixture<HTMLFormElement>(html`<form>
      <felles-address-lookup name="a" label="A" value="Storgata 1" allow-free-text disabled .source=${counting}></felles-address-lookup>
      <felles-address-lookup name="b" label="B" value="Storgata 2" allow-free-text readonly debounce="10" .source=${counting}></felles-address-lookup>
    </form>`);
    const [disabled, readonly] = [...form.querySelectorAll('felles-address-lookup')];
    expect(parts(disabled!).input.disabled).toBe(true);
    expect(parts(readonly!).input.readOnly).toBe(true);
    expect([...new FormData(form).keys()]).toEqual(['b']);
    parts(readonly!).input.focus();
    await userEvent.keyboard('abc{ArrowDown}');
    await sleep(50);
    expect(calls).toBe(0);
    await expectNoAxeViolations(form, 'disabled and readonly');
  });

  it('fires input while typing, and input then change when an address is chosen or the field cleared', async () => {
    const el = await fixture<FellesAddressLookup>(
      html`<felles-address-lookup label="Adresse" debounce="20" .source=${source}></felles-address-lookup>`,
    );
    const events: string[] = [];
    for (const type of ['input', 'change']) el.addEventListener(type, () => events.push(`${type}:${el.value}`));
    await type(el, 'abcd', 100);
    expect(events).toEqual(['input:a', 'input:ab', 'input:abc', 'input:abcd']);
    await resultsShown(el);
    events.length = 0;
    parts(el).options[0]!.click();
    expect(events).toEqual([`input:${el.value}`, `change:${el.value}`]);
    expect(el.value).not.toBe('abcd');
    events.length = 0;
    parts(el).input.focus();
    await userEvent.keyboard('{Escape}');
    expect(events).toEqual(['input:', 'change:']);
  });
});

describe('in a real form', () => {
  const none: AddressSource = async () => [];
  /** A form whose submit button sits right under the field, where the popup opens. */
  const form = (freeText = false) =>
    fixture<HTMLFormElement>(html`<form @submit=${(event: Event) => event.preventDefault()}>
      <felles-address-lookup name="adresse" label="Adresse" debounce="20" ?allow-free-text=${freeText} .source=${none}></felles-address-lookup>
      <button type="submit">Send</button>
    </form>`);

  it('"Ingen treff" does not stand in the way: a click on the submit button under it submits', async () => {
    const f = await form(true);
    const el = f.querySelector('felles-address-lookup')!;
    const submits: SubmitEvent[] = [];
    f.addEventListener('submit', (event) => submits.push(event as SubmitEvent));
    await type(el, 'qqqqq', 1000);
    await until(el, (p) => p.status?.textContent?.includes('Ingen treff') && !p.popup.hidden, '"Ingen treff"');
    const popup = parts(el).popup.getBoundingClientRect();
    const submit = f.querySelector('button')!;
    expect(popup.bottom).toBeGreaterThan(submit.getBoundingClientRect().top);
    await userEvent.click(submit, { timeout: 2000 } as never);
    await settle();
    expect(submits).toHaveLength(1);
    expect(parts(el).popup.hidden).toBe(true);
  });

  it('opens no popup for a search that ends after focus has left the field', async () => {
    const f = await form();
    const el = f.querySelector('felles-address-lookup')!;
    await type(el, 'qqqqq', 1000);
    f.querySelector('button')!.focus();
    await sleep(150);
    await settle();
    expect(parts(el).popup.hidden).toBe(true);
  });

  it("shows a free-text error once: inline, without the browser's bubble, and focuses the field", async () => {
    const f = await form();
    const el = f.querySelector('felles-address-lookup')!;
    await type(el, 'Noe jeg skrev', 1000);
    f.querySelector('button')!.focus();
    let bubbled: boolean | undefined;
    el.addEventListener('invalid', (event) => (bubbled = !event.defaultPrevented), { once: true });
    f.requestSubmit();
    await settle();
    expect(bubbled).toBe(false);
    expect(parts(el).message?.textContent).toBe('Velg en adresse fra listen.');
    expect(el.shadowRoot!.activeElement).toBe(parts(el).input);
  });

  it('has a hint, under the label and linked by aria-describedby, by attribute or slot', async () => {
    const el = await fixture<FellesAddressLookup>(
      html`<felles-address-lookup label="Adresse" hint="Der lokalet ligger." required .source=${none}></felles-address-lookup>`,
    );
    const { input } = parts(el);
    const hint = el.shadowRoot!.querySelector<HTMLElement>('[part="hint"]')!;
    expect(hint.textContent!.trim()).toBe('Der lokalet ligger.');
    expect(input.getAttribute('aria-describedby')).toBe(hint.id);
    const label = el.shadowRoot!.querySelector('label')!.getBoundingClientRect();
    expect(hint.getBoundingClientRect().top).toBeGreaterThanOrEqual(label.bottom);
    expect(hint.getBoundingClientRect().bottom).toBeLessThanOrEqual(input.getBoundingClientRect().top);
    el.reportValidity();
    await settle();
    expect(input.getAttribute('aria-describedby')!.split(' ')).toEqual([hint.id, 'message']);

    const slotted = await fixture<FellesAddressLookup>(
      html`<felles-address-lookup label="Adresse" .source=${none}><span slot="hint">Gateadresse, ikke postboks.</span></felles-address-lookup>`,
    );
    expect(parts(slotted).input.getAttribute('aria-describedby')).toBe('hint');
    const plain = await fixture<FellesAddressLookup>(html`<felles-address-lookup label="Adresse" .source=${none}></felles-address-lookup>`);
    expect(parts(plain).input.hasAttribute('aria-describedby')).toBe(false);
  });

  it("gives the hint as the field's description in Chromium's accessibility tree", async () => {
    await fixture<FellesAddressLookup>(
      html`<felles-address-lookup label="Adresse" hint="Der lokalet ligger." .source=${none}></felles-address-lookup>`,
    );
    const combobox = (await accessibilityTree()).find((node) => node.role?.value === 'combobox' && node.name?.value === 'Adresse');
    expect(JSON.stringify(combobox)).toContain('Der lokalet ligger.');
  });
});

describe('language', () => {
  it('speaks the language of the nearest lang, and its own lang wins', async () => {
    const container = await fixture<HTMLElement>(html`<div lang="en">
      <felles-address-lookup label="Address" debounce="20" .source=${async () => []}></felles-address-lookup>
    </div>`);
    const el = container.querySelector('felles-address-lookup')!;
    await type(el, 'nowhere');
    await until(el, (p) => p.status?.textContent?.includes('No results'), 'English no results');
    el.setAttribute('lang', 'nn');
    await settle();
    expect(parts(el).status?.textContent).toContain('Ingen treff');
    el.required = true;
    el.value = '';
    await settle();
    expect(el.validationMessage).toBe('Du må fylle ut dette feltet.');
  });

  it('says "Try again" in English after a failure', async () => {
    const failing: AddressSource = async () => {
      throw Object.assign(new Error('x'), { code: 'http', status: 503 });
    };
    const container = await fixture<HTMLElement>(
      html`<div lang="en"><felles-address-lookup label="Address" debounce="20" .source=${failing}></felles-address-lookup></div>`,
    );
    const el = container.querySelector('felles-address-lookup')!;
    await type(el, 'anything');
    await until(el, (p) => p.retry, 'retry');
    expect(parts(el).retry!.textContent).toBe('Try again');
    expect(parts(el).status!.textContent).toContain('The address search is not working right now.');
  });
});
