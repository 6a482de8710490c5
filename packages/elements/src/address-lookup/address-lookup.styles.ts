import { css } from 'lit';
import { baseStyles } from '../internal/styles.js';

export const styles = [
  baseStyles,
  css`
    :host {
      display: block;
      position: relative;
      max-width: var(--felles-address-lookup-max-width, 36rem);
    }
    /* Server-rendered but not yet defined (script still loading, or off): only the plain fallback field works. */
    :host(:not(:defined)) #label,
    :host(:not(:defined)) .field,
    :host(:defined) .fallback {
      display: none;
    }
    label {
      display: block;
      font-weight: 500;
      margin-block-end: var(--ds-size-2, 0.5rem);
    }
    .hint {
      margin-block: calc(-1 * var(--ds-size-1, 0.25rem)) var(--ds-size-2, 0.5rem);
      color: var(--ds-color-neutral-text-subtle, var(--_ds-color-neutral-text-subtle));
    }
    .field {
      position: relative;
    }
    input {
      display: block;
      width: 100%;
      min-height: var(--ds-size-12, 3rem);
      padding: var(--ds-size-2, 0.5rem) var(--ds-size-3, 0.75rem);
      font: inherit;
      color: var(--ds-color-neutral-text-default, var(--_ds-color-neutral-text-default));
      background: var(--ds-color-neutral-surface-default, var(--_ds-color-neutral-surface-default));
      border: var(--ds-border-width-default, 1px) solid var(--ds-color-neutral-border-default, var(--_ds-color-neutral-border-default));
      border-radius: var(--ds-border-radius-md, 0.25rem);
    }
    input::placeholder {
      color: var(--ds-color-neutral-text-subtle, var(--_ds-color-neutral-text-subtle));
    }
    input[aria-invalid='true'] {
      border-color: var(--ds-color-danger-border-default, var(--_ds-color-danger-border-default));
      box-shadow: inset 0 0 0 1px var(--ds-color-danger-border-default, var(--_ds-color-danger-border-default));
    }
    input:disabled {
      opacity: var(--ds-opacity-disabled, 30%);
      cursor: not-allowed;
    }
    input:read-only:not(:disabled) {
      background: var(--ds-color-neutral-surface-tinted, var(--_ds-color-neutral-surface-tinted));
    }
    .popup {
      position: absolute;
      inset-inline: 0;
      top: calc(100% + var(--ds-size-1, 0.25rem));
      z-index: var(--felles-address-lookup-z-index, 10);
      background: var(--ds-color-neutral-surface-default, var(--_ds-color-neutral-surface-default));
      border: var(--ds-border-width-default, 1px) solid var(--ds-color-neutral-border-subtle, var(--_ds-color-neutral-border-subtle));
      border-radius: var(--ds-border-radius-md, 0.25rem);
      box-shadow: var(--ds-shadow-md, 0 4px 12px rgb(0 0 0 / 0.15));
      max-height: var(--felles-address-lookup-max-height, 20rem);
      overflow-y: auto;
    }
    /* "Søker …" and "Ingen treff" only inform: a click on what lies under them reaches it. */
    .popup[data-passive] {
      pointer-events: none;
    }
    [role='listbox'] {
      list-style: none;
      margin: 0;
      padding: var(--ds-size-1, 0.25rem) 0;
    }
    [role='option'] {
      padding: var(--ds-size-2, 0.5rem) var(--ds-size-3, 0.75rem);
      cursor: pointer;
    }
    [role='option']:hover {
      background: var(--ds-color-neutral-surface-hover, var(--_ds-color-neutral-surface-hover));
    }
    [role='option'][aria-selected='true'] {
      background: var(--ds-color-surface-tinted, var(--_ds-color-accent-surface-tinted));
      color: var(--ds-color-text-default, var(--_ds-color-accent-text-default));
      outline: 2px solid var(--ds-color-base-default, var(--_ds-color-accent-base-default));
      outline-offset: -2px;
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
    /* Matches marked by the CSS Custom Highlight API (see options.ts), which cannot set weight. */
    ::highlight(felles-address-match) {
      color: inherit;
      background-color: transparent;
      text-decoration: underline 2px;
      text-underline-offset: 0.15em;
    }
    .status {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--ds-size-2, 0.5rem);
      padding: var(--ds-size-2, 0.5rem) var(--ds-size-3, 0.75rem);
    }
    .status.error {
      color: var(--ds-color-danger-text-default, var(--_ds-color-danger-text-default));
      background: var(--ds-color-danger-surface-tinted, var(--_ds-color-danger-surface-tinted));
    }
    button {
      font: inherit;
      min-height: 2.5rem;
      padding: var(--ds-size-1, 0.25rem) var(--ds-size-3, 0.75rem);
      color: var(--ds-color-base-contrast-default, var(--_ds-color-accent-base-contrast-default));
      background: var(--ds-color-base-default, var(--_ds-color-accent-base-default));
      border: 1px solid transparent;
      border-radius: var(--ds-border-radius-md, 0.25rem);
      cursor: pointer;
    }
    button:hover {
      background: var(--ds-color-base-hover, var(--_ds-color-accent-base-hover));
    }
    .message {
      margin-block-start: var(--ds-size-2, 0.5rem);
      color: var(--ds-color-danger-text-default, var(--_ds-color-danger-text-default));
      font-size: var(--ds-body-sm-font-size, 1rem);
    }
  `,
];
