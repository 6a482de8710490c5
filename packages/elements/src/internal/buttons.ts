import { css } from 'lit';

/**
 * Designsystemet's secondary button (accent text and border on the surface), for the `<button>`s of an
 * element's shadow root. `aria-disabled` rather than `disabled` keeps a busy button focusable and
 * announced, so it shows as waiting instead of disappearing from the tab order.
 */
export const secondaryButtons = css`
  button {
    font: inherit;
    min-height: var(--ds-size-12, 3rem);
    padding: var(--ds-size-2, 0.5rem) var(--ds-size-4, 1rem);
    color: var(--ds-color-accent-text-default, var(--_ds-color-accent-text-default));
    background: var(--ds-color-neutral-surface-default, var(--_ds-color-neutral-surface-default));
    border: 2px solid var(--ds-color-accent-base-default, var(--_ds-color-accent-base-default));
    border-radius: var(--ds-border-radius-md, 0.25rem);
    cursor: pointer;
  }
  button:hover {
    background: var(--ds-color-accent-surface-tinted, var(--_ds-color-accent-surface-tinted));
  }
  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }
`;
