/** @jsxImportSource vue */
/**
 * `<felles-*>` tags in Vue's TSX (templates are checked by vue-tsc in vue-sfc/).
 * Vue listens to `felles-address-select` for `onFellesAddressSelect`. Every `@ts-expect-error` line must be an error.
 */
import type {} from '@felles/elements/jsx/vue';

export const right = [
  <felles-address-lookup name="adresse" label="Adresse" minChars={3} onFellesAddressSelect={(event) => event.detail.kommunenummer.length} />,
  <felles-consent-dialog open requestId="abc" onFellesConsentClose={(event) => event.detail.source} />,
];

export const wrong = [
  // @ts-expect-error minChars is a number
  <felles-address-lookup minChars="3" />,
  // @ts-expect-error open is a boolean
  <felles-consent-dialog open="yes" />,
  // @ts-expect-error the address has no `foo`
  <felles-address-lookup onFellesAddressSelect={(event) => event.detail.foo} />,
];
