import { css } from 'lit';

/**
 * Designsystemet's secondary button (transparent, subtle text and a strong border in the `data-color`
 * colour), for the `<button>`s of an element's shadow root. `aria-disabled` rather than `disabled` keeps a busy button focusable and
 * announced, so it shows as waiting instead of disappearing from the tab order.
 */
export const secondaryButtons = css`
  button {
    font: inherit;
    min-height: var(--ds-size-12, 3rem);
    padding: var(--ds-size-2, 0.5rem) var(--ds-size-4, 1rem);
    color: var(--ds-color-text-subtle, var(--_ds-color-accent-text-subtle));
    background: transparent;
    border: var(--ds-border-width-default, 1px) solid var(--ds-color-border-strong, var(--_ds-color-accent-border-strong));
    border-radius: var(--ds-border-radius-md, 0.25rem);
    cursor: pointer;
  }
  button:hover {
    background: var(--ds-color-surface-hover, var(--_ds-color-accent-surface-hover));
  }
  button:active {
    background: var(--ds-color-surface-active, var(--_ds-color-accent-surface-active));
  }
  button[aria-disabled='true'] {
    cursor: progress;
    opacity: var(--ds-opacity-disabled, 30%);
  }
`;
