import { css } from 'lit';
import { baseStyles } from '../internal/styles.js';

export const styles = [
  ...baseStyles,
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
      margin-block-end: var(--_space-2);
    }
    .field {
      position: relative;
    }
    input {
      display: block;
      width: 100%;
      min-height: var(--_control-height);
      padding: var(--_space-2) var(--_space-3);
      font: inherit;
      color: var(--_text);
      background: var(--_background);
      border: var(--_border-width) solid var(--_border);
      border-radius: var(--_radius);
    }
    input::placeholder {
      color: var(--_text-subtle);
    }
    input[aria-invalid='true'] {
      border-color: var(--_danger-border);
      box-shadow: inset 0 0 0 1px var(--_danger-border);
    }
    input:disabled {
      opacity: 0.6;
      cursor: not-allowed;
    }
    input:read-only:not(:disabled) {
      background: var(--_surface-tinted);
    }
    .popup {
      position: absolute;
      inset-inline: 0;
      top: calc(100% + var(--_space-1));
      z-index: var(--felles-address-lookup-z-index, 10);
      background: var(--_surface);
      border: var(--_border-width) solid var(--_border-subtle);
      border-radius: var(--_radius);
      box-shadow: var(--ds-shadow-md, 0 4px 12px rgb(0 0 0 / 0.15));
      max-height: var(--felles-address-lookup-max-height, 20rem);
      overflow-y: auto;
    }
    [role='listbox'] {
      list-style: none;
      margin: 0;
      padding: var(--_space-1) 0;
    }
    [role='option'] {
      padding: var(--_space-2) var(--_space-3);
      cursor: pointer;
    }
    [role='option']:hover {
      background: var(--_surface-hover);
    }
    [role='option'][aria-selected='true'] {
      background: var(--_accent-surface);
      color: var(--_accent-text);
      outline: 2px solid var(--_accent);
      outline-offset: -2px;
    }
    .place {
      display: block;
      font-size: var(--_font-size-sm);
    }
    mark {
      background: none;
      color: inherit;
      font-weight: 700;
      text-decoration: underline;
      text-underline-offset: 0.15em;
    }
    .status {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_space-2);
      padding: var(--_space-2) var(--_space-3);
    }
    .status.error {
      color: var(--_danger-text);
      background: var(--_danger-surface);
    }
    button {
      font: inherit;
      min-height: 2.5rem;
      padding: var(--_space-1) var(--_space-3);
      color: var(--_accent-contrast);
      background: var(--_accent);
      border: 0;
      border-radius: var(--_radius);
      cursor: pointer;
    }
    button:hover {
      background: var(--_accent-hover);
    }
    .message {
      margin-block-start: var(--_space-2);
      color: var(--_danger-text);
      font-size: var(--_font-size-sm);
    }
  `,
];
