import { css } from 'lit';
import { secondaryButtons } from '../internal/buttons.js';
import { baseStyles } from '../internal/styles.js';

export const styles = [
  baseStyles,
  secondaryButtons,
  css`
    :host {
      display: block;
      container-type: inline-size;
      overflow-wrap: anywhere;
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: var(--ds-size-3, 0.75rem);
    }
    li {
      padding: var(--ds-size-4, 1rem);
      background: var(--ds-color-neutral-surface-default, var(--_ds-color-neutral-surface-default));
      border: var(--ds-border-width-default, 1px) solid var(--ds-color-neutral-border-subtle, var(--_ds-color-neutral-border-subtle));
      border-radius: var(--ds-border-radius-md, 0.25rem);
    }
    .who {
      margin: 0;
      font-weight: 600;
    }
    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: var(--ds-size-1, 0.25rem) var(--ds-size-4, 1rem);
      margin: var(--ds-size-2, 0.5rem) 0;
    }
    dt {
      color: var(--ds-color-neutral-text-subtle, var(--_ds-color-neutral-text-subtle));
    }
    dd {
      margin: 0;
    }
    [role='alert'] {
      padding: var(--ds-size-3, 0.75rem);
      color: var(--ds-color-danger-text-default, var(--_ds-color-danger-text-default));
      background: var(--ds-color-danger-surface-tinted, var(--_ds-color-danger-surface-tinted));
      border-inline-start: 4px solid var(--ds-color-danger-border-default, var(--_ds-color-danger-border-default));
    }
    @container (max-width: 30rem) {
      dl {
        grid-template-columns: 1fr;
      }
    }
  `,
];
