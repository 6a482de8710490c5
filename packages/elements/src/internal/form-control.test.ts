import { html } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fixture, settle } from '../../test/fixture.js';
import './demo/core-demo.js';
import type { FellesCoreDemo } from './demo/core-demo.js';

async function typeInto(demo: FellesCoreDemo, value: string) {
  const input = demo.shadowRoot!.querySelector('input')!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await demo.updateComplete;
}

describe('form association', () => {
  afterEach(cleanup);

  it('submits its value under its name through FormData', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><felles-core-demo name="org" value="Kafé Fjord AS"></felles-core-demo></form>`);
    const demo = form.querySelector('felles-core-demo')!;
    expect(new FormData(form).get('org')).toBe('Kafé Fjord AS');
    await typeInto(demo, 'Bakeriet Nord AS');
    expect(new FormData(form).get('org')).toBe('Bakeriet Nord AS');
    expect(demo.form).toBe(form);
  });

  it('reports valueMissing with a localized message, and reaches checkValidity and :invalid', async () => {
    const form = await fixture<HTMLFormElement>(html`<form lang="nn"><felles-core-demo name="org" required></felles-core-demo></form>`);
    const demo = form.querySelector('felles-core-demo')!;
    expect(form.checkValidity()).toBe(false);
    expect(demo.validity.valueMissing).toBe(true);
    expect(demo.validationMessage).toBe('Du må fylle ut dette feltet.');
    expect(demo.matches(':invalid')).toBe(true);

    form.setAttribute('lang', 'en');
    await new Promise((r) => setTimeout(r));
    await demo.updateComplete;
    expect(demo.validationMessage).toBe('Please fill in this field.');

    await typeInto(demo, 'Kafé Fjord AS');
    expect(form.checkValidity()).toBe(true);
    expect(demo.matches(':valid')).toBe(true);
  });

  it('restores its initial value on form.reset()', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><felles-core-demo name="org" value="Start"></felles-core-demo></form>`);
    const demo = form.querySelector('felles-core-demo')!;
    await typeInto(demo, 'Endret');
    form.reset();
    await demo.updateComplete;
    expect(demo.value).toBe('Start');
    expect(new FormData(form).get('org')).toBe('Start');
  });

  it('is left out of the form and of validation inside a disabled fieldset', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><fieldset disabled><felles-core-demo name="org" value="x" required></felles-core-demo></fieldset></form>`,
    );
    const demo = form.querySelector('felles-core-demo')!;
    await demo.updateComplete;
    expect(demo.shadowRoot!.querySelector('input')!.disabled).toBe(true);
    expect(new FormData(form).has('org')).toBe(false);
    form.querySelector('fieldset')!.disabled = false;
    await demo.updateComplete;
    expect(new FormData(form).get('org')).toBe('x');
  });

  it('follows its own disabled property both ways, as a framework sets it', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><felles-core-demo name="org" value="x"></felles-core-demo></form>`);
    const demo = form.querySelector('felles-core-demo')!;
    const input = demo.shadowRoot!.querySelector('input')!;
    demo.disabled = true;
    await settle(form);
    expect(input.disabled).toBe(true);
    expect(new FormData(form).has('org')).toBe(false);
    demo.disabled = false;
    await settle(form);
    expect(input.disabled).toBe(false);
    expect(new FormData(form).get('org')).toBe('x');
  });

  it('takes a custom validity message and clears it', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><felles-core-demo name="org" value="x"></felles-core-demo></form>`);
    const demo = form.querySelector('felles-core-demo')!;
    demo.setCustomValidity('Navnet er tatt');
    expect(demo.validity.customError).toBe(true);
    expect(form.checkValidity()).toBe(false);
    demo.setCustomValidity('');
    expect(form.checkValidity()).toBe(true);
  });

  it('is labelled by a <label for> in the page', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><label for="d">Navn</label><felles-core-demo id="d" name="org"></felles-core-demo></form>`,
    );
    const demo = form.querySelector('felles-core-demo')!;
    expect(demo.labels).toHaveLength(1);
  });
});
