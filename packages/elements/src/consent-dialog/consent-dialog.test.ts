import { createConsentClient, type ConsentRequest, type ConsentRequestInput } from '@felles/client-samtykke';
import { html } from 'lit';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import { accessibilityTree, exposedLiveRegions } from '../../test/ax.js';
import { axeViolations, describeViolations } from '../../test/axe.js';
import { cleanup, fixture, settle, sleep, waitUntil } from '../../test/fixture.js';
import { servingLicence } from '../internal/demo/consent-examples.js';
import type { FellesConsentDialog } from './consent-dialog.js';
import type { ConsentDialogClient } from './consent-dialog.js';
import './define.js';
import altinnResponse from '../../test/fixtures/consentrequest-response.json';

const origin = inject('sandboxOrigin');
const endpoint = `${origin}/samtykke/api/v1`;
const consent = createConsentClient({ baseUrl: endpoint, retry: false });

const texts: NonNullable<ConsentRequestInput['texts']> = {
  requester: { nb: 'Oslo kommune', nn: 'Oslo kommune', en: 'City of Oslo', se: 'Oslo gielda' },
  datasets: [
    {
      resource: 'skatteetaten-skatteattest',
      name: { nb: 'Skatteattest', nn: 'Skatteattest', en: 'Tax certificate', se: 'Vearroduođaštus' },
      source: { nb: 'Skatteetaten', nn: 'Skatteetaten', en: 'The Norwegian Tax Administration', se: 'Vearroetáhtta' },
    },
  ],
  purpose: {
    nb: 'Behandle søknaden om serveringsbevilling.',
    nn: 'Handsame søknaden om serveringsløyve.',
    en: 'To process the serving licence application.',
    se: 'Meannudit bálvalanlohpeohcama.',
  },
  legalBasis: {
    nb: 'Personvernforordningen artikkel 6 nr. 1 a.',
    nn: 'Personvernforordninga artikkel 6 nr. 1 a.',
    en: 'GDPR Article 6(1)(a).',
    se: 'Persovdnasuodjalanásahus artihkal 6 nr. 1 a.',
  },
  privacyUrl: 'https://www.oslo.kommune.no/personvern/',
  consequenceOfNo: {
    nb: 'Du må laste opp skatteattesten selv.',
    nn: 'Du må laste opp skatteattesten sjølv.',
    en: 'You must upload the tax certificate yourself.',
    se: 'Don fertet ieš bidjat vearroduođaštusa.',
  },
};

/** A fresh pending request in the sandbox, so tests never share state. */
async function newRequest(override: Partial<ConsentRequestInput> = {}, client = consent): Promise<ConsentRequest> {
  return client.createRequest({
    id: crypto.randomUUID(),
    from: 'urn:altinn:organization:identifier-no:315842018',
    to: 'urn:altinn:organization:identifier-no:958935420',
    validTo: new Date(Date.UTC(2027, 5, 30, 12)).toISOString(),
    consentRights: [{ action: ['consent'], resource: [{ type: 'urn:altinn:resource', value: 'skatteetaten-skatteattest' }] }],
    texts,
    ...override,
  });
}

const eventTypes = async (id: string, client = consent) => (await client.getRequest(id)).consentRequestEvents.map((e) => e.eventType);

async function program(fault: string, count = 1, at = origin): Promise<void> {
  await fetch(`${at}/__sandbox/faults`, { method: 'POST', body: JSON.stringify({ service: 'samtykke', fault, count }) });
}
async function requestCount(): Promise<number> {
  return ((await (await fetch(`${origin}/__sandbox/requests`)).json()) as { samtykke: number }).samtykke;
}

const root = (el: FellesConsentDialog) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: FellesConsentDialog, selector: string) => root(el).querySelector<T>(selector);
const button = (el: FellesConsentDialog, text: string) => [...root(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === text);
/** The dialog's facts as label → text. */
const rows = (el: FellesConsentDialog) =>
  Object.fromEntries(
    [...root(el).querySelectorAll('dt')].map((dt) => [dt.textContent, dt.nextElementSibling!.textContent!.replace(/\s+/g, ' ').trim()]),
  );
const textOf = (el: FellesConsentDialog) => root(el).querySelector('dialog')!.textContent!.replace(/\s+/g, ' ');

function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

function collect<T extends Event>(el: EventTarget, type: string): T[] {
  const seen: T[] = [];
  el.addEventListener(type, (event) => seen.push(event as T));
  return seen;
}

// The page speaks Bokmål, as a Norwegian service would; tests that need another language say so.
document.documentElement.lang = 'nb';

beforeEach(async () => {
  sessionStorage.clear();
  await fetch(`${origin}/__sandbox/faults`, { method: 'DELETE' });
});
afterEach(() => {
  document.querySelectorAll('felles-consent-dialog').forEach((el) => el.close());
  cleanup();
});

describe('focus', () => {
  it('moves into the dialog to its heading, stays inside, leaves the page behind inert and returns to the opener', async () => {
    const request = await newRequest();
    const container = await fixture<HTMLDivElement>(
      html`<div>
        <button id="opener" @click=${() => container.querySelector('felles-consent-dialog')!.show()}>Vis samtykke</button>
        <felles-consent-dialog .request=${request}></felles-consent-dialog>
        <button id="behind">Bak dialogen</button>
      </div>`,
    );
    const dialog = container.querySelector('felles-consent-dialog')!;
    const opener = container.querySelector<HTMLButtonElement>('#opener')!;
    await userEvent.click(opener);
    await settle(container);
    expect($<HTMLDialogElement>(dialog, 'dialog')!.open).toBe(true);
    expect(deepActive()).toBe($(dialog, 'h2'));

    const behind = container.querySelector<HTMLButtonElement>('#behind')!;
    const focusBehind = [...collect(opener, 'focus'), ...collect(behind, 'focus')];
    const visited: (Element | null)[] = [];
    for (let i = 0; i < 14; i++) {
      await userEvent.tab();
      // Past the last element focus may leave the page for the browser's own controls, as in any modal
      // dialog, but inside the page it is only ever in the dialog.
      if (document.hasFocus()) visited.push(deepActive());
    }
    expect(visited.every((element) => root(dialog).contains(element))).toBe(true);
    // × close, the scrolling text, the privacy link and both choices, then round again.
    expect(new Set(visited).size).toBe(5);
    expect(visited.length).toBeGreaterThan(5);
    expect(focusBehind).toHaveLength(0);

    behind.focus();
    expect(document.activeElement).not.toBe(behind);
    expect(behind.matches(':focus')).toBe(false);

    await userEvent.keyboard('{Escape}');
    await settle(container);
    expect($<HTMLDialogElement>(dialog, 'dialog')!.open).toBe(false);
    expect(document.activeElement).toBe(opener);
  });
});

describe('small screens', () => {
  it.each([
    ['a phone', 360, 640],
    ['200 % zoom of a 1280 × 720 window', 640, 360],
  ])('fits %s and scrolls inside, so every fact and both choices can be reached', async (_, width, height) => {
    const before = [window.innerWidth, window.innerHeight] as const;
    await page.viewport(width, height);
    try {
      const dialog = await fixture<FellesConsentDialog>(html`<felles-consent-dialog .request=${await newRequest()} open></felles-consent-dialog>`);
      const box = $(dialog, 'dialog')!;
      const rect = box.getBoundingClientRect();
      expect(rect.top).toBeGreaterThanOrEqual(0);
      expect(rect.bottom).toBeLessThanOrEqual(height);
      expect(rect.width).toBeLessThanOrEqual(width);
      // Whichever scrolls (the text, or at high zoom the whole dialog), the rest of the page does not.
      const scroller = [box, $(dialog, '.body')!].find((el) => el.scrollHeight > el.clientHeight)!;
      expect(scroller).toBeDefined();
      expect(document.scrollingElement!.scrollHeight).toBeLessThanOrEqual(height + 1);
      for (const label of ['Gi samtykke', 'Ikke gi samtykke']) {
        const target = button(dialog, label)!;
        target.scrollIntoView();
        const r = target.getBoundingClientRect();
        expect(r.top).toBeGreaterThanOrEqual(0);
        expect(r.bottom).toBeLessThanOrEqual(height);
      }
      const last = root(dialog).querySelectorAll('dd');
      last[last.length - 1]!.scrollIntoView();
      expect(last[last.length - 1]!.getBoundingClientRect().bottom).toBeLessThanOrEqual(height);
    } finally {
      await page.viewport(...before);
    }
  });
});

describe('closing makes no decision', () => {
  it('Escape and × fire a cancelable felles-consent-close with their source and record nothing', async () => {
    const request = await newRequest();
    const dialog = await fixture<FellesConsentDialog>(
      html`<felles-consent-dialog request-id=${request.id} endpoint=${endpoint} open></felles-consent-dialog>`,
    );
    await waitUntil(() => button(dialog, 'Gi samtykke'), 'the choices');
    const closes = collect<CustomEvent>(dialog, 'felles-consent-close');
    const decisions = collect(dialog, 'felles-consent-decision');

    // Refused once: the dialog stays open.
    dialog.addEventListener('felles-consent-close', (event) => event.preventDefault(), { once: true });
    await userEvent.keyboard('{Escape}');
    await settle(dialog);
    expect(dialog.open).toBe(true);
    expect($<HTMLDialogElement>(dialog, 'dialog')!.open).toBe(true);

    await userEvent.keyboard('{Escape}');
    await settle(dialog);
    expect(dialog.open).toBe(false);

    dialog.show();
    await settle(dialog);
    await userEvent.click(button(dialog, 'Lukk')!);
    await settle(dialog);
    expect(dialog.open).toBe(false);

    expect(closes.map((event) => [event.detail.source, event.cancelable])).toEqual([
      ['keyboard', true],
      ['keyboard', true],
      ['close-button', true],
    ]);
    expect(decisions).toHaveLength(0);
    expect(await eventTypes(request.id)).toEqual(['Created']);
  });
});

describe('saving a decision', () => {
  it.each([
    ['accept', 'Gi samtykke', 'Accepted', 'Du har gitt samtykke'],
    ['reject', 'Ikke gi samtykke', 'Rejected', 'Du har ikke gitt samtykke'],
  ] as const)('%s reaches the sandbox once when the first save fails with 500 and is retried', async (decision, label, eventType, receipt) => {
    const request = await newRequest();
    const dialog = await fixture<FellesConsentDialog>(
      html`<felles-consent-dialog request-id=${request.id} endpoint=${endpoint} retry-delay="60000" open></felles-consent-dialog>`,
    );
    await waitUntil(() => button(dialog, label), 'the choices');
    const decisions = collect<CustomEvent>(dialog, 'felles-consent-decision');
    const saved = collect<CustomEvent>(dialog, 'felles-consent-saved');
    await program('500');
    await fetch(`${origin}/__sandbox/requests`, { method: 'DELETE' });

    await userEvent.click(button(dialog, label)!);
    await waitUntil(() => $(dialog, '[role="alert"]'), 'the error');
    expect(textOf(dialog)).toContain('Valget ditt er ikke lagret ennå');
    expect($(dialog, '#result')).toBeNull();
    expect(deepActive()).toBe(button(dialog, 'Prøv igjen nå'));
    expect(await eventTypes(request.id)).toEqual(['Created']);
    expect(sessionStorage.length).toBe(1);

    await userEvent.click(button(dialog, 'Prøv igjen nå')!);
    const heading = await waitUntil(() => $(dialog, '#result'), 'the receipt');
    expect(heading.textContent).toBe(receipt);
    expect(deepActive()).toBe(heading);

    expect(await eventTypes(request.id)).toEqual(['Created', eventType]);
    // The failed save, the read after it, the retry, and the read just above: one save recorded.
    expect(await requestCount()).toBe(4);
    expect(decisions.map((event) => [event.detail.requestId, event.detail.decision])).toEqual([[request.id, decision]]);
    expect(Date.parse(decisions[0]!.detail.time)).toBeGreaterThan(Date.now() - 60_000);
    expect(saved.map((event) => [event.detail.request.status, event.detail.conflict])).toEqual([
      [decision === 'accept' ? 'accepted' : 'rejected', false],
    ]);
    expect(sessionStorage.length).toBe(0);
  });

  it('warns that the decision is lost on reload when the browser refuses to store it, and still delivers it', async () => {
    const request = await newRequest();
    const dialog = await fixture<FellesConsentDialog>(
      html`<felles-consent-dialog request-id=${request.id} endpoint=${endpoint} retry-delay="60000" open></felles-consent-dialog>`,
    );
    await waitUntil(() => button(dialog, 'Gi samtykke'), 'the choices');
    await program('500');
    // As in private mode or with a full quota: every write throws.
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      await userEvent.click(button(dialog, 'Gi samtykke')!);
      const alert = await waitUntil(() => $(dialog, '[role="alert"]'), 'the error');
      expect(alert.textContent).toContain('går tapt hvis du laster inn siden på nytt eller lukker den');
      expect(alert.textContent).toContain('Hold siden åpen');
      expect(alert.textContent).not.toContain('automatisk');
      expect(sessionStorage.length).toBe(0);
    } finally {
      Storage.prototype.setItem = setItem;
    }
    await userEvent.click(button(dialog, 'Prøv igjen nå')!);
    expect((await waitUntil(() => $(dialog, '#result'), 'the receipt')).textContent).toBe('Du har gitt samtykke');
    expect($(dialog, '[role="alert"]')).toBeNull();
    expect(await eventTypes(request.id)).toEqual(['Created', 'Accepted']);
  });

  it('retries by itself with backoff, and a burst of clicks sends one decision', async () => {
    const request = await newRequest();
    const dialog = await fixture<FellesConsentDialog>(
      html`<felles-consent-dialog request-id=${request.id} endpoint=${endpoint} retry-delay="150" open></felles-consent-dialog>`,
    );
    await waitUntil(() => button(dialog, 'Gi samtykke'), 'the choices');
    await program('503:0', 2);
    const decisions = collect(dialog, 'felles-consent-decision');
    const accept = button(dialog, 'Gi samtykke')!;
    const reject = button(dialog, 'Ikke gi samtykke')!;
    accept.click();
    accept.click();
    reject.click();
    const started = performance.now();
    await waitUntil(() => $(dialog, '#result'), 'the receipt', 10_000);
    // 150 ms, then 300 ms: two waits between three attempts.
    expect(performance.now() - started).toBeGreaterThanOrEqual(440);
    expect(decisions).toHaveLength(1);
    expect(await eventTypes(request.id)).toEqual(['Created', 'Accepted']);
  });

  it('shows no success while the server has not answered', async () => {
    const request = await newRequest();
    const dialog = await fixture<FellesConsentDialog>(
      html`<felles-consent-dialog request-id=${request.id} endpoint=${endpoint} open></felles-consent-dialog>`,
    );
    await waitUntil(() => button(dialog, 'Gi samtykke'), 'the choices');
    await program('latency:700');
    await userEvent.click(button(dialog, 'Gi samtykke')!);
    await settle(dialog);
    expect($(dialog, '.saving')!.textContent).toBe('Lagrer valget ditt …');
    expect(button(dialog, 'Gi samtykke')!.getAttribute('aria-disabled')).toBe('true');
    expect(deepActive()).toBe(button(dialog, 'Gi samtykke'));
    expect($(dialog, '#result')).toBeNull();
    await waitUntil(() => $(dialog, '#result'), 'the receipt');
  });

  it('a 409 shows the decision someone else recorded first', async () => {
    const request = await newRequest();
    const dialog = await fixture<FellesConsentDialog>(
      html`<felles-consent-dialog request-id=${request.id} endpoint=${endpoint} open></felles-consent-dialog>`,
    );
    await waitUntil(() => button(dialog, 'Ikke gi samtykke'), 'the choices');
    await consent.decide(request.id, 'accept', { idempotencyKey: crypto.randomUUID() });
    const saved = collect<CustomEvent>(dialog, 'felles-consent-saved');

    await userEvent.click(button(dialog, 'Ikke gi samtykke')!);
    const heading = await waitUntil(() => $(dialog, '#result'), 'the current state');
    expect(heading.textContent).toBe('Forespørselen er allerede besvart');
    expect(textOf(dialog)).toContain('Status: Samtykke gitt');
    expect(textOf(dialog)).toContain('Oslo kommune kan hente opplysningene til og med 30. juni 2027.');
    expect(saved.map((event) => [event.detail.request.status, event.detail.conflict])).toEqual([['accepted', true]]);
    expect(await eventTypes(request.id)).toEqual(['Created', 'Accepted']);
    expect(sessionStorage.length).toBe(0);
  });

  it('without an endpoint, fires the decision, sends nothing and closes', async () => {
    const request = await newRequest();
    await fetch(`${origin}/__sandbox/requests`, { method: 'DELETE' });
    const dialog = await fixture<FellesConsentDialog>(html`<felles-consent-dialog .request=${request} open></felles-consent-dialog>`);
    const decisions = collect<CustomEvent>(dialog, 'felles-consent-decision');
    await userEvent.click(button(dialog, 'Ikke gi samtykke')!);
    await settle(dialog);
    expect(decisions.map((event) => event.detail.decision)).toEqual(['reject']);
    expect(dialog.open).toBe(false);
    expect(await requestCount()).toBe(0);
  });
});

describe('a reload while the service is down', () => {
  it('keeps the decision, and delivers it once when the service is back', async () => {
    const down = await commands.startSandbox('consent-reload');
    const downEndpoint = `${down}/samtykke/api/v1`;
    const client = createConsentClient({ baseUrl: downEndpoint, retry: false });
    const request = await newRequest({}, client);

    // A real document in a frame, so "reload" is a reload: only sessionStorage carries the decision over.
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 800px; height: 700px';
    const define = new URL('./define.ts', import.meta.url).href;
    // Vitest wraps import() in the modules it serves; outside its own frames it shims the wrapper like this.
    frame.srcdoc = `<!doctype html><html lang="nb"><body>
      <script>globalThis.__vitest_browser_runner__ = { wrapDynamicImport: (f) => f() };</script>
      <felles-consent-dialog request-id="${request.id}" endpoint="${downEndpoint}" retry-delay="200" open></felles-consent-dialog>
      <script type="module" src="${define}"></script></body></html>`;
    document.body.append(frame);
    const inFrame = () => frame.contentDocument?.querySelector('felles-consent-dialog') as FellesConsentDialog | null;
    try {
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const first = await waitUntil(() => inFrame()?.shadowRoot && inFrame(), 'the dialog in the frame', 10_000);
      await waitUntil(() => button(first, 'Gi samtykke'), 'the choices', 10_000);

      await commands.stopSandbox('consent-reload');
      button(first, 'Gi samtykke')!.click();
      await waitUntil(() => $(first, '[role="alert"]'), 'the error', 10_000);
      const stored = JSON.parse(frame.contentWindow!.sessionStorage.getItem(frame.contentWindow!.sessionStorage.key(0)!)!);
      expect(stored).toMatchObject({ requestId: request.id, decision: 'accept' });

      frame.contentWindow!.location.reload();
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const second = await waitUntil(() => inFrame()?.shadowRoot && inFrame(), 'the reloaded dialog', 10_000);
      expect(second).not.toBe(first);
      await waitUntil(() => textOf(second).includes('Valget ditt: Gi samtykke') && $(second, '[role="alert"]'), 'the kept decision', 10_000);
      expect($(second, '#result')).toBeNull();

      await commands.startSandbox('consent-reload');
      // The dialog backs off up to 30 s between tries, so on a loaded machine the next try can come
      // that long after the service is back.
      const heading = await waitUntil(() => $(second, '#result'), 'the receipt after the restart', 45_000);
      expect(heading.textContent).toBe('Du har gitt samtykke');
      expect(await eventTypes(request.id, client)).toEqual(['Created', 'Accepted']);
      const events = (await client.getRequest(request.id)).consentRequestEvents;
      expect(events[1]!.performedBy).toBe(request.from);
      expect(frame.contentWindow!.sessionStorage.length).toBe(0);
    } finally {
      frame.remove();
      await commands.startSandbox('consent-reload');
    }
  }, 100_000);
});

describe('content', () => {
  it('marks a service\'s text that falls back to Bokmål with lang="nb", and no other', async () => {
    const { se: _purpose, ...purposeWithoutSami } = texts.purpose;
    const request = await newRequest({ texts: { ...texts, purpose: purposeWithoutSami } });
    const dialog = await fixture<FellesConsentDialog>(html`<felles-consent-dialog .request=${request} open></felles-consent-dialog>`, { lang: 'se' });
    await waitUntil(() => $(dialog, 'dialog')!.lang === 'se', 'the Sámi texts');
    await settle(dialog);
    const marked = [...root(dialog).querySelectorAll('dd [lang]')].map((el) => [el.getAttribute('lang'), el.textContent]);
    expect(marked).toEqual([['nb', 'Behandle søknaden om serveringsbevilling.']]);
  });

  it('shows who asks, what from whom, why, until when, the legal basis, privacy and what no means', async () => {
    const request = await newRequest({
      consentRights: [
        { action: ['consent'], resource: [{ type: 'urn:altinn:resource', value: 'skatteetaten-skatteattest' }], metaData: { aar: '2024' } },
        { action: ['consent'], resource: [{ type: 'urn:altinn:resource', value: 'skatteetaten-skatteattest' }], metaData: { aar: '2025' } },
      ],
      texts: { ...texts, metaDataLabels: { aar: { nb: 'År', en: 'Year' } } },
    });
    const dialog = await fixture<FellesConsentDialog>(html`<felles-consent-dialog .request=${request} open></felles-consent-dialog>`);
    expect($(dialog, 'h2')!.textContent).toBe('Oslo kommune ber om samtykke');
    expect(rows(dialog)).toEqual({
      Opplysninger: 'Skatteattest fra Skatteetaten År: 2024, 2025',
      Formål: 'Behandle søknaden om serveringsbevilling.',
      'Samtykket gjelder til og med': '30. juni 2027',
      'Rettslig grunnlag': 'Personvernforordningen artikkel 6 nr. 1 a.',
      'Hvis du ikke gir samtykke': 'Du må laste opp skatteattesten selv.',
    });
    expect($(dialog, 'time')!.getAttribute('datetime')).toBe(request.validTo);
    const link = $<HTMLAnchorElement>(dialog, 'a')!;
    expect([link.href, link.target]).toEqual(['https://www.oslo.kommune.no/personvern/', '_blank']);

    dialog.setAttribute('lang', 'en');
    // English is loaded the first time it is needed; Bokmål shows (marked as such) until then.
    await waitUntil(() => $(dialog, 'dialog')!.lang === 'en', 'the English texts');
    await settle(dialog);
    expect($(dialog, 'h2')!.textContent).toBe('City of Oslo asks for your consent');
    expect(rows(dialog)).toMatchObject({
      Data: 'Tax certificate from The Norwegian Tax Administration Year: 2024, 2025',
      'The consent is valid until': '30 June 2027',
    });
    expect(button(dialog, 'Give consent')).toBeDefined();
    expect(button(dialog, 'Do not give consent')).toBeDefined();
  });

  it('gives both choices the same look and size', async () => {
    const dialog = await fixture<FellesConsentDialog>(html`<felles-consent-dialog .request=${await newRequest()} open></felles-consent-dialog>`);
    const [accept, reject] = [button(dialog, 'Gi samtykke')!, button(dialog, 'Ikke gi samtykke')!];
    const look = (b: HTMLElement) => {
      const s = getComputedStyle(b);
      return [s.color, s.backgroundColor, s.borderColor, s.borderWidth, s.fontWeight, s.fontSize, b.offsetWidth, b.offsetHeight];
    };
    expect(look(accept)).toEqual(look(reject));
    expect(accept.tagName).toBe(reject.tagName);
  });

  it('shows texts that contain HTML as text', async () => {
    const evil = '<img src=x onerror="window.__pwned=1"><b>fet</b>';
    const request = await newRequest({
      texts: {
        ...texts,
        requester: { nb: `Kommune ${evil}` },
        purpose: { nb: evil },
        datasets: [{ resource: 'skatteetaten-skatteattest', name: { nb: evil }, source: { nb: '<script>alert(1)</script>' } }],
        privacyUrl: 'javascript:alert(1)',
      },
    });
    const dialog = await fixture<FellesConsentDialog>(html`<felles-consent-dialog .request=${request} open></felles-consent-dialog>`);
    expect(root(dialog).querySelectorAll('img, b, script')).toHaveLength(0);
    expect($(dialog, 'h2')!.textContent).toBe(`Kommune ${evil} ber om samtykke`);
    expect(textOf(dialog)).toContain(`${evil} fra <script>alert(1)</script>`);
    // A link that is not http(s) is left out rather than made clickable.
    expect($(dialog, 'a')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('reads Altinn JSON without texts, and shows an answered request as such', async () => {
    const request = await newRequest({ texts: undefined });
    await consent.decide(request.id, 'reject', { idempotencyKey: crypto.randomUUID() });
    const dialog = await fixture<FellesConsentDialog>(
      html`<felles-consent-dialog request-id=${request.id} endpoint=${endpoint} open></felles-consent-dialog>`,
    );
    await waitUntil(() => $(dialog, '#result'), 'the status');
    expect($(dialog, 'h2')!.textContent).toBe('958935420 ber om samtykke');
    expect(textOf(dialog)).toContain('Status: Samtykke ikke gitt');
    expect(button(dialog, 'Gi samtykke')).toBeUndefined();
  });

  it('takes Altinn’s own response as it comes (no status field): pending before validTo, expired after', async () => {
    const future = { ...altinnResponse, validTo: new Date(Date.UTC(2027, 5, 30, 12)).toISOString() };
    const pending = await fixture<FellesConsentDialog>(html`<felles-consent-dialog .request=${future} open></felles-consent-dialog>`);
    await settle(pending);
    expect(pending.requestError).toBeUndefined();
    expect(button(pending, 'Gi samtykke')).toBeDefined();
    expect(rows(pending)['Opplysninger']).toContain('inntektsaar: 2023, 2024');
    cleanup();

    const expired = await fixture<FellesConsentDialog>(
      html`<felles-consent-dialog .request=${{ ...altinnResponse, validTo: '2025-07-18T06:18:12.25971+00:00' }} open></felles-consent-dialog>`,
    );
    await settle(expired);
    expect(textOf(expired)).toContain('Forespørselen er allerede besvart');
    expect(textOf(expired)).toContain('Status: Utløpt');

    const accepted = {
      ...future,
      consented: '2025-07-18T06:20:00+00:00',
      consentRequestEvents: [...altinnResponse.consentRequestEvents, { ...altinnResponse.consentRequestEvents[0]!, eventType: 'Accepted' }],
    };
    expired.request = accepted as never;
    await settle(expired);
    expect(textOf(expired)).toContain('Status: Samtykke gitt');
  });

  it('refuses a malformed request with a clear error instead of a half-shown dialog', async () => {
    const { validTo: _validTo, ...withoutValidTo } = altinnResponse;
    const dialog = await fixture<FellesConsentDialog>(html`<felles-consent-dialog open></felles-consent-dialog>`);
    const invalid = collect<CustomEvent<{ error: TypeError }>>(dialog, 'felles-consent-invalid');
    dialog.request = withoutValidTo as never;
    await settle(dialog);
    expect(dialog.requestError).toBeInstanceOf(TypeError);
    expect(dialog.requestError!.message).toMatch(/"validTo" is missing or malformed/);
    expect(invalid[0]!.detail.error).toBe(dialog.requestError);
    expect($(dialog, '[role="alert"]')!.textContent).toBe('Vi fikk ikke hentet forespørselen.');
    expect($(dialog, 'dl')).toBeNull();
    expect(button(dialog, 'Gi samtykke')).toBeUndefined();

    dialog.request = { ...altinnResponse, consentRights: [{ action: ['consent'] }] } as never;
    await settle(dialog);
    expect(dialog.requestError!.message).toMatch(/"consentRights"/);
  });

  it('says so when the request cannot be loaded, and tries again on request', async () => {
    const request = await newRequest();
    await program('500');
    const dialog = await fixture<FellesConsentDialog>(
      html`<felles-consent-dialog request-id=${request.id} endpoint=${endpoint} open></felles-consent-dialog>`,
    );
    await waitUntil(() => $(dialog, '[role="alert"]'), 'the load error');
    expect(textOf(dialog)).toContain('Vi fikk ikke hentet forespørselen.');
    await userEvent.click(button(dialog, 'Prøv igjen nå')!);
    await waitUntil(() => button(dialog, 'Gi samtykke'), 'the choices');
  });
});

describe('loading by request-id', () => {
  it('shows the request of the last request-id it was given, whatever answers late: A then B, A answering last', async () => {
    const asking = (id: string, nb: string): ConsentRequest => ({ ...servingLicence, id, texts: { ...servingLicence.texts!, requester: { nb } } });
    const [a, b] = [asking('request-a', 'Bergen kommune'), asking('request-b', 'Lånekassen')];
    const answers = new Map<string, (request: ConsentRequest) => void>();
    const signals = new Map<string, AbortSignal | undefined>();
    const client: ConsentDialogClient = {
      getRequest: (id, options) => {
        signals.set(id, options?.signal);
        return new Promise((resolve) => answers.set(id, resolve));
      },
      decide: () => Promise.reject(new Error('not under test')),
    };
    const heading = (el: FellesConsentDialog) => $(el, 'h2')!.textContent;
    const dialog = await fixture<FellesConsentDialog>(
      html`<felles-consent-dialog request-id=${a.id} .client=${client} open></felles-consent-dialog>`,
    );
    await waitUntil(() => answers.has(a.id), "A's request");
    dialog.requestId = b.id;
    await waitUntil(() => answers.has(b.id), "B's request");
    answers.get(b.id)!(b);
    await waitUntil(() => heading(dialog) === 'Lånekassen ber om samtykke', "B's request shown");
    answers.get(a.id)!(a);
    await sleep(20);
    await settle(dialog);
    expect(heading(dialog)).toBe('Lånekassen ber om samtykke');
    expect(button(dialog, 'Gi samtykke')).toBeDefined();
    // A's request was aborted when B was asked for, so it stopped using the network too.
    expect(signals.get(a.id)?.aborted).toBe(true);

    // And while B's answer is still to come, A's late one shows nothing either.
    answers.clear();
    dialog.requestId = a.id;
    await waitUntil(() => answers.has(a.id), 'A asked again');
    dialog.requestId = b.id;
    await waitUntil(() => answers.has(b.id), 'B asked again');
    answers.get(a.id)!(a);
    await sleep(20);
    await settle(dialog);
    expect($(dialog, '.body [role="status"]')!.textContent).toBe('Henter forespørselen …');
    expect(textOf(dialog)).not.toContain('Bergen kommune');
    answers.get(b.id)!(b);
    await waitUntil(() => heading(dialog) === 'Lånekassen ber om samtykke', "B's request shown again");
  });
});

describe('landmarks', () => {
  it("adds no page landmarks: its header and footer are not a banner or contentinfo in Chromium's accessibility tree", async () => {
    const request = await newRequest();
    const dialog = await fixture<FellesConsentDialog>(
      html`<felles-consent-dialog request-id=${request.id} endpoint=${endpoint} open></felles-consent-dialog>`,
    );
    await waitUntil(() => button(dialog, 'Gi samtykke'), 'the choices');
    const roles = (await accessibilityTree()).filter((node) => !node.ignored).map((node) => String(node.role?.value));
    expect(roles).toContain('dialog');
    expect(roles.filter((role) => role === 'banner' || role === 'contentinfo')).toEqual([]);
  });
});

describe('announcements', () => {
  /** What Chromium's accessibility tree exposes as live regions saying `text`, once any pending update is in. */
  const saying = async (text: string) => {
    await new Promise((resolve) => setTimeout(resolve, 150));
    return (await exposedLiveRegions()).filter((region) => region.text.includes(text));
  };

  it.each([
    ['saving', 'Lagrer valget ditt'],
    ['failed', 'Valget ditt er ikke lagret'],
  ])('says "%s" once, not through two live regions', async (state, text) => {
    const request = await newRequest();
    const dialog = await fixture<FellesConsentDialog>(
      html`<felles-consent-dialog request-id=${request.id} retry-delay="600000" .client=${scripted(request, state)} open></felles-consent-dialog>`,
    );
    await waitUntil(() => button(dialog, 'Gi samtykke'), 'the choices');
    await userEvent.click(button(dialog, 'Gi samtykke')!);
    await waitUntil(() => textOf(dialog).includes(text), text);
    expect(await saying(text)).toHaveLength(1);
  });
});

/** A client under the test's control, to hold the dialog in each state. */
function scripted(request: ConsentRequest, state: string): ConsentDialogClient {
  const never = new Promise<never>(() => {});
  const decided = (status: ConsentRequest['status']) => ({ ...request, status, consented: status === 'accepted' ? request.validTo : null });
  return {
    getRequest: () =>
      state === 'loading' ? never : state === 'load-failed' ? Promise.reject({ code: 'http', status: 404 }) : Promise.resolve(request),
    decide: (_id, decision) => {
      if (state === 'saving') return never;
      if (state === 'failed') return Promise.reject({ code: 'network' });
      if (state === 'conflict') return Promise.reject({ code: 'conflict', current: decided('accepted') });
      return Promise.resolve(decided(decision === 'accept' ? 'accepted' : 'rejected'));
    },
  };
}

/** Which view is on screen, so each axe run is known to check the state it names. */
function marker(dialog: FellesConsentDialog): string {
  const body = $(dialog, '.body')!;
  const footer = $(dialog, 'footer')!;
  if ($(dialog, '#result'))
    return `result:${dialog.shadowRoot!.querySelector('.receipt p')?.textContent ? 'text' : 'empty'}:${$(dialog, 'dl') ? 'dl' : ''}`;
  if (body.querySelector('[role="status"]')) return 'loading';
  if (body.querySelector('[role="alert"]')) return 'load-failed';
  if (footer.querySelector('[role="alert"]') && footer.querySelector('.retry')) return 'failed';
  if (footer.querySelector('.saving')) return 'saving';
  return footer.querySelectorAll('button').length === 2 ? 'ready' : 'unknown';
}
const markers = {
  loading: 'loading',
  'load-failed': 'load-failed',
  ready: 'ready',
  saving: 'saving',
  failed: 'failed',
  'receipt-accept': 'result:text:',
  'receipt-reject': 'result:text:',
  conflict: 'result:text:',
} as const;

const states = ['loading', 'load-failed', 'ready', 'saving', 'failed', 'receipt-accept', 'receipt-reject', 'conflict'] as const;

describe('accessibility', () => {
  let request: ConsentRequest;
  beforeEach(async () => {
    request ??= await newRequest();
  });

  it.each(['nb', 'nn', 'en', 'se'])(
    'has no axe violations in any state, light and dark, in %s',
    async (lang) => {
      for (const scheme of ['light', 'dark']) {
        for (const state of states) {
          const dialog = await fixture<FellesConsentDialog>(
            html`<felles-consent-dialog
              request-id=${request.id}
              retry-delay="600000"
              .client=${scripted(request, state)}
              open
            ></felles-consent-dialog>`,
            { lang, style: `color-scheme: ${scheme}` },
          );
          await waitUntil(() => $(dialog, 'dialog')!.lang === lang, `the ${lang} texts`);
          await settle(dialog);
          if (state !== 'loading' && state !== 'load-failed') {
            await waitUntil(() => root(dialog).querySelectorAll('.choices button').length === 2, 'the choices');
            if (state !== 'ready') {
              root(dialog).querySelectorAll<HTMLButtonElement>('.choices button')[state === 'receipt-reject' ? 1 : 0]!.click();
              await settle(dialog);
              await new Promise((resolve) => setTimeout(resolve, 0));
              await settle(dialog);
            }
          }
          expect(marker(dialog), `${lang} ${scheme} ${state}`).toBe(markers[state]);
          const violations = await axeViolations(dialog);
          expect(violations, `${lang} ${scheme} ${state}:\n${describeViolations(violations)}`).toEqual([]);
          dialog.close();
          cleanup();
          sessionStorage.clear();
        }
      }
    },
    120_000,
  );
});

describe('closed first render', () => {
  /** Every node in the shadow root, markers and text included. */
  const nodeCount = (el: Element) => {
    const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_ALL);
    let count = 0;
    while (walker.nextNode()) count++;
    return count;
  };

  it('renders at most 3 nodes while closed, builds the content on opening, and creates and uses no Intl formatter for either', async () => {
    const request = await newRequest();
    const calls: string[] = [];
    const { DateTimeFormat, NumberFormat } = Intl;
    const formatGetter = Object.getOwnPropertyDescriptor(DateTimeFormat.prototype, 'format')!;
    const spy = <T extends object>(name: string, ctor: T): T =>
      new Proxy(ctor, {
        construct: (target, args) => (calls.push(`new ${name}`), Reflect.construct(target as never, args)),
        apply: (target, self, args) => (calls.push(name), Reflect.apply(target as never, self, args)),
      });
    Intl.DateTimeFormat = spy('DateTimeFormat', DateTimeFormat);
    Intl.NumberFormat = spy('NumberFormat', NumberFormat);
    Object.defineProperty(DateTimeFormat.prototype, 'format', {
      configurable: true,
      get(this: Intl.DateTimeFormat) {
        calls.push('format');
        return formatGetter.get!.call(this) as unknown;
      },
    });
    try {
      const dialog = await fixture<FellesConsentDialog>(html`<felles-consent-dialog .request=${request}></felles-consent-dialog>`);
      // The <dialog> and Lit's marker.
      expect(nodeCount(dialog)).toBeLessThanOrEqual(3);
      expect(calls).toEqual([]);
      dialog.show();
      await settle(dialog);
      expect($<HTMLDialogElement>(dialog, 'dialog')!.open).toBe(true);
      expect(nodeCount(dialog)).toBeGreaterThan(30);
      // The date is written without Intl: a page's first Intl.DateTimeFormat costs tens of milliseconds.
      expect(root(dialog).querySelector('time')!.textContent).toBe('30. juni 2027');
      expect(calls).toEqual([]);
    } finally {
      Object.assign(Intl, { DateTimeFormat, NumberFormat });
      Object.defineProperty(DateTimeFormat.prototype, 'format', formatGetter);
    }
  });
});
