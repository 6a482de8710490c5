import { css } from 'lit';
import { baseStyles } from '../internal/styles.js';

export const styles = [
  ...baseStyles,
  css`
    :host {
      display: contents;
    }
    dialog {
      width: min(var(--felles-consent-dialog-width, 40rem), calc(100vw - 2 * var(--_space-4)));
      max-height: calc(100dvh - 2 * var(--_space-4));
      padding: 0;
      color: var(--_text);
      background: var(--_surface);
      border: var(--_border-width) solid var(--_border-subtle);
      border-radius: var(--_radius);
      box-shadow: 0 0.5rem 2rem rgb(0 0 0 / 0.3);
    }
    dialog[open] {
      display: flex;
      flex-direction: column;
    }
    dialog::backdrop {
      background: rgb(0 0 0 / 0.55);
    }
    /*
     * Without JavaScript the dialog can never open: its content is shown in the page instead, so the
     * person can still read who asks for what. The choices and the × need script, so they are hidden.
     */
    @media (scripting: none) {
      dialog {
        display: block;
        position: static;
        max-height: none;
        box-shadow: none;
      }
      .close,
      footer {
        display: none;
      }
    }
    header,
    footer {
      padding: var(--_space-4) var(--_space-6);
    }
    header {
      display: flex;
      align-items: start;
      gap: var(--_space-4);
      border-bottom: var(--_border-width) solid var(--_border-subtle);
    }
    h2,
    h3 {
      margin: 0;
      font-size: 1.25em;
      line-height: 1.3;
      flex: 1;
    }
    h3 {
      font-size: 1.1em;
    }
    .body {
      overflow: auto;
      padding: var(--_space-2) var(--_space-6);
      overscroll-behavior: contain;
    }
    dt {
      font-weight: 600;
      margin-top: var(--_space-4);
    }
    dd {
      margin: var(--_space-1) 0 0;
    }
    ul {
      margin: 0;
      padding-inline-start: 1.25em;
    }
    .note {
      color: var(--_text-subtle);
    }
    a {
      color: var(--_accent-text);
    }
    footer {
      border-top: var(--_border-width) solid var(--_border-subtle);
    }
    .choices {
      display: grid;
      /* Equal width, side by side while they fit, stacked in the same order when they do not. */
      grid-template-columns: repeat(auto-fit, minmax(min(14rem, 100%), 1fr));
      gap: var(--_space-3);
    }
    button {
      font: inherit;
      font-weight: 600;
      min-height: var(--_control-height);
      padding: var(--_space-2) var(--_space-4);
      color: var(--_accent-text);
      background: var(--_surface);
      border: 2px solid var(--_accent);
      border-radius: var(--_radius);
      cursor: pointer;
    }
    button:hover {
      background: var(--_accent-surface);
    }
    button[aria-disabled='true'] {
      cursor: progress;
      opacity: 0.7;
    }
    .close {
      min-height: 0;
      padding: var(--_space-1) var(--_space-3);
      border-width: 1px;
      font-weight: 400;
    }
    [role='alert'],
    [role='status'] {
      margin: 0 0 var(--_space-3);
    }
    [role='alert'] {
      padding: var(--_space-3);
      color: var(--_danger-text);
      background: var(--_danger-surface);
      border-inline-start: 4px solid var(--_danger-border);
    }
    .receipt {
      padding: var(--_space-3) 0;
    }
    @media (max-height: 30rem) {
      /* At high zoom the whole dialog scrolls, so the buttons never cover the text. */
      dialog[open] {
        display: block;
        overflow: auto;
      }
      .body {
        overflow: visible;
      }
    }
  `,
];
