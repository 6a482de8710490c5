/** @jsxImportSource preact */
/**
 * `<felles-*>` tags in Preact's JSX. Every `@ts-expect-error` line must be an error.
 */
import type {} from '@felles/elements/jsx/preact';

export const right = (
  <form>
    <felles-address-lookup name="adresse" label="Adresse" minChars={3} onfelles-address-select={(event) => event.detail.poststed.toLowerCase()} />
    <felles-id-login-button href="/login" level="substantial" />
  </form>
);

export const wrong = [
  // @ts-expect-error minChars is a number
  <felles-address-lookup minChars="3" />,
  // @ts-expect-error level is 'substantial' | 'high'
  <felles-id-login-button level="very-high" />,
  // @ts-expect-error the address has no `foo`
  <felles-address-lookup onfelles-address-select={(event) => event.detail.foo} />,
];
