/**
 * `<felles-*>` tags in React's JSX (React 19 sets properties and listens to `on<event-name>`).
 * Every `@ts-expect-error` line must be an error: tsc fails on an unused one.
 */
import type {} from '@felles/elements/jsx/react';
import type { FellesAddressLookup } from '@felles/elements/address-lookup';
import { useRef } from 'react';

export function Right() {
  const ref = useRef<FellesAddressLookup>(null);
  return (
    <form>
      <felles-address-lookup
        ref={ref}
        name="adresse"
        label="Adresse"
        minChars={3}
        required
        onfelles-address-select={(event) => event.detail.postnummer.padStart(4, '0')}
      />
      <felles-id-login-button href="/login" level="high" onfelles-login={(event) => event.detail.url} />
      <felles-consent-dialog open requestId="abc" onfelles-consent-decision={(event) => event.detail.decision === 'accept'} />
      <felles-life-event-stepper eventId="start-business" headingLevel={3} className="steps" />
      <felles-organisation-lookup
        name="virksomhet"
        label="Virksomhet"
        maxResults={5}
        onfelles-organisation-select={(event) => event.detail.organisasjonsnummer.length === 9}
      />
    </form>
  );
}

export const wrong = [
  // @ts-expect-error minChars is a number
  <felles-address-lookup minChars="3" />,
  // @ts-expect-error level is 'substantial' | 'high'
  <felles-id-login-button level="very-high" />,
  // @ts-expect-error the address has no `foo`
  <felles-address-lookup onfelles-address-select={(event) => event.detail.foo} />,
  // @ts-expect-error open is a boolean
  <felles-consent-dialog open="yes" />,
  // @ts-expect-error headingLevel is a number
  <felles-life-event-stepper headingLevel="3" />,
  // @ts-expect-error the unit has no `foo`
  <felles-organisation-lookup onfelles-organisation-select={(event) => event.detail.foo} />,
];

// The tag map types querySelector, with or without JSX.
export const lookup: FellesAddressLookup | null = document.querySelector('felles-address-lookup');
