import { html } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations, expectAccessible } from '../../test/axe.js';
import { cleanup, fixture } from '../../test/fixture.js';
import { FellesAddressLookup } from '../address-lookup/address-lookup.js';
import { FellesConsentDialog } from '../consent-dialog/consent-dialog.js';
import { FellesConsentList } from '../consent-list/consent-list.js';
import { FellesIdLoginButton } from '../id-login-button/id-login-button.js';
import { FellesLifeEventStepper } from '../life-event-stepper/life-event-stepper.js';
import { FellesOrganisationLookup } from '../organisation-lookup/organisation-lookup.js';
import './demo/core-demo.js';
import type { FellesCoreDemo } from './demo/core-demo.js';

const buttonColours = (demo: FellesCoreDemo) => getComputedStyle(demo.shadowRoot!.querySelector('button')!);

describe('theming and accessibility checks', () => {
  afterEach(cleanup);

  it('falls back to light colours with no theme, and to dark ones under color-scheme: dark', async () => {
    const light = await fixture<FellesCoreDemo>(html`<felles-core-demo></felles-core-demo>`);
    expect(buttonColours(light).backgroundColor).toBe('rgb(0, 98, 186)');
    const dark = await fixture<FellesCoreDemo>(html`<felles-core-demo></felles-core-demo>`, { style: 'color-scheme: dark' });
    expect(buttonColours(dark).backgroundColor).toBe('rgb(76, 145, 207)');
  });

  it('loads the default colours under private names only, so a theme loaded later still wins', async () => {
    const demo = await fixture<FellesCoreDemo>(html`<felles-core-demo></felles-core-demo>`);
    const root = getComputedStyle(document.documentElement);
    expect(root.getPropertyValue('--_ds-color-accent-base-default')).toContain('#0062ba');
    expect(root.getPropertyValue('--ds-color-base-default')).toBe('');
    document.documentElement.style.setProperty('--ds-color-base-default', 'rgb(4, 5, 6)');
    try {
      expect(buttonColours(demo).backgroundColor).toBe('rgb(4, 5, 6)');
    } finally {
      document.documentElement.style.removeProperty('--ds-color-base-default');
    }
  });

  it('ships no palette in any element: every colour is a token, the contextual ones where Designsystemet uses them, so data-color works', () => {
    for (const element of [
      FellesAddressLookup,
      FellesConsentDialog,
      FellesConsentList,
      FellesIdLoginButton,
      FellesLifeEventStepper,
      FellesOrganisationLookup,
    ]) {
      const cssText = [element.styles]
        .flat(Infinity)
        .map((style) => String((style as { cssText?: string }).cssText))
        .join('');
      expect(cssText, element.name).toMatch(/var\(--ds-color-(base|text|border|surface)-/);
      expect(cssText, element.name).not.toMatch(/var\(--ds-color-accent-/);
      expect(cssText.match(/#[0-9a-f]{3,8}\b|light-dark\(/gi), element.name).toBeNull();
    }
  });

  it("takes Designsystemet's tokens from any ancestor, through the shadow boundary", async () => {
    const demo = await fixture<FellesCoreDemo>(html`<felles-core-demo></felles-core-demo>`, {
      style: '--ds-color-base-default: rgb(1, 2, 3); --ds-size-12: 40px',
    });
    expect(buttonColours(demo).backgroundColor).toBe('rgb(1, 2, 3)');
    expect(buttonColours(demo).minHeight).toBe('40px');
  });

  it('shows a focus ring on keyboard focus', async () => {
    const demo = await fixture<FellesCoreDemo>(html`<felles-core-demo></felles-core-demo>`);
    const input = demo.shadowRoot!.querySelector('input')!;
    const { userEvent } = await import('vitest/browser');
    await userEvent.tab();
    expect(demo.shadowRoot!.activeElement).toBe(input);
    expect(getComputedStyle(input).outlineStyle).toBe('solid');
  });

  it('passes axe in light and dark', async () => {
    await fixture(html`<felles-core-demo></felles-core-demo>`);
    await fixture(html`<felles-core-demo></felles-core-demo>`, { style: 'color-scheme: dark; background: #17181a' });
    await expectAccessible(document.body);
  });

  it('has an axe check that can fail: a planted nameless button and low-contrast text are caught', async () => {
    await fixture(
      html`<div>
        <button></button>
        <p style="color:#bbb;background:#fff">Svak tekst</p>
      </div>`,
    );
    const ids = (await axeViolations(document.body)).map((v) => v.id);
    expect(ids).toContain('button-name');
    expect(ids).toContain('color-contrast');
  });
});
