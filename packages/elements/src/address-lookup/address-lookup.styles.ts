import { css } from 'lit';
import { comboboxOf, comboboxStyles } from '../internal/combobox.styles.js';
import { baseStyles } from '../internal/styles.js';

export const styles = [
  baseStyles,
  comboboxStyles,
  comboboxOf('address-lookup', 'felles-address-match'),
  css`
    .place {
      font-size: var(--ds-body-sm-font-size, 1rem);
    }
  `,
];
