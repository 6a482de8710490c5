import { FellesAddressLookup } from '@felles/elements/address-lookup';
import { FellesConsentDialog } from '@felles/elements/consent-dialog';
import { FellesConsentList } from '@felles/elements/consent-list';
import type {} from '@felles/elements/jsx/react';
import { FellesIdLoginButton } from '@felles/elements/id-login-button';
import { FellesLifeEventStepper } from '@felles/elements/life-event-stepper';
import { FellesOrganisationLookup, type OrganisationLookupClient } from '@felles/elements/organisation-lookup';
import { loadLifeEvent, placeSteps } from '@felles/life-events';
import { createRef, StrictMode, useState, version, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import manifest from '@felles/elements/custom-elements.json';
import * as wrappers from './index.js';
import { AddressLookup, ConsentDialog, ConsentList, IdLoginButton, LifeEventStepper, OrganisationLookup } from './index.js';
import { consentRequest, memorySource, myrvollveien } from '../test/fixtures.js';

let root: Root | undefined;
let container: HTMLElement | undefined;

function mount(node: ReactNode): HTMLElement {
  container = document.createElement('div');
  // The texts asserted below are Bokmål, as on a Norwegian service's page.
  container.lang = 'nb';
  document.body.append(container);
  root = createRoot(container);
  root.render(<StrictMode>{node}</StrictMode>);
  return container;
}

afterEach(() => {
  root?.unmount();
  container?.remove();
  root = container = undefined;
});

/** Waits until `check` holds, for React's commit and Lit's update to have happened. */
const until = <T,>(check: () => T) =>
  vi.waitFor(
    () => {
      const value = check();
      if (!value) throw new Error('not yet');
      return value;
    },
    { timeout: 5000, interval: 10 },
  );

const shadow = (el: Element | null | undefined) => el!.shadowRoot!;

describe('@felles/react wrappers in React ' + version, () => {
  it('runs React 19', () => {
    expect(version.split('.')[0]).toBe('19');
  });

  it('has a wrapper for every element in the manifest', () => {
    const declarations = manifest.modules.flatMap((m) => (m.declarations ?? []) as { tagName?: string }[]);
    const declared = declarations.filter((d): d is { tagName: string } => Boolean(d.tagName));
    expect(declared.length).toBeGreaterThanOrEqual(4);
    for (const d of declared) {
      const name = d.tagName.replace(/^felles-/, '').replace(/(^|-)(.)/g, (_, __, c: string) => c.toUpperCase());
      const wrapper = (wrappers as Record<string, unknown>)[name];
      expect(wrapper, `wrapper for <${d.tagName}>`).toBeTruthy();
    }
  });

  it('AddressLookup: props reach the element, a ref is the element, typing and choosing call onInput, onChange and onFellesAddressSelect', async () => {
    const ref = createRef<FellesAddressLookup>();
    const source = memorySource();
    const onInput = vi.fn();
    const onChange = vi.fn();
    const onSelect = vi.fn();
    mount(
      <AddressLookup
        ref={ref}
        label="Adresse"
        name="adresse"
        minChars={3}
        debounce={0}
        source={source}
        onInput={onInput}
        onChange={onChange}
        onFellesAddressSelect={(event) => onSelect(event.detail)}
      />,
    );
    const el = await until(() => ref.current);
    expect(el).toBeInstanceOf(FellesAddressLookup);
    expect(el.tagName.toLowerCase()).toBe('felles-address-lookup');
    // A property set by React, not an attribute: a function cannot be an attribute.
    expect(el.source).toBe(source);
    expect(el.minChars).toBe(3);
    await el.updateComplete;
    expect(shadow(el).querySelector('label')!.textContent).toContain('Adresse');

    const input = shadow(el).querySelector('input')!;
    await userEvent.type(input, 'Myrv');
    expect(onInput).toHaveBeenCalledTimes(4);
    const option = await until(() => shadow(el).querySelector<HTMLElement>('[role="option"]'));
    await userEvent.click(option);
    expect(onSelect).toHaveBeenCalledTimes(1);
    expect(onSelect.mock.calls[0]![0]).toMatchObject({ adressetekst: 'Myrvollveien 5C', postnummer: '1415' });
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(el.value).toMatch(/^Myrvollveien 5C, 1415 /);
  });

  it('AddressLookup in a React form: submitting sends the address and its parts under its name', async () => {
    const submitted: [string, FormDataEntryValue][][] = [];
    function Form() {
      const [count, setCount] = useState(0);
      return (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            submitted.push([...new FormData(event.currentTarget)]);
            setCount(count + 1);
          }}
        >
          <AddressLookup label="Adresse" name="adresse" required debounce={0} source={memorySource()} />
          <button type="submit">Send ({count})</button>
        </form>
      );
    }
    const page = mount(<Form />);
    const el = await until(() => page.querySelector('felles-address-lookup'));
    const submit = page.querySelector('button')!;

    // Required and empty: the browser refuses to submit.
    await userEvent.click(submit);
    expect(submitted).toHaveLength(0);
    expect((el as FellesAddressLookup).validity.valueMissing).toBe(true);

    await userEvent.type(shadow(el).querySelector('input')!, 'Myrvollveien');
    await userEvent.click(await until(() => shadow(el).querySelector<HTMLElement>('[role="option"]')));
    await userEvent.click(submit);
    await until(() => submit.textContent === 'Send (1)');
    expect(submitted).toHaveLength(1);
    const data = Object.fromEntries(submitted[0]!);
    expect(data).toMatchObject({
      adresse: (el as FellesAddressLookup).value,
      'adresse.postnummer': '1415',
      'adresse.poststed': 'OPPEGÅRD',
      'adresse.kommunenummer': '3207',
      'adresse.adressekode': '25440',
      'adresse.nummer': '5',
      'adresse.bokstav': 'C',
      'adresse.lat': String(myrvollveien.representasjonspunkt.lat),
      'adresse.lon': String(myrvollveien.representasjonspunkt.lon),
    });
    expect(data.adresse).toMatch(/^Myrvollveien 5C, 1415 /);
  });

  it('IdLoginButton: href and level reach the link, onFellesLogin can cancel the navigation', async () => {
    const ref = createRef<FellesIdLoginButton>();
    const onLogin = vi.fn((event: Event) => event.preventDefault());
    mount(<IdLoginButton ref={ref} href="/login" level="high" onFellesLogin={onLogin} />);
    const el = await until(() => ref.current);
    expect(el).toBeInstanceOf(FellesIdLoginButton);
    await el.updateComplete;
    const link = shadow(el).querySelector('a')!;
    const url = new URL(link.href);
    expect(url.pathname).toBe('/login');
    expect(url.searchParams.get('acr')).toBe('idporten-loa-high');
    const before = location.href;
    await userEvent.click(link);
    expect(onLogin).toHaveBeenCalledTimes(1);
    expect((onLogin.mock.calls[0]![0] as CustomEvent).detail).toMatchObject({ mode: 'href', level: 'high' });
    expect(location.href).toBe(before);
  });

  it('ConsentDialog: an object prop is set as a property, open shows the dialog, a choice calls onFellesConsentDecision', async () => {
    const ref = createRef<FellesConsentDialog>();
    const onDecision = vi.fn();
    mount(<ConsentDialog ref={ref} request={consentRequest} open onFellesConsentDecision={(e) => onDecision(e.detail)} />);
    const el = await until(() => ref.current);
    expect(el).toBeInstanceOf(FellesConsentDialog);
    expect(el.request).toBe(consentRequest);
    const dialog = await until(() => shadow(el).querySelector<HTMLDialogElement>('dialog[open]'));
    expect(dialog.textContent).toContain('Oslo kommune');
    const accept = [...shadow(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Gi samtykke')!;
    await userEvent.click(accept);
    expect(onDecision).toHaveBeenCalledTimes(1);
    expect(onDecision.mock.calls[0]![0]).toMatchObject({ requestId: consentRequest.id, decision: 'accept' });
  });

  it('ConsentList: requests and client props list the consents, withdrawing calls onFellesConsentRevoked', async () => {
    const ref = createRef<FellesConsentList>();
    const accepted = { ...consentRequest, status: 'accepted' as const };
    const revoked: string[] = [];
    const client = {
      listForSubject: async () => [accepted],
      revoke: async (id: string) => ({ ...accepted, id, status: 'revoked' as const }),
    } as unknown as NonNullable<FellesConsentList['client']>;
    mount(<ConsentList ref={ref} requests={[accepted]} client={client} onFellesConsentRevoked={(e) => revoked.push(e.detail.request.status)} />);
    const el = await until(() => ref.current);
    expect(el).toBeInstanceOf(FellesConsentList);
    expect(el.requests).toEqual([accepted]);
    const withdraw = await until(() => shadow(el).querySelector<HTMLButtonElement>('[part="withdraw"]'));
    expect(shadow(el).textContent).toContain('Oslo kommune');
    await userEvent.click(withdraw);
    await until(() => revoked.length === 1);
    expect(revoked).toEqual(['revoked']);
  });

  it('the tags themselves in React 19 JSX: properties are set and on<event-name> props listen', async () => {
    const selected = vi.fn();
    const source = memorySource();
    const page = mount(
      <form>
        <felles-address-lookup
          name="adresse"
          label="Adresse"
          minChars={4}
          debounce={0}
          source={source}
          onfelles-address-select={(e) => selected(e.detail.postnummer)}
        />
      </form>,
    );
    const el = await until(() => page.querySelector('felles-address-lookup'));
    await el.updateComplete;
    // Properties, not attributes: a number stays a number, a function is a function.
    expect(el.minChars).toBe(4);
    expect(el.source).toBe(source);
    await userEvent.type(shadow(el).querySelector('input')!, 'Myrv');
    await userEvent.click(await until(() => shadow(el).querySelector<HTMLElement>('[role="option"]')));
    expect(selected.mock.calls).toEqual([['1415']]);
  });

  it('LifeEventStepper: event and progress props render the steps, onFellesStepToggle reports a step opened', async () => {
    const event = await loadLifeEvent('start-business');
    const ref = createRef<FellesLifeEventStepper>();
    const toggles: { stepId: string; expanded: boolean }[] = [];
    const firstStep = placeSteps(event)[0]!.step;
    mount(
      <LifeEventStepper
        ref={ref}
        event={event}
        progress={{ [firstStep.id]: 'done' }}
        headingLevel={3}
        onFellesStepToggle={(e) => toggles.push(e.detail)}
      />,
    );
    const el = await until(() => ref.current);
    expect(el).toBeInstanceOf(FellesLifeEventStepper);
    const steps = await until(() => (shadow(el).querySelectorAll('li').length ? shadow(el).querySelectorAll('li') : null));
    expect(steps.length).toBeGreaterThan(8);
    expect(shadow(el).querySelector('h3')).not.toBeNull();
    expect(shadow(el).querySelector('[part="summary"]')!.textContent).toMatch(/^1 av \d+ steg fullført$/);
    await userEvent.click(shadow(el).querySelector<HTMLButtonElement>('li button')!);
    expect(toggles).toHaveLength(1);
    expect(toggles[0]).toMatchObject({ stepId: firstStep.id });
  });

  it('OrganisationLookup: a client prop answers, choosing calls onChange and onFellesOrganisationSelect with the unit', async () => {
    const ref = createRef<FellesOrganisationLookup>();
    const enhet = {
      organisasjonsnummer: '926535897',
      navn: 'SMAKEBITEN KAFE AS',
      organisasjonsform: { kode: 'AS', beskrivelse: 'Aksjeselskap' },
      forretningsadresse: { poststed: 'OSLO' },
      konkurs: false,
      underAvvikling: false,
      underTvangsavviklingEllerTvangsopplosning: false,
    };
    const client = {
      searchEnheter: async () => ({ enheter: [enhet], page: { number: 0, size: 10, totalPages: 1, totalElements: 1 }, links: {} }),
      getEnhet: async () => ({ status: 'found', enhet }),
    } as unknown as OrganisationLookupClient;
    const onChange = vi.fn();
    const onSelect = vi.fn();
    mount(
      <OrganisationLookup
        ref={ref}
        label="Virksomhet"
        name="virksomhet"
        debounce={0}
        client={client}
        onChange={onChange}
        onFellesOrganisationSelect={(event) => onSelect(event.detail)}
      />,
    );
    const el = await until(() => ref.current);
    expect(el).toBeInstanceOf(FellesOrganisationLookup);
    expect(el.client).toBe(client);
    await el.updateComplete;
    await userEvent.type(shadow(el).querySelector('input')!, 'smake');
    const option = await until(() => shadow(el).querySelector<HTMLElement>('[role="option"]'));
    await userEvent.click(option);
    expect(onSelect).toHaveBeenCalledTimes(1);
    expect(onSelect.mock.calls[0]![0]).toMatchObject({ organisasjonsnummer: '926535897', navn: 'SMAKEBITEN KAFE AS', status: 'active' });
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
