import { css } from 'lit';
import { baseStyles } from '../internal/styles.js';

/**
 * Designsystemet's primary button: the `data-color` colour as background, its contrast as text, its
 * radius and sizes; it does not shrink in a flex row. Logging out is Designsystemet's secondary button. Written
 * one rule per line because Lit's css`` is shipped as written and this entry has a 2 kB budget.
 */
export const styles = [
  baseStyles,
  css`
:host{display:inline-block;flex-shrink:0;--_h:var(--ds-size-12,3rem);--_p:var(--ds-size-4,1rem)}
:host([size=sm]){--_h:var(--ds-size-10,2.5rem);--_p:var(--ds-size-3,.75rem);font-size:var(--ds-body-sm-font-size,1rem)}
:host([size=lg]){--_h:var(--ds-size-14,3.5rem);--_p:var(--ds-size-6,1.5rem)}
.button{display:inline-flex;flex-shrink:0;align-items:center;gap:var(--ds-size-2,.5rem);min-height:var(--_h);padding:0 var(--_p);border:var(--ds-border-width-default,1px) solid transparent;border-radius:var(--ds-border-radius-md,.25rem);background:var(--felles-id-login-button-background,var(--ds-color-base-default,var(--_ds-color-accent-base-default)));color:var(--felles-id-login-button-color,var(--ds-color-base-contrast-default,var(--_ds-color-accent-base-contrast-default)));font:inherit;font-weight:500;text-decoration:none;cursor:pointer}
.button:hover{background:var(--ds-color-base-hover,var(--_ds-color-accent-base-hover))}
.button:active{background:var(--ds-color-base-active,var(--_ds-color-accent-base-active))}
[aria-disabled=true]{cursor:not-allowed;opacity:var(--ds-opacity-disabled,30%)}
[aria-busy=true]{cursor:progress;opacity:1}
.sign{padding-inline-start:var(--ds-size-2,.5rem);border-inline-start:1px solid;font-size:.875em}
.secondary{background:transparent;border-color:var(--ds-color-border-strong,var(--_ds-color-accent-border-strong));color:var(--ds-color-text-subtle,var(--_ds-color-accent-text-subtle))}
.secondary:hover{background:var(--ds-color-surface-hover,var(--_ds-color-accent-surface-hover))}
.logged-in{display:inline-flex;align-items:center;flex-wrap:wrap;gap:var(--ds-size-3,.75rem)}
form{margin:0}
slot[name=csrf]{display:none}
.error{margin:var(--ds-size-2,.5rem) 0 0;color:var(--ds-color-danger-text-default,var(--_ds-color-danger-text-default))}
`,
];
