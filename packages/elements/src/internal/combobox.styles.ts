import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * The look of a combobox field (label, text field, popup with a listbox or a status line, retry button,
 * hint and validation message), in Designsystemet's tokens: the field is a `ds-input`, the retry button a
 * primary `ds-button`, and the accent colours are the contextual ones, so `data-color` recolours them. An
 * element sets its public sizes through three private properties on `:host`: `--_max-width`,
 * `--_max-height` (of the popup) and `--_z-index`, which `comboboxOf()` reads from its public ones.
 */
export const comboboxStyles = css`
  :host {
    display: block;
    position: relative;
    max-width: var(--_max-width, 36rem);
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
    z-index: var(--_z-index, 10);
    background: var(--ds-color-neutral-surface-default, var(--_ds-color-neutral-surface-default));
    border: var(--ds-border-width-default, 1px) solid var(--ds-color-neutral-border-subtle, var(--_ds-color-neutral-border-subtle));
    border-radius: var(--ds-border-radius-md, 0.25rem);
    box-shadow: var(--ds-shadow-md, 0 4px 12px rgb(0 0 0 / 0.15));
    max-height: var(--_max-height, 20rem);
    overflow-y: auto;
  }
  /* A status that only informs ("Søker …", "Ingen treff"): a click on what lies under it reaches it. */
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
    /* No content-visibility: auto here. It would halve the layout of a long list, but Chromium then gives
       the options scrolled out of view an empty accessible name. */
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
  [role='option'][aria-disabled='true'] {
    cursor: default;
    color: var(--ds-color-neutral-text-subtle, var(--_ds-color-neutral-text-subtle));
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
  /* Typed words in an option, where the browser has no Custom Highlight API (internal/option-list.ts). */
  mark {
    background: none;
    color: inherit;
    font-weight: 700;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
`;

/**
 * The element's own part of the combobox look: its public custom properties `--felles-<tag>-max-width`
 * (default 36rem), `--felles-<tag>-max-height` (20rem) and `--felles-<tag>-z-index` (10), and the typed
 * words its options mark in the highlight `match` (the `OptionList`'s `matches.name`). The Custom
 * Highlight API cannot set the weight a `<mark>` has, so it underlines.
 */
export function comboboxOf(tag: string, match: string): CSSResult {
  return css`
    :host {
      --_max-width: var(--felles-${unsafeCSS(tag)}-max-width, 36rem);
      --_max-height: var(--felles-${unsafeCSS(tag)}-max-height, 20rem);
      --_z-index: var(--felles-${unsafeCSS(tag)}-z-index, 10);
    }
    ::highlight(${unsafeCSS(match)}) {
      color: inherit;
      background-color: transparent;
      text-decoration: underline 2px;
      text-underline-offset: 0.15em;
    }
  `;
}
