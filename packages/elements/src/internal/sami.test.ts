import { createConsentClient } from '@felles/client-samtykke';
import { html } from 'lit';
import { afterEach, beforeEach, describe, expect, inject, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { cleanup, fixture, settle, waitUntil } from '../../test/fixture.js';
import { messages as addressLookup } from '../address-lookup/messages.js';
import { messages as consentDialog } from '../consent-dialog/messages.js';
import { messages as consentList } from '../consent-list/messages.js';
import { messages as idLoginButton } from '../id-login-button/messages.js';
import { messages as lifeEventStepper } from '../life-event-stepper/messages.js';
import type { ConsentRequest } from '@felles/client-samtykke';
import type { FellesAddressLookup } from '../address-lookup/index.js';
import type { ConsentListClient, FellesConsentList } from '../consent-list/consent-list.js';
import type { FellesLifeEventStepper } from '../life-event-stepper/life-event-stepper.js';
import { announcerRegion } from './live-region.js';
import { loadTexts, type Dictionary, type Messages } from './localize.js';
import '../address-lookup/define.js';
import '../consent-dialog/define.js';
import '../consent-list/define.js';
import '../id-login-button/define.js';
import '../life-event-stepper/define.js';

/*
 * Northern Sámi is one of the four languages the elements speak. Every UI text exists in it (a first
 * translation, awaiting a native speaker's review); what falls back to Bokmål (a life event's own
 * content, until it is translated) is marked lang="nb", so a screen reader reads it with a Norwegian
 * voice. On a lang="se" page no Bokmål UI text may pass for Sámi.
 */
const origin = inject('sandboxOrigin');
const dictionaries: Record<string, Dictionary<Messages>> = { addressLookup, consentDialog, consentList, idLoginButton, lifeEventStepper };

beforeEach(async () => {
  document.documentElement.lang = 'se';
  await fetch(`${origin}/__sandbox/faults`, { method: 'DELETE' });
});
afterEach(() => {
  document.documentElement.lang = 'nb';
  document.querySelectorAll('felles-consent-dialog').forEach((el) => el.close());
  cleanup();
  vi.restoreAllMocks();
});

const PLACEHOLDER = '\u0000';
/** The fixed parts of a text (a function's output around its arguments), trimmed. */
const fragments = (message: unknown): string[] =>
  (typeof message === 'function' ? String(message(PLACEHOLDER, PLACEHOLDER, PLACEHOLDER)) : String(message))
    .split(PLACEHOLDER)
    .map((part) => part.trim())
    .filter(Boolean);

async function texts(lang: 'nb' | 'se'): Promise<string[]> {
  const all: string[] = [];
  for (const dictionary of Object.values(dictionaries)) {
    await loadTexts(dictionary, lang);
    all.push(...Object.values(dictionary[lang] as Messages).flatMap(fragments));
  }
  return all;
}

/** Bokmål UI texts that are not also Sámi ("ID-porten", "Status" are both). */
async function bokmalOnly(): Promise<string[]> {
  const sami = new Set(await texts('se'));
  return [...new Set(await texts('nb'))].filter((text) => !sami.has(text));
}

/** The language a node is in: the nearest `lang`, through shadow roots to their hosts. */
function langOf(node: Node): string {
  for (let at: Node | null = node; at; at = at instanceof ShadowRoot ? at.host : at.parentNode) {
    if (at instanceof Element && at.hasAttribute('lang')) return at.getAttribute('lang')!;
  }
  return '';
}

/** Every text node under `root`, shadow roots included, with its language. */
function textNodes(root: Node): { text: string; lang: string }[] {
  const found: { text: string; lang: string }[] = [];
  const visit = (node: Node) => {
    if (node instanceof HTMLStyleElement || node instanceof HTMLScriptElement) return;
    if (node.nodeType === Node.TEXT_NODE && node.textContent!.trim()) found.push({ text: node.textContent!.trim(), lang: langOf(node) });
    if (node instanceof Element && node.shadowRoot) node.shadowRoot.childNodes.forEach(visit);
    node.childNodes.forEach(visit);
  };
  visit(root);
  return found;
}

/** Text nodes said to be Sámi that are Bokmål UI text. */
async function bokmalPassingForSami(root: Node): Promise<{ text: string; lang: string }[]> {
  const bokmal = await bokmalOnly();
  return textNodes(root).filter(
    ({ text, lang }) => lang.startsWith('se') && bokmal.some((nb) => text === nb || (nb.length >= 5 && text.includes(nb))),
  );
}

describe('every UI text exists in Northern Sámi', () => {
  it.each(Object.keys(dictionaries))('%s', async (name) => {
    const dictionary = dictionaries[name]!;
    await loadTexts(dictionary, 'se');
    const se = dictionary.se as Partial<Messages>;
    const missing = Object.keys(dictionary.nb).filter((key) => !se[key]);
    expect(missing).toEqual([]);
  });
});

describe('on a lang="se" page no Bokmål UI text passes for Sámi', () => {
  it('<felles-life-event-stepper>, every step open, with progress and the current step', async () => {
    const el = await fixture<FellesLifeEventStepper>(
      html`<felles-life-event-stepper
        event-id="start-business"
        .progress=${{ 'choose-organisation-form': 'done', 'register-company': 'in-progress', 'change-of-use': 'not-relevant' }}
        current-step="register-company"
      ></felles-life-event-stepper>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('ol'), 'the steps');
    el.shadowRoot!.querySelector<HTMLButtonElement>('.toggle-all')!.click();
    await settle();
    expect(await bokmalPassingForSami(el)).toEqual([]);
    // The life event's own content has no Sámi yet: it is marked as Bokmål.
    expect(textNodes(el).some(({ lang }) => lang === 'nb')).toBe(true);
  });

  it('<felles-life-event-stepper>, its error', async () => {
    const el = await fixture<FellesLifeEventStepper>(html`<felles-life-event-stepper event-id="no-such-event"></felles-life-event-stepper>`);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'the error');
    expect(await bokmalPassingForSami(el)).toEqual([]);
  });

  it('<felles-address-lookup>: results, nothing found, a failure, and the validation message', async () => {
    const el = await fixture<FellesAddressLookup>(
      html`<felles-address-lookup label="Čujuhus" required endpoint=${`${origin}/adresser/v1`}></felles-address-lookup>`,
    );
    const input = el.shadowRoot!.querySelector('input')!;
    el.reportValidity();
    await settle();
    expect(el.shadowRoot!.querySelector('.message')).not.toBeNull();
    expect(await bokmalPassingForSami(el)).toEqual([]);
    input.focus();
    await userEvent.keyboard('storgata');
    await waitUntil(() => el.shadowRoot!.querySelectorAll('[role="option"]').length, 'results', 8000);
    expect(await bokmalPassingForSami(el)).toEqual([]);
    await userEvent.keyboard('qqqqqq');
    await waitUntil(() => el.shadowRoot!.querySelector('.status') && input.getAttribute('aria-expanded') === 'false', 'nothing found', 8000);
    expect(await bokmalPassingForSami(el)).toEqual([]);
    await fetch(`${origin}/__sandbox/faults`, { method: 'POST', body: JSON.stringify({ service: 'adresser', fault: '500', count: 1 }) });
    await userEvent.keyboard('{Backspace}');
    await waitUntil(() => el.shadowRoot!.querySelector('.status.error'), 'the failure', 8000);
    expect(await bokmalPassingForSami(el)).toEqual([]);
  });

  it('<felles-id-login-button>: logged out, logged in, misconfigured', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const root = await fixture(
      html`<div>
        <felles-id-login-button href="/login"></felles-id-login-button>
        <felles-id-login-button href="/login" logout-href="/logout" logged-in name="Áile"></felles-id-login-button>
        <felles-id-login-button></felles-id-login-button>
      </div>`,
    );
    await waitUntil(
      () => root.querySelector('felles-id-login-button:last-child')!.shadowRoot!.querySelector('[role="alert"]'),
      'the misconfiguration',
    );
    await settle(root);
    expect(await bokmalPassingForSami(root)).toEqual([]);
  });

  it('<felles-consent-dialog>', async () => {
    const consent = createConsentClient({ baseUrl: `${origin}/samtykke/api/v1`, retry: false });
    const request = await consent.createRequest({
      id: crypto.randomUUID(),
      from: 'urn:altinn:organization:identifier-no:315842018',
      to: 'urn:altinn:organization:identifier-no:958935420',
      validTo: new Date(Date.UTC(2027, 5, 30, 12)).toISOString(),
      consentRights: [{ action: ['consent'], resource: [{ type: 'urn:altinn:resource', value: 'skatteetaten-skatteattest' }] }],
    });
    const root = await fixture(
      html`<div><felles-consent-dialog request-id=${request.id} endpoint=${`${origin}/samtykke/api/v1`} open></felles-consent-dialog></div>`,
    );
    await waitUntil(
      () => root.querySelector('felles-consent-dialog')!.shadowRoot!.querySelectorAll('.choices button').length === 2,
      'the choices',
      5000,
    );
    expect(await bokmalPassingForSami(root)).toEqual([]);
  });
});

describe("a service's texts that have no Sámi are marked as Bokmål", () => {
  it('<felles-consent-list>: the requester and the data, by the language each is shown in', async () => {
    const request = (id: string, requester: Record<string, string>, data: Record<string, string>) =>
      ({
        id,
        from: 'urn:altinn:person:identifier-no:01017012345',
        to: 'urn:altinn:organization:identifier-no:958935420',
        validTo: '2027-06-30T12:00:00.000Z',
        status: 'accepted',
        consentRights: [{ action: ['consent'], resource: [{ type: 'urn:altinn:resource', value: 'inntekt' }] }],
        consentRequestEvents: [],
        texts: { requester, datasets: [{ resource: 'inntekt', name: data, source: { nb: 'Skatteetaten' } }] },
      }) as unknown as ConsentRequest;
    const client: ConsentListClient = {
      listForSubject: async () => [
        request('0d0c4c1e-1a1b-4c1d-8e1f-000000000001', { nb: 'Bergen kommune' }, { nb: 'Inntekt' }),
        request('0d0c4c1e-1a1b-4c1d-8e1f-000000000002', { nb: 'Oslo kommune', se: 'Oslo gielda' }, { nb: 'Inntekt', se: 'Boađut' }),
      ],
      revoke: () => new Promise(() => {}),
    };
    const list = await fixture<FellesConsentList>(
      html`<felles-consent-list subject="urn:altinn:person:identifier-no:01017012345" .client=${client}></felles-consent-list>`,
    );
    await waitUntil(() => list.shadowRoot!.querySelectorAll('li').length === 2, 'the consents');
    const shown = textNodes(list).filter(({ text }) => ['Bergen kommune', 'Inntekt', 'Oslo gielda', 'Boađut'].includes(text));
    expect(shown).toEqual([
      { text: 'Bergen kommune', lang: 'nb' },
      { text: 'Inntekt', lang: 'nb' },
      { text: 'Oslo gielda', lang: 'se' },
      { text: 'Boađut', lang: 'se' },
    ]);
  });
});

describe('announcements carry the language of their text', () => {
  it('<felles-address-lookup> says the number of results in Sámi, marked as Sámi', async () => {
    const el = await fixture<FellesAddressLookup>(
      html`<felles-address-lookup label="Čujuhus" endpoint=${`${origin}/adresser/v1`}></felles-address-lookup>`,
    );
    el.shadowRoot!.querySelector('input')!.focus();
    await userEvent.keyboard('storgata');
    const region = announcerRegion('polite', el);
    await waitUntil(() => /\d/.test(region.textContent ?? ''), 'the number of results', 8000);
    expect(region.getAttribute('lang')).toMatch(/^se/);
    expect(await bokmalPassingForSami(region)).toEqual([]);
  });

  it('<felles-id-login-button> says "taking you to ID-porten" in Sámi, marked as Sámi', async () => {
    const el = await fixture(html`<felles-id-login-button href="/login"></felles-id-login-button>`);
    const hold = (event: MouseEvent) => event.preventDefault();
    window.addEventListener('click', hold);
    try {
      el.shadowRoot!.querySelector<HTMLAnchorElement>('a[part=button]')!.click();
      const region = announcerRegion('polite', el);
      await waitUntil(() => region.textContent, 'the announcement');
      expect(region.getAttribute('lang')).toMatch(/^se/);
      expect(await bokmalPassingForSami(region)).toEqual([]);
    } finally {
      window.removeEventListener('click', hold);
    }
  });
});
