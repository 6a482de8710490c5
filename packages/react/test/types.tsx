/**
 * Type-checked by `npm run typecheck` (tsc): the right props compile, and each `@ts-expect-error`
 * line must be an error, or tsc fails with "Unused '@ts-expect-error' directive".
 */
import { createRef } from 'react';
import type { FellesAddressLookup } from '@felles/elements/address-lookup';
import { AddressLookup, ConsentDialog, IdLoginButton, LifeEventStepper } from '../src/index.js';

const ref = createRef<FellesAddressLookup>();

export const right = (
  <form>
    <AddressLookup
      ref={ref}
      name="adresse"
      label="Adresse"
      minChars={3}
      required
      onChange={(event) => event.target}
      onFellesAddressSelect={(event) => event.detail.postnummer.padStart(4, '0')}
    />
    <IdLoginButton href="/login" level="high" onFellesLogin={(event) => event.detail.url} />
    <ConsentDialog open requestId="abc" onFellesConsentDecision={(event) => event.detail.decision === 'accept'} />
    <LifeEventStepper eventId="start-business" headingLevel={3} onFellesStepToggle={(event) => event.detail.expanded} />
  </form>
);

export const wrong = [
  // @ts-expect-error min-chars is a number, not a string
  <AddressLookup minChars="3" />,
  // @ts-expect-error level is 'substantial' | 'high'
  <IdLoginButton level="very-high" />,
  // @ts-expect-error the detail of felles-address-select is an address, with no `foo`
  <AddressLookup onFellesAddressSelect={(event) => event.detail.foo} />,
  // @ts-expect-error open is a boolean
  <ConsentDialog open="yes" />,
  // @ts-expect-error the stepper fires no felles-address-select
  <LifeEventStepper onFellesAddressSelect={() => {}} />,
];
