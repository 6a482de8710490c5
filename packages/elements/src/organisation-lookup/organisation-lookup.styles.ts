import { css } from 'lit';
import { comboboxStyles } from '../internal/combobox.styles.js';
import { baseStyles } from '../internal/styles.js';

export const styles = [
  baseStyles,
  comboboxStyles,
  css`
    :host {
      --_max-width: var(--felles-organisation-lookup-max-width, 36rem);
      --_max-height: var(--felles-organisation-lookup-max-height, 20rem);
      --_z-index: var(--felles-organisation-lookup-z-index, 10);
    }
    /* Before the element is defined, the fallback field's own label is all there is to read. */
    :host(:not(:defined)) .hint {
      display: none;
    }
    .name {
      display: block;
      font-weight: 500;
    }
    .facts {
      font-size: var(--ds-body-sm-font-size, 1rem);
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
