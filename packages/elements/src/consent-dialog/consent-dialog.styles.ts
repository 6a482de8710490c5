import { css } from 'lit';
import { secondaryButtons } from '../internal/buttons.js';
import { baseStyles } from '../internal/styles.js';

export const styles = [
  baseStyles,
  secondaryButtons,
  css`
    :host {
      display: contents;
    }
    dialog {
      width: min(var(--felles-consent-dialog-width, 40rem), calc(100vw - 2 * var(--ds-size-4, 1rem)));
      max-height: calc(100dvh - 2 * var(--ds-size-4, 1rem));
      padding: 0;
      color: var(--ds-color-neutral-text-default, var(--_ds-color-neutral-text-default));
      background: var(--ds-color-neutral-surface-default, var(--_ds-color-neutral-surface-default));
      border: var(--ds-border-width-default, 1px) solid var(--ds-color-neutral-border-subtle, var(--_ds-color-neutral-border-subtle));
      /* Designsystemet's: rounded, but square when the dialog is as wide as the screen. */
      border-radius: clamp(0px, ((100vw - 4px) - 100%) * 100000, var(--ds-border-radius-lg, 0.5rem));
      box-shadow: var(--ds-shadow-xl, 0 0.5rem 2rem rgb(0 0 0 / 0.3));
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
      padding: var(--ds-size-4, 1rem) var(--ds-size-6, 1.5rem);
    }
    header {
      display: flex;
      align-items: start;
      gap: var(--ds-size-4, 1rem);
      border-bottom: var(--ds-border-width-default, 1px) solid var(--ds-color-neutral-border-subtle, var(--_ds-color-neutral-border-subtle));
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
      padding: var(--ds-size-2, 0.5rem) var(--ds-size-6, 1.5rem);
      overscroll-behavior: contain;
    }
    dt {
      font-weight: 600;
      margin-top: var(--ds-size-4, 1rem);
    }
    dd {
      margin: var(--ds-size-1, 0.25rem) 0 0;
    }
    ul {
      margin: 0;
      padding-inline-start: 1.25em;
    }
    .note {
      color: var(--ds-color-neutral-text-subtle, var(--_ds-color-neutral-text-subtle));
    }
    a {
      color: var(--ds-color-text-default, var(--_ds-color-accent-text-default));
    }
    footer {
      border-top: var(--ds-border-width-default, 1px) solid var(--ds-color-neutral-border-subtle, var(--_ds-color-neutral-border-subtle));
    }
    .choices {
      display: grid;
      /* Equal width, side by side while they fit, stacked in the same order when they do not. */
      grid-template-columns: repeat(auto-fit, minmax(min(14rem, 100%), 1fr));
      gap: var(--ds-size-3, 0.75rem);
    }
    button {
      font-weight: 600;
    }
    .close {
      min-height: 0;
      padding: var(--ds-size-1, 0.25rem) var(--ds-size-3, 0.75rem);
      border-width: 1px;
      font-weight: 400;
    }
    [role='alert'],
    [role='status'],
    .saving {
      margin: 0 0 var(--ds-size-3, 0.75rem);
    }
    [role='alert'] {
      padding: var(--ds-size-3, 0.75rem);
      color: var(--ds-color-danger-text-default, var(--_ds-color-danger-text-default));
      background: var(--ds-color-danger-surface-tinted, var(--_ds-color-danger-surface-tinted));
      border-inline-start: 4px solid var(--ds-color-danger-border-default, var(--_ds-color-danger-border-default));
    }
    .receipt {
      padding: var(--ds-size-3, 0.75rem) 0;
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
