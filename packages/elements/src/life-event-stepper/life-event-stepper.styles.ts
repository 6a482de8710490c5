import { css } from 'lit';
import { baseStyles } from '../internal/styles.js';

// GOV.UK's step-by-step look: numbered circles joined by a line (li::before), each heading a button
// with an arrow that turns when the step opens (the state itself is in aria-expanded). `all: unset`
// leaves the focus ring to baseStyles' :focus-visible, which is more specific. No comments inside
// css``: they would ship.

export const styles = [
  ...baseStyles,
  css`
    :host {
      --_marker: var(--felles-life-event-stepper-marker-size, 2rem);
      display: block;
    }
    p {
      margin: var(--_space-2) 0 0;
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
      margin: var(--_space-2) 0 var(--_space-4);
      color: var(--_accent);
      text-decoration: underline;
      text-underline-offset: 0.15em;
    }
    a {
      display: inline-block;
      margin: var(--_space-2) 0 0;
    }
    ol {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    li {
      position: relative;
      padding: 0 0 var(--_space-6) calc(var(--_marker) + var(--_space-4));
    }
    li:not(:last-child)::before {
      content: '';
      position: absolute;
      inset: var(--_marker) auto 0 calc(var(--_marker) / 2 - 1px);
      border-inline-start: 2px solid var(--felles-life-event-stepper-line-color, var(--_border-subtle));
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
      gap: 0 var(--_space-2);
      width: 100%;
      min-height: var(--_marker);
      font-weight: 600;
    }
    .heading button::after {
      content: '';
      width: 0.5em;
      height: 0.5em;
      margin-inline-start: auto;
      border: solid var(--_accent);
      border-width: 0 2px 2px 0;
      rotate: 45deg;
    }
    [aria-expanded='true']::after {
      rotate: -135deg;
    }
    .marker {
      position: absolute;
      inset-inline-start: 0;
      display: grid;
      place-items: center;
      width: var(--_marker);
      height: var(--_marker);
      border: 2px solid var(--_border);
      border-radius: 50%;
      background: var(--_background);
      font-size: var(--_font-size-sm);
    }
    [data-status='done'] .marker {
      background: var(--_success-surface);
    }
    [data-current] .marker,
    .here {
      color: var(--_accent-contrast);
      background: var(--_accent);
      border-color: var(--_accent);
    }
    .optional {
      font-weight: 400;
    }
    .status,
    .here {
      padding: 0 var(--_space-2);
      border: 1px solid transparent;
      border-radius: var(--_radius);
      font-size: var(--_font-size-sm);
    }
    .status {
      background: var(--_surface-tinted);
    }
    .status[data-status='done'] {
      color: var(--_success-text);
      background: var(--_success-surface);
    }
    .here {
      display: inline-block;
      font-weight: 600;
    }
    [role='alert'] {
      margin: 0 0 var(--_space-4);
      padding: var(--_space-3) var(--_space-4);
      color: var(--_danger-text);
      background: var(--_danger-surface);
      border-inline-start: 4px solid var(--_danger-border);
    }
  `,
];
