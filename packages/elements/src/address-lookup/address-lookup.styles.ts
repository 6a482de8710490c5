import { css } from 'lit';
import { comboboxStyles } from '../internal/combobox.styles.js';
import { baseStyles } from '../internal/styles.js';

export const styles = [
  baseStyles,
  comboboxStyles,
  css`
    :host {
      --_max-width: var(--felles-address-lookup-max-width, 36rem);
      --_max-height: var(--felles-address-lookup-max-height, 20rem);
      --_z-index: var(--felles-address-lookup-z-index, 10);
    }
    .place {
      font-size: var(--ds-body-sm-font-size, 1rem);
    }
    mark {
      background: none;
      color: inherit;
      font-weight: 700;
      text-decoration: underline;
      text-underline-offset: 0.15em;
    }
    /* Matches marked by the CSS Custom Highlight API (internal/option-list.ts), which cannot set weight. */
    ::highlight(felles-address-match) {
      color: inherit;
      background-color: transparent;
      text-decoration: underline 2px;
      text-underline-offset: 0.15em;
    }
  `,
];
