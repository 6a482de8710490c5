import '@angular/compiler';
import { Component, CUSTOM_ELEMENTS_SCHEMA, provideZonelessChangeDetection, type ApplicationRef } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { bootstrapApplication } from '@angular/platform-browser';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { settle, sleep, waitUntil } from '../../test/fixture.js';
import type { Address, AddressSource, FellesAddressLookup } from './index.js';
import './define.js';

/*
 * Angular's reactive forms drive the address lookup through `ngDefaultControl`: Angular's own value
 * accessor for text fields writes `value` and `disabled` and listens to `input` and `blur`. Compiled
 * just in time, as in a test bed, and without zone.js.
 */

const address = (adressetekst: string): Address =>
  ({ adressetekst, postnummer: '0150', poststed: 'OSLO', kommunenummer: '0301', kommunenavn: 'OSLO' }) as Address;
const source: AddressSource = async () => [address('Storgata 1'), address('Storgata 2')];

class PremisesForm {
  readonly source = source;
  readonly form = new FormGroup({ adresse: new FormControl('', { nonNullable: true, validators: Validators.required }) });
}
// Applied as a call, as a decorator compiles to: the project has no decorator syntax to configure.
Component({
  selector: 'felles-angular-premises',
  imports: [ReactiveFormsModule],
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `<form [formGroup]="form">
    <felles-address-lookup formControlName="adresse" ngDefaultControl label="Adresse" debounce="20" [source]="source"></felles-address-lookup>
  </form>`,
})(PremisesForm);

let app: ApplicationRef | undefined;
afterEach(() => {
  app?.destroy();
  app = undefined;
  for (const host of document.querySelectorAll('felles-angular-premises')) host.remove();
});

async function start(): Promise<{ component: PremisesForm; element: FellesAddressLookup; input: HTMLInputElement }> {
  const host = document.body.appendChild(document.createElement('felles-angular-premises'));
  app = await bootstrapApplication(PremisesForm, { providers: [provideZonelessChangeDetection()] });
  const component = app.components[0]!.instance as PremisesForm;
  const element = host.querySelector('felles-address-lookup')!;
  await element.updateComplete;
  return { component, element, input: element.shadowRoot!.querySelector('input')! };
}

describe('the address lookup in an Angular reactive form (ngDefaultControl)', () => {
  it('sends what the person types and chooses to the form control', async () => {
    const { component, element, input } = await start();
    const control = component.form.controls.adresse;
    expect(control.valid).toBe(false);
    input.focus();
    await userEvent.keyboard('Stor');
    expect(control.value).toBe('Stor');
    await waitUntil(() => element.shadowRoot!.querySelectorAll('[role="option"]').length === 2, 'suggestions');
    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(control.value).toBe('Storgata 1, 0150 OSLO');
    expect(control.valid).toBe(true);
    expect(control.dirty).toBe(true);
  });

  it('shows what the form sets, and is disabled and marked touched by the form', async () => {
    const { component, element, input } = await start();
    const control = component.form.controls.adresse;
    control.setValue('Kirkegata 15, 0154 OSLO');
    await element.updateComplete;
    expect(input.value).toBe('Kirkegata 15, 0154 OSLO');
    input.focus();
    input.blur();
    await sleep(0);
    expect(control.touched).toBe(true);
    // The browser reports the element's own disabled state back (formDisabledCallback): one more update.
    control.disable();
    await settle(element.parentElement!);
    expect(element.disabled).toBe(true);
    expect(input.disabled).toBe(true);
    control.enable();
    await settle(element.parentElement!);
    expect(input.disabled).toBe(false);
  });
});
