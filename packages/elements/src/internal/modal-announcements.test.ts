import { createConsentClient } from '@felles/client-samtykke';
import { html, render } from 'lit';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { exposedLiveRegions, waitForExposedAnnouncement } from '../../test/ax.js';
import { cleanup, settle, waitUntil } from '../../test/fixture.js';
import { announce } from './announcer.js';
import type { FellesAddressLookup } from '../address-lookup/index.js';
import type { FellesConsentDialog } from '../consent-dialog/consent-dialog.js';
import type { FellesConsentList } from '../consent-list/consent-list.js';
import type { FellesIdLoginButton } from '../id-login-button/id-login-button.js';
import '../address-lookup/define.js';
import '../consent-dialog/define.js';
import '../consent-list/define.js';
import '../id-login-button/define.js';

const origin = inject('sandboxOrigin');
const samtykke = `${origin}/samtykke/api/v1`;
const consent = createConsentClient({ baseUrl: samtykke, retry: false });

/**
 * What a screen reader gets is Chromium's accessibility tree, not the DOM: while a modal dialog is open
 * everything outside it is ignored (`activeModalDialog`), live regions included. Each test puts an
 * element into a page's own modal `<dialog>` and reads the tree through the DevTools protocol.
 */
let dialog: HTMLDialogElement;

/** A synthetic fødselsnummer (month + 80) nobody else uses. */
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
beforeEach(async () => {
  document.documentElement.lang = 'nb';
  await fetch(`${origin}/__sandbox/faults`, { method: 'DELETE' });
  // A region left in <body> by an earlier announcement is what the bug was about.
  announce('Før dialogen');
  await waitForExposedAnnouncement('Før dialogen');
  dialog = document.createElement('dialog');
  dialog.setAttribute('aria-label', 'Sidens egen dialog');
  document.body.append(dialog);
});
afterEach(() => {
  dialog.close();
  dialog.remove();
  document.querySelectorAll('felles-consent-dialog').forEach((el) => el.close());
  cleanup();
});

async function inDialog<T extends Element>(template: ReturnType<typeof html>): Promise<T> {
  render(template, dialog);
  dialog.showModal();
  await settle(dialog);
  return dialog.querySelector('*') as unknown as T;
}

describe('announcements inside an open modal dialog reach an exposed live region', () => {
  it('the body region is ignored while a modal dialog is open (the premise)', async () => {
    dialog.showModal();
    const regions = await exposedLiveRegions();
    expect(regions.map((r) => r.text)).not.toContain('Før dialogen');
  });

  it('announce() from inside the dialog, and from outside while it is open', async () => {
    const inside = document.createElement('p');
    dialog.append(inside);
    dialog.showModal();
    announce('Fra innsiden', { from: inside });
    await waitForExposedAnnouncement('Fra innsiden');
    announce('Uten avsender');
    await waitForExposedAnnouncement('Uten avsender');
    dialog.close();
    announce('Etter dialogen');
    await waitForExposedAnnouncement('Etter dialogen');
  });

  it('<felles-address-lookup>: the number of results', async () => {
    const el = await inDialog<FellesAddressLookup>(
      html`<felles-address-lookup label="Adresse" endpoint=${`${origin}/adresser/v1`}></felles-address-lookup>`,
    );
    const input = el.shadowRoot!.querySelector('input')!;
    input.focus();
    await userEvent.keyboard('Storgata');
    await waitForExposedAnnouncement(/^\d+ treff$/, 8000);
  });

  it('<felles-id-login-button>: "Sender deg til ID-porten …"', async () => {
    const el = await inDialog<FellesIdLoginButton>(html`<felles-id-login-button href="/login"></felles-id-login-button>`);
    const hold = (event: MouseEvent) => event.preventDefault();
    window.addEventListener('click', hold);
    try {
      el.shadowRoot!.querySelector<HTMLAnchorElement>('a[part=button]')!.click();
      await waitForExposedAnnouncement('Sender deg til ID-porten');
    } finally {
      window.removeEventListener('click', hold);
    }
  });

  it('<felles-consent-list>: a failed withdrawal', async () => {
    const person = freshPerson();
    const request = await consent.createRequest({
      id: crypto.randomUUID(),
      from: person,
      to: 'urn:altinn:organization:identifier-no:964338531',
      validTo: new Date(Date.UTC(2027, 2, 1, 12)).toISOString(),
      consentRights: [{ action: ['consent'], resource: [{ type: 'urn:altinn:resource', value: 'inntekt' }] }],
      texts: {
        requester: { nb: `Kommune ${crypto.randomUUID().slice(0, 8)}` },
        datasets: [{ resource: 'inntekt', name: { nb: 'Inntekt' }, source: { nb: 'Skatteetaten' } }],
        purpose: { nb: 'Test' },
        legalBasis: { nb: 'Samtykke' },
        privacyUrl: 'https://example.org/personvern',
        consequenceOfNo: { nb: 'Ingen' },
      },
    });
    await consent.decide(request.id, 'accept', { idempotencyKey: crypto.randomUUID() });
    const list = await inDialog<FellesConsentList>(html`<felles-consent-list subject=${person} endpoint=${samtykke}></felles-consent-list>`);
    const button = await waitUntil(() => list.shadowRoot!.querySelector<HTMLButtonElement>('li button'), 'a withdraw button', 5000);
    await fetch(`${origin}/__sandbox/faults`, { method: 'POST', body: JSON.stringify({ service: 'samtykke', fault: '500', count: 1 }) });
    await userEvent.click(button);
    await waitForExposedAnnouncement('Vi fikk ikke trukket tilbake samtykket');
  });

  it('<felles-consent-dialog>: "Lagrer valget ditt" and the failure, inside its own modal dialog', async () => {
    const request = await consent.createRequest({
      id: crypto.randomUUID(),
      from: 'urn:altinn:organization:identifier-no:315842018',
      to: 'urn:altinn:organization:identifier-no:958935420',
      validTo: new Date(Date.UTC(2027, 5, 30, 12)).toISOString(),
      consentRights: [{ action: ['consent'], resource: [{ type: 'urn:altinn:resource', value: 'skatteetaten-skatteattest' }] }],
    });
    const host = document.createElement('div');
    document.body.append(host);
    render(html`<felles-consent-dialog request-id=${request.id} endpoint=${samtykke} retry-delay="60000" open></felles-consent-dialog>`, host);
    const el = host.firstElementChild as FellesConsentDialog;
    try {
      const accept = await waitUntil(
        () => [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Gi samtykke'),
        'the choices',
        5000,
      );
      await fetch(`${origin}/__sandbox/faults`, { method: 'POST', body: JSON.stringify({ service: 'samtykke', fault: '500', count: 1 }) });
      await userEvent.click(accept);
      await waitForExposedAnnouncement('Lagrer valget ditt');
      await waitForExposedAnnouncement('ikke lagret');
    } finally {
      el.close();
      host.remove();
    }
  });
});
