import '@digdir/designsystemet-theme';
import '@digdir/designsystemet-css';
import type { ConsentRequest } from '@felles/client-samtykke';
import { html, type TemplateResult } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fixture, settle, waitUntil } from '../../test/fixture.js';
import type { ConsentListClient } from '../consent-list/consent-list.js';
import '../address-lookup/define.js';
import '../consent-dialog/define.js';
import '../consent-list/define.js';
import '../id-login-button/define.js';
import '../life-event-stepper/define.js';

/*
 * On a page with Designsystemet's CSS and theme (as the elements are meant to be used), each element's
 * buttons look like Designsystemet's own beside them: the same colours, borders and opacity, following
 * `data-color` and `data-color-scheme` as Designsystemet's components do. The compared elements take no
 * pointer events, so a pointer left over one of them by another test cannot give it its hover colours.
 */
afterEach(() => cleanup());

const accepted: ConsentRequest = {
  id: '0d0c4c1e-1a1b-4c1d-8e1f-000000000001',
  from: 'urn:altinn:person:identifier-no:01017012345',
  to: 'urn:altinn:organization:identifier-no:958935420',
  validTo: '2027-06-30T12:00:00.000Z',
  consented: '2026-06-30T12:00:00.000Z',
  status: 'accepted',
  consentRights: [{ action: ['consent'], resource: [{ type: 'urn:altinn:resource', value: 'inntekt' }] }],
  consentRequestEvents: [],
} as unknown as ConsentRequest;
const client: ConsentListClient = { listForSubject: async () => [accepted], revoke: () => new Promise(() => {}) };

const look = (el: Element) => {
  const s = getComputedStyle(el);
  return {
    color: s.color,
    background: s.backgroundColor,
    border: `${s.borderTopWidth} ${s.borderTopStyle} ${s.borderTopColor}`,
    opacity: s.opacity,
    flexShrink: s.flexShrink,
  };
};

const contexts = ['accent', 'brand1', 'danger'].flatMap((color) => ['light', 'dark'].map((scheme) => [color, scheme] as const));

async function beside(color: string, scheme: string, element: TemplateResult, ds: TemplateResult) {
  const root = await fixture<HTMLDivElement>(
    html`<div style="pointer-events: none" data-color=${color} data-color-scheme=${scheme}>${element}${ds}</div>`,
  );
  await settle(root);
  return root;
}

const box = (el: Element) => {
  const s = getComputedStyle(el);
  return {
    color: s.color,
    background: s.backgroundColor,
    border: `${s.borderTopWidth} ${s.borderTopStyle} ${s.borderTopColor}`,
    radius: s.borderTopLeftRadius,
    height: Math.round(el.getBoundingClientRect().height),
    fontSize: s.fontSize,
  };
};

describe('beside Designsystemet, in every size', () => {
  it.each(['sm', 'md', 'lg'].flatMap((size) => ['light', 'dark'].map((scheme) => [size, scheme] as const)))(
    "the address lookup's field is a ds-input (%s, %s)",
    async (size, scheme) => {
      const root = await fixture<HTMLDivElement>(
        html`<div style="pointer-events: none" data-size=${size} data-color-scheme=${scheme}>
          <felles-address-lookup label="Adresse"></felles-address-lookup><input class="ds-input" type="text" />
        </div>`,
      );
      await settle(root);
      const ours = root.querySelector('felles-address-lookup')!.shadowRoot!.querySelector('input')!;
      expect(box(ours)).toEqual(box(root.querySelector('.ds-input')!));
    },
  );

  it.each(['sm', 'md', 'lg'])('the login button is as tall as a ds-button, with the same font size (data-size=%s)', async (size) => {
    const root = await fixture<HTMLDivElement>(
      html`<div style="pointer-events: none" data-size=${size}>
        <felles-id-login-button href="/login"></felles-id-login-button><button class="ds-button" data-variant="primary">Logg inn</button>
      </div>`,
    );
    await settle(root);
    const ours = root.querySelector('felles-id-login-button')!.shadowRoot!.querySelector('[part~="button"]')!;
    expect(box(ours)).toEqual(box(root.querySelector('.ds-button')!));
  });
});

describe('links and dialogs', () => {
  const link = (el: Element) => {
    const s = getComputedStyle(el);
    return { color: s.color, decoration: s.textDecorationLine, thickness: s.textDecorationThickness, offset: s.textUnderlineOffset };
  };

  it.each(contexts)("the stepper's links are ds-links (%s, %s)", async (color, scheme) => {
    const root = await beside(
      color,
      scheme,
      html`<felles-life-event-stepper event-id="start-business" current-step="register-company"></felles-life-event-stepper>`,
      html`<a class="ds-link" href="#x">Gå til tjenesten</a>`,
    );
    const stepper = root.querySelector('felles-life-event-stepper')!;
    const ours = await waitUntil(() => stepper.shadowRoot!.querySelector('[part="panel"]:not([hidden]) a'), 'an open step');
    expect(link(ours)).toEqual(link(root.querySelector('.ds-link')!));
  });

  it.each(['light', 'dark'])('the consent dialog is a ds-dialog (%s)', async (scheme) => {
    const root = await fixture<HTMLDivElement>(
      html`<div data-color-scheme=${scheme}>
        <felles-consent-dialog .request=${{ ...accepted, status: 'pending', texts: undefined }} open></felles-consent-dialog>
        <dialog class="ds-dialog" open>Samtykke</dialog>
      </div>`,
    );
    await settle(root);
    const ours = root.querySelector('felles-consent-dialog')!.shadowRoot!.querySelector('dialog')!;
    const theirs = root.querySelector('.ds-dialog')!;
    const frame = (el: Element) => {
      const s = getComputedStyle(el);
      return {
        color: s.color,
        background: s.backgroundColor,
        border: `${s.borderTopWidth} ${s.borderTopStyle} ${s.borderTopColor}`,
        radius: s.borderTopLeftRadius,
        shadow: s.boxShadow,
      };
    };
    expect(frame(ours)).toEqual(frame(theirs));
    (root.querySelector('felles-consent-dialog') as HTMLElement & { close(): void }).close();
  });
});

describe('in a flex row', () => {
  it('the login button keeps its width and its one line, as a ds-button does', async () => {
    const long = 'Søknad om serveringsbevilling for et nytt serveringssted i Oslo sentrum, med skjenking';
    const root = await fixture<HTMLDivElement>(
      html`<div>
        <div style="display: flex; gap: 8px; width: 360px">
          <p>${long}</p>
          <felles-id-login-button href="/login"></felles-id-login-button>
        </div>
        <div style="display: flex; gap: 8px; width: 360px">
          <p>${long}</p>
          <button class="ds-button" data-variant="primary">Logg inn med ID-porten</button>
        </div>
      </div>`,
    );
    await settle(root);
    const ours = root.querySelector('felles-id-login-button')!;
    const button = ours.shadowRoot!.querySelector('[part~="button"]')!;
    const theirs = root.querySelector('.ds-button')!;
    expect(getComputedStyle(ours).flexShrink).toBe(getComputedStyle(theirs).flexShrink);
    // One line: as tall as the button's minimum height, and not cut off.
    expect(Math.round(button.getBoundingClientRect().height)).toBe(Math.round(theirs.getBoundingClientRect().height));
    expect(ours.getBoundingClientRect().width).toBeGreaterThanOrEqual(button.scrollWidth);
  });
});

describe('beside Designsystemet, under data-color and data-color-scheme', () => {
  it.each(contexts)('the login button is a primary ds-button (%s, %s)', async (color, scheme) => {
    const root = await beside(
      color,
      scheme,
      html`<felles-id-login-button href="/login"></felles-id-login-button>`,
      html`<button class="ds-button" data-variant="primary">Logg inn</button>`,
    );
    const ours = root.querySelector('felles-id-login-button')!.shadowRoot!.querySelector('[part~="button"]')!;
    expect(look(ours)).toEqual(look(root.querySelector('.ds-button')!));
  });

  it.each(contexts)("the address lookup's retry button is a primary ds-button (%s, %s)", async (color, scheme) => {
    const failing = async () => Promise.reject(new Error('down'));
    const root = await beside(
      color,
      scheme,
      html`<felles-address-lookup label="Adresse" debounce="0" .source=${failing}></felles-address-lookup>`,
      html`<button class="ds-button" data-variant="primary">Prøv igjen</button>`,
    );
    const el = root.querySelector('felles-address-lookup')!;
    const input = el.shadowRoot!.querySelector('input')!;
    input.focus();
    input.value = 'storgata';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    const retry = await waitUntil(() => el.shadowRoot!.querySelector('[part="retry"]'), 'the retry button');
    const { flexShrink: _a, ...ours } = look(retry);
    const { flexShrink: _b, ...theirs } = look(root.querySelector('.ds-button')!);
    expect(ours).toEqual(theirs);
  });

  it.each(contexts)(
    "the consent list's withdraw button is a secondary ds-button, and so is a busy one a disabled one (%s, %s)",
    async (color, scheme) => {
      const root = await beside(
        color,
        scheme,
        html`<felles-consent-list subject=${accepted.from} .client=${client}></felles-consent-list>`,
        html`<button class="ds-button" data-variant="secondary">Trekk tilbake</button
          ><button class="ds-button" data-variant="secondary" aria-disabled="true">Trekker tilbake</button>`,
      );
      const list = root.querySelector('felles-consent-list')!;
      const withdraw = await waitUntil(() => list.shadowRoot!.querySelector<HTMLButtonElement>('[part="withdraw"]'), 'the withdraw button');
      const [enabled, disabled] = root.querySelectorAll('.ds-button');
      const { flexShrink: _a, ...ours } = look(withdraw);
      const { flexShrink: _b, ...theirs } = look(enabled!);
      expect(ours).toEqual(theirs);
      withdraw.click();
      await settle(root);
      expect(look(withdraw).opacity).toBe(look(disabled!).opacity);
    },
  );
});
