import { css } from 'lit';
import { baseStyles } from '../internal/styles.js';

// GOV.UK's step-by-step look: numbered circles joined by a line (li::before), each heading a button
// with an arrow that turns when the step opens (the state itself is in aria-expanded). `all: unset`
// leaves the focus ring to baseStyles' :focus-visible, which is more specific. No comments inside
// css``: they would ship.

export const styles = [
  baseStyles,
  css`
    :host {
      --_marker: var(--felles-life-event-stepper-marker-size, 2rem);
      display: block;
      overflow-wrap: anywhere;
      hyphens: auto;
    }
    p {
      margin: var(--ds-size-2, 0.5rem) 0 0;
    }
    .summary {
      margin: 0;
      font-weight: 600;
    }
    button {
      all: unset;
      cursor: pointer;
    }
    .toggle-all,
    a {
      margin: var(--ds-size-2, 0.5rem) 0 var(--ds-size-4, 1rem);
      color: var(--ds-color-text-subtle, var(--_ds-color-accent-text-subtle));
      text-decoration: underline;
      text-decoration-thickness: 0.06em;
      text-underline-offset: 0.24em;
    }
    a {
      display: inline-block;
      margin: var(--ds-size-2, 0.5rem) 0 0;
    }
    ol {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    li {
      position: relative;
      padding: 0 0 var(--ds-size-6, 1.5rem) calc(var(--_marker) + var(--ds-size-5, 1.25rem));
    }
    li:not(:last-child)::before {
      content: '';
      position: absolute;
      inset: var(--_marker) auto 0 calc(var(--_marker) / 2 - 1px);
      border-inline-start: 2px solid var(--felles-life-event-stepper-line-color, var(--ds-color-neutral-border-subtle, var(--_ds-color-neutral-border-subtle)));
    }
    .heading {
      margin: 0;
      font-size: 1.125em;
      line-height: 1.4;
    }
    .heading button {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0 var(--ds-size-2, 0.5rem);
      width: 100%;
      min-height: var(--_marker);
      font-weight: 600;
    }
    .heading button::after {
      content: '';
      width: 0.5em;
      height: 0.5em;
      margin-inline: auto 0.2em;
      border: solid var(--ds-color-base-default, var(--_ds-color-accent-base-default));
      border-width: 0 2px 2px 0;
      rotate: 45deg;
    }
    .heading [aria-expanded='true']::after {
      rotate: -135deg;
    }
    .marker {
      position: absolute;
      inset-inline-start: 0;
      display: grid;
      place-items: center;
      min-width: var(--_marker);
      height: var(--_marker);
      padding: 0 0.25em;
      border: 2px solid var(--ds-color-neutral-border-default, var(--_ds-color-neutral-border-default));
      border-radius: calc(var(--_marker) / 2);
      background: var(--ds-color-neutral-background-default, var(--_ds-color-neutral-background-default));
      font-size: var(--ds-body-sm-font-size, 1rem);
    }
    .relation {
      padding: 0 0.125em;
      font-size: 0.75rem;
      white-space: nowrap;
      overflow-wrap: normal;
    }
    [data-status='done'] .marker {
      background: var(--ds-color-success-surface-tinted, var(--_ds-color-success-surface-tinted));
    }
    [data-current] .marker,
    .here {
      color: var(--ds-color-base-contrast-default, var(--_ds-color-accent-base-contrast-default));
      background: var(--ds-color-base-default, var(--_ds-color-accent-base-default));
      border-color: var(--ds-color-base-default, var(--_ds-color-accent-base-default));
    }
    @media (forced-colors: active) {
      [data-current] .marker {
        forced-color-adjust: none;
        color: HighlightText;
        background: Highlight;
        border-color: Highlight;
      }
    }
    .optional {
      font-weight: 400;
    }
    .status,
    .here {
      padding: 0 var(--ds-size-2, 0.5rem);
      border: 1px solid transparent;
      border-radius: var(--ds-border-radius-md, 0.25rem);
      font-size: var(--ds-body-sm-font-size, 1rem);
    }
    .status {
      background: var(--ds-color-neutral-surface-tinted, var(--_ds-color-neutral-surface-tinted));
    }
    .status[data-status='done'] {
      color: var(--ds-color-success-text-default, var(--_ds-color-success-text-default));
      background: var(--ds-color-success-surface-tinted, var(--_ds-color-success-surface-tinted));
    }
    .here {
      display: inline-block;
      font-weight: 600;
    }
    [role='alert'] {
      margin: 0 0 var(--ds-size-4, 1rem);
      padding: var(--ds-size-3, 0.75rem) var(--ds-size-4, 1rem);
      color: var(--ds-color-danger-text-default, var(--_ds-color-danger-text-default));
      background: var(--ds-color-danger-surface-tinted, var(--_ds-color-danger-surface-tinted));
      border-inline-start: 4px solid var(--ds-color-danger-border-default, var(--_ds-color-danger-border-default));
    }
  `,
];
