import { createConsentClient, type ConsentRequest } from '@felles/client-samtykke';
import { html } from 'lit';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { exposedLiveRegions } from '../../test/ax.js';
import { axeViolations, describeViolations } from '../../test/axe.js';
import { cleanup, fixture, settle, waitUntil } from '../../test/fixture.js';
import type { ConsentListClient, FellesConsentList } from './consent-list.js';
import './define.js';

const origin = inject('sandboxOrigin');
const endpoint = `${origin}/samtykke/api/v1`;
const consent = createConsentClient({ baseUrl: endpoint, retry: false });

/** A synthetic fødselsnummer (month + 80) nobody else uses, so each test has its own list. */
function freshPerson(): string {
  const mod11 = (digits: string, weights: number[]) => {
    const check = 11 - (weights.reduce((sum, w, i) => sum + w * Number(digits[i]), 0) % 11);
    return check === 11 ? 0 : check;
  };
  for (;;) {
    const stem = `${String(1 + Math.floor(Math.random() * 28)).padStart(2, '0')}${81 + Math.floor(Math.random() * 12)}${String(Math.floor(Math.random() * 100)).padStart(2, '0')}${String(Math.floor(Math.random() * 1000)).padStart(3, '0')}`;
    const k1 = mod11(stem, [3, 7, 6, 1, 8, 9, 4, 5, 2]);
    if (k1 === 10) continue;
    const k2 = mod11(stem + k1, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
    if (k2 === 10) continue;
    return `urn:altinn:person:identifier-no:${stem}${k1}${k2}`;
  }
}

async function ask(from: string, requester: string, dataset: string): Promise<ConsentRequest> {
  return consent.createRequest({
    id: crypto.randomUUID(),
    from,
    to: 'urn:altinn:organization:identifier-no:964338531',
    validTo: new Date(Date.UTC(2027, 2, 1, 12)).toISOString(),
    consentRights: [{ action: ['consent'], resource: [{ type: 'urn:altinn:resource', value: 'inntekt' }] }],
    texts: {
      requester: { nb: requester },
      datasets: [{ resource: 'inntekt', name: { nb: dataset, en: 'Income' }, source: { nb: 'Skatteetaten' } }],
      purpose: { nb: 'Redusert foreldrebetaling' },
      legalBasis: { nb: 'Samtykke' },
      privacyUrl: 'https://www.bergen.kommune.no/personvern',
      consequenceOfNo: { nb: 'Du må sende dokumentasjon selv.' },
    },
  });
}

const root = (el: FellesConsentList) => el.shadowRoot!;
const items = (el: FellesConsentList) =>
  [...root(el).querySelectorAll('li')].map((li) => ({
    who: li.querySelector('.who')!.textContent,
    facts: [...li.querySelectorAll('dd')].map((dd) => dd.textContent!.trim()),
    withdraw: li.querySelector('button')?.textContent!.replace(/\s+/g, ' ').trim(),
  }));
const withdrawButton = (el: FellesConsentList, who: string) =>
  [...root(el).querySelectorAll('li')].find((li) => li.querySelector('.who')!.textContent === who)!.querySelector('button')!;

document.documentElement.lang = 'nb';
beforeEach(() => fetch(`${origin}/__sandbox/faults`, { method: 'DELETE' }));
afterEach(cleanup);

describe('<felles-consent-list>', () => {
  it("lists a person's consents with their status; withdrawing one reaches the sandbox once, through a 500", async () => {
    const person = freshPerson();
    const given = await ask(person, 'Bergen kommune', 'Inntekt');
    const refused = await ask(person, 'Lånekassen', 'Inntekt 2025');
    await ask(person, 'Bankenmin ASA', 'Skattemelding');
    await consent.decide(given.id, 'accept', { idempotencyKey: crypto.randomUUID() });
    await consent.decide(refused.id, 'reject', { idempotencyKey: crypto.randomUUID() });

    const list = await fixture<FellesConsentList>(html`<felles-consent-list subject=${person} endpoint=${endpoint}></felles-consent-list>`);
    await waitUntil(() => root(list).querySelector('ul'), 'the list');
    expect(items(list)).toEqual([
      { who: 'Bankenmin ASA', facts: ['Skattemelding', 'Venter på svar'], withdraw: undefined },
      { who: 'Lånekassen', facts: ['Inntekt 2025', 'Samtykke ikke gitt'], withdraw: undefined },
      { who: 'Bergen kommune', facts: ['Inntekt', 'Samtykke gitt', '1. mars 2027'], withdraw: 'Trekk tilbake samtykket til Bergen kommune' },
    ]);

    const revoked: CustomEvent[] = [];
    list.addEventListener('felles-consent-revoked', (event) => revoked.push(event as CustomEvent));
    await fetch(`${origin}/__sandbox/faults`, { method: 'POST', body: JSON.stringify({ service: 'samtykke', fault: '500', count: 1 }) });
    // client-core does not retry a 500; the person does, with the same key.
    await userEvent.click(withdrawButton(list, 'Bergen kommune'));
    await waitUntil(() => root(list).querySelector('[role="alert"]'), 'the error');
    expect(root(list).querySelector('[role="alert"]')!.textContent).toBe('Vi fikk ikke trukket tilbake samtykket. Prøv igjen.');
    // Said once: by the alert, not by the alert and the page's live region too.
    await new Promise((resolve) => setTimeout(resolve, 150));
    const saying = (await exposedLiveRegions()).filter((region) => region.text.includes('Vi fikk ikke trukket tilbake'));
    expect(saying).toHaveLength(1);
    expect((await consent.getRequest(given.id)).status).toBe('accepted');

    await userEvent.click(withdrawButton(list, 'Bergen kommune'));
    await waitUntil(() => items(list)[2]!.facts[1] === 'Trukket tilbake', 'the new status');
    expect(items(list)[2]).toEqual({ who: 'Bergen kommune', facts: ['Inntekt', 'Trukket tilbake'], withdraw: undefined });
    expect(root(list).querySelector('[role="alert"]')).toBeNull();
    expect(root(list).activeElement?.textContent).toBe('Bergen kommune');
    const events = (await consent.getRequest(given.id)).consentRequestEvents.map((e) => e.eventType);
    expect(events).toEqual(['Created', 'Accepted', 'Revoked']);
    expect(revoked.map((event) => event.detail.request.id)).toEqual([given.id]);
  });

  it('says when there is nothing, and when the list cannot be loaded', async () => {
    const empty = await fixture<FellesConsentList>(html`<felles-consent-list subject=${freshPerson()} endpoint=${endpoint}></felles-consent-list>`);
    await waitUntil(() => root(empty).textContent!.includes('Du har ingen samtykker.'), 'the empty text');

    await fetch(`${origin}/__sandbox/faults`, { method: 'POST', body: JSON.stringify({ service: 'samtykke', fault: '500', count: 1 }) });
    const failing = await fixture<FellesConsentList>(html`<felles-consent-list subject=${freshPerson()} endpoint=${endpoint}></felles-consent-list>`);
    await waitUntil(() => root(failing).querySelector('[role="alert"]'), 'the load error');
    await userEvent.click(root(failing).querySelector('button')!);
    await waitUntil(() => root(failing).textContent!.includes('Du har ingen samtykker.'), 'the list after a retry');
  });

  it('shows the last subject it was given, whatever answers late: A then B, A answering last', async () => {
    const [a, b] = [freshPerson(), freshPerson()];
    const [fromA, fromB] = [await ask(a, 'Bergen kommune', 'Inntekt'), await ask(b, 'Lånekassen', 'Inntekt 2025')];
    const answers = new Map<string, (requests: ConsentRequest[]) => void>();
    const signals = new Map<string, AbortSignal | undefined>();
    const client: ConsentListClient = {
      listForSubject: (subject, options) => {
        signals.set(subject, options?.signal);
        return new Promise((resolve) => answers.set(subject, resolve));
      },
      revoke: () => Promise.reject(new Error('not under test')),
    };
    const list = await fixture<FellesConsentList>(html`<felles-consent-list subject=${a} .client=${client}></felles-consent-list>`);
    await waitUntil(() => answers.has(a), "A's request");
    list.subject = b;
    await waitUntil(() => answers.has(b), "B's request");
    answers.get(b)!([fromB]);
    await waitUntil(() => root(list).querySelector('ul'), "B's list");
    answers.get(a)!([fromA]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await settle(list);
    expect(items(list).map((item) => item.who)).toEqual(['Lånekassen']);
    // A's request was aborted when B was asked for, so it stopped using the network too.
    expect(signals.get(a)?.aborted).toBe(true);

    // And while B's answer is still to come, A's late one shows nothing either.
    const calls = () => [...signals.keys()].length;
    signals.clear();
    list.subject = a;
    await waitUntil(() => calls() === 1, 'A asked again');
    const answerA = answers.get(a)!;
    list.subject = b;
    await waitUntil(() => calls() === 2, 'B asked again');
    answerA([fromA]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await settle(list);
    expect(root(list).querySelector('[role="status"]')!.textContent).toBe('Henter samtykkene dine …');
  });
});

/** A client that holds the list in one state. */
function scripted(requests: ConsentRequest[], state: string): ConsentListClient {
  const never = new Promise<never>(() => {});
  return {
    listForSubject: () =>
      state === 'loading'
        ? never
        : state === 'load-failed'
          ? Promise.reject({ code: 'network' })
          : Promise.resolve(state === 'empty' ? [] : requests),
    revoke: () => (state === 'withdrawing' ? never : Promise.reject({ code: 'http', status: 500 })),
  };
}

describe('accessibility', () => {
  let requests: ConsentRequest[];
  beforeEach(async () => {
    if (requests) return;
    const person = freshPerson();
    const [a, b] = [await ask(person, 'Bergen kommune', 'Inntekt'), await ask(person, 'Lånekassen', 'Inntekt 2025')];
    await consent.decide(a.id, 'accept', { idempotencyKey: crypto.randomUUID() });
    requests = [await consent.getRequest(b.id), await consent.getRequest(a.id)];
  });

  it.each(['nb', 'nn', 'en', 'se'])(
    'has no axe violations in any state, light and dark, in %s',
    async (lang) => {
      for (const scheme of ['light', 'dark']) {
        for (const state of ['loading', 'load-failed', 'empty', 'ready', 'withdrawing', 'withdraw-failed']) {
          const list = await fixture<FellesConsentList>(
            html`<felles-consent-list subject="urn:altinn:person:identifier-no:21818297804" .client=${scripted(requests, state)}></felles-consent-list>`,
            { lang, style: `color-scheme: ${scheme}; background: ${scheme === 'dark' ? '#17181a' : '#fff'}` },
          );
          await settle(list);
          await new Promise((resolve) => setTimeout(resolve, 0));
          if (state.startsWith('withdraw')) {
            root(list).querySelector<HTMLButtonElement>('button[part="withdraw"]')!.click();
            await new Promise((resolve) => setTimeout(resolve, 0));
          }
          await settle(list);
          const expected = {
            loading: '[role="status"]',
            'load-failed': '[role="alert"]',
            empty: 'p',
            ready: 'ul',
            withdrawing: '[aria-disabled="true"]',
            'withdraw-failed': 'li [role="alert"]',
          }[state]!;
          expect(root(list).querySelector(expected), `${lang} ${scheme} ${state}`).not.toBeNull();
          const violations = await axeViolations(list);
          expect(violations, `${lang} ${scheme} ${state}:\n${describeViolations(violations)}`).toEqual([]);
          cleanup();
        }
      }
    },
    60_000,
  );
});
