import { createConsentClient } from '@felles/client-samtykke';
import { html } from 'lit';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { cleanup, fixture, settle, waitUntil } from '../../test/fixture.js';
import { buttonsIn, drawnAsBox, inForcedColors, visibleEdge } from '../../test/forced-colors.js';
import type { FellesAddressLookup } from '../address-lookup/index.js';
import type { FellesConsentDialog } from '../consent-dialog/consent-dialog.js';
import type { FellesConsentList } from '../consent-list/consent-list.js';
import type { FellesLifeEventStepper } from '../life-event-stepper/life-event-stepper.js';
import '../address-lookup/define.js';
import '../consent-dialog/define.js';
import '../consent-list/define.js';
import '../id-login-button/define.js';
import '../life-event-stepper/define.js';

/*
 * In forced colours (Windows contrast themes) the browser replaces every colour with the theme's few
 * system colours: backgrounds become Canvas, so a button drawn only by its background reads as plain
 * text. Each button that is a box in normal colours must keep an edge of its own there. The states
 * below show every button the elements have.
 */
const origin = inject('sandboxOrigin');
const samtykke = `${origin}/samtykke/api/v1`;
const consent = createConsentClient({ baseUrl: samtykke, retry: false });
const fault = (service: string, kind = '500') =>
  fetch(`${origin}/__sandbox/faults`, { method: 'POST', body: JSON.stringify({ service, fault: kind, count: 1 }) });

beforeEach(async () => {
  document.documentElement.lang = 'nb';
  await fetch(`${origin}/__sandbox/faults`, { method: 'DELETE' });
});
afterEach(() => {
  document.querySelectorAll('felles-consent-dialog').forEach((el) => el.close());
  cleanup();
});

/** The buttons under `root` that are boxes in normal colours, with a name, and whether each keeps an edge in forced colours. */
async function edges(root: Element): Promise<Record<string, boolean>> {
  const boxes = buttonsIn(root).filter(drawnAsBox);
  expect(boxes.length).toBeGreaterThan(0);
  return inForcedColors(async () => Object.fromEntries(boxes.map((b) => [b.textContent!.replace(/\s+/g, ' ').trim(), visibleEdge(b)])));
}
const allTrue = (found: Record<string, boolean>) => Object.fromEntries(Object.keys(found).map((name) => [name, true]));

function newRequest() {
  return consent.createRequest({
    id: crypto.randomUUID(),
    from: 'urn:altinn:organization:identifier-no:315842018',
    to: 'urn:altinn:organization:identifier-no:958935420',
    validTo: new Date(Date.UTC(2027, 5, 30, 12)).toISOString(),
    consentRights: [{ action: ['consent'], resource: [{ type: 'urn:altinn:resource', value: 'skatteetaten-skatteattest' }] }],
  });
}
const byName = (root: Element, name: string) => buttonsIn(root).find((b) => b.textContent!.trim() === name);

describe('forced colours: every button keeps a visible edge', () => {
  it('<felles-address-lookup>: "Prøv igjen" after a failed search', async () => {
    await fault('adresser');
    const el = await fixture<FellesAddressLookup>(
      html`<felles-address-lookup label="Adresse" endpoint=${`${origin}/adresser/v1`}></felles-address-lookup>`,
    );
    el.shadowRoot!.querySelector('input')!.focus();
    await userEvent.keyboard('Storgata');
    await waitUntil(() => byName(el, 'Prøv igjen'), 'the retry button', 8000);
    const found = await edges(el);
    expect(Object.keys(found)).toContain('Prøv igjen');
    expect(found).toEqual(allTrue(found));
  });

  it('<felles-id-login-button>: log in, and log out', async () => {
    const login = await fixture(html`<felles-id-login-button href="/login"></felles-id-login-button>`);
    const logout = await fixture(html`<felles-id-login-button href="/login" logout-href="/logout" logged-in name="Kari"></felles-id-login-button>`);
    const found = { ...(await edges(login)), ...(await edges(logout)) };
    expect(Object.keys(found)).toHaveLength(2);
    expect(found).toEqual(allTrue(found));
  });

  it('<felles-consent-dialog>: the choices, ×, and "Prøv igjen nå" after a failed save', async () => {
    const request = await newRequest();
    const el = await fixture<FellesConsentDialog>(
      html`<felles-consent-dialog request-id=${request.id} endpoint=${samtykke} retry-delay="60000" open></felles-consent-dialog>`,
    );
    const accept = await waitUntil(() => byName(el, 'Gi samtykke'), 'the choices', 5000);
    const choices = await edges(el);
    await fault('samtykke');
    await userEvent.click(accept);
    await waitUntil(() => byName(el, 'Prøv igjen nå'), 'the retry button', 5000);
    const failed = await edges(el);
    expect(Object.keys({ ...choices, ...failed })).toEqual(expect.arrayContaining(['Gi samtykke', 'Ikke gi samtykke', 'Prøv igjen nå']));
    expect({ ...choices, ...failed }).toEqual(allTrue({ ...choices, ...failed }));
  });

  it('<felles-consent-list>: "Trekk tilbake" and "Prøv igjen" after a failed load', async () => {
    const request = await newRequest();
    await consent.decide(request.id, 'accept', { idempotencyKey: crypto.randomUUID() });
    const list = await fixture<FellesConsentList>(html`<felles-consent-list subject=${request.from} endpoint=${samtykke}></felles-consent-list>`);
    await waitUntil(() => list.shadowRoot!.querySelector('li button'), 'a withdraw button', 5000);
    const withdraw = await edges(list);
    await fault('samtykke');
    const failing = await fixture<FellesConsentList>(html`<felles-consent-list subject=${request.from} endpoint=${samtykke}></felles-consent-list>`);
    await waitUntil(() => byName(failing, 'Prøv igjen'), 'the retry button', 5000);
    const retry = await edges(failing);
    expect(Object.keys({ ...withdraw, ...retry }).map((name) => name.split(' ')[0])).toEqual(expect.arrayContaining(['Trekk', 'Prøv']));
    expect({ ...withdraw, ...retry }).toEqual(allTrue({ ...withdraw, ...retry }));
  });
});

describe('forced colours: the current step', () => {
  it('stands out from the other steps by more than colour the theme replaces', async () => {
    const el = await fixture<FellesLifeEventStepper>(
      html`<felles-life-event-stepper event-id="start-business" current-step="register-company"></felles-life-event-stepper>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[data-current] .marker'), 'the current step');
    await settle();
    const look = (marker: Element) => {
      const s = getComputedStyle(marker);
      return { background: s.backgroundColor, color: s.color, border: `${s.borderTopWidth} ${s.borderTopStyle} ${s.borderTopColor}` };
    };
    await inForcedColors(async () => {
      const current = look(el.shadowRoot!.querySelector('[data-current] .marker')!);
      const other = look(el.shadowRoot!.querySelector('li:not([data-current]) .marker')!);
      expect(current).not.toEqual(other);
      expect(current.background).not.toBe(other.background);
    });
  });
});
