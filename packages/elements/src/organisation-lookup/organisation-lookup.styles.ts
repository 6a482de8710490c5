import { css } from 'lit';
import { comboboxOf, comboboxStyles } from '../internal/combobox.styles.js';
import { baseStyles } from '../internal/styles.js';

export const styles = [
  baseStyles,
  comboboxStyles,
  comboboxOf('organisation-lookup', 'felles-organisation-match'),
  css`
    /* Before the element is defined, the fallback field's own label is all there is to read. */
    :host(:not(:defined)) .hint {
      display: none;
    }
    /* The facts line is the option's own text (option.ts); the name above it keeps the field's size. */
    [role='option'] {
      font-size: var(--ds-body-sm-font-size, 1rem);
    }
    .name {
      display: block;
      font-size: var(--ds-body-md-font-size, 1.125rem);
      font-weight: 500;
    }
    .state {
      display: inline-block;
      margin-inline-start: var(--ds-size-2, 0.5rem);
      padding: 0 var(--ds-size-2, 0.5rem);
      border-radius: var(--ds-border-radius-full, 999px);
      font-size: var(--ds-body-sm-font-size, 1rem);
      color: var(--ds-color-danger-text-default, var(--_ds-color-danger-text-default));
      background: var(--ds-color-danger-surface-tinted, var(--_ds-color-danger-surface-tinted));
    }
  `,
];
