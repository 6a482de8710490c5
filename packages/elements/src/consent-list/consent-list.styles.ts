import { css } from 'lit';
import { baseStyles } from '../internal/styles.js';

export const styles = [
  ...baseStyles,
  css`
    :host {
      display: block;
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: var(--_space-3);
    }
    li {
      padding: var(--_space-4);
      background: var(--_surface);
      border: var(--_border-width) solid var(--_border-subtle);
      border-radius: var(--_radius);
    }
    .who {
      margin: 0;
      font-weight: 600;
    }
    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: var(--_space-1) var(--_space-4);
      margin: var(--_space-2) 0;
    }
    dt {
      color: var(--_text-subtle);
    }
    dd {
      margin: 0;
    }
    button {
      font: inherit;
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
    [role='alert'] {
      padding: var(--_space-3);
      color: var(--_danger-text);
      background: var(--_danger-surface);
      border-inline-start: 4px solid var(--_danger-border);
    }
    @media (max-width: 30rem) {
      dl {
        grid-template-columns: 1fr;
      }
    }
  `,
];
