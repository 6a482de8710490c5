import { css } from 'lit';
import { baseStyles } from '../internal/styles.js';

/**
 * Designsystemet's primary button: accent background, contrast text, its radius and sizes. Written
 * one rule per line because Lit's css`` is shipped as written and this entry has a 2 kB budget.
 */
export const styles = [
  ...baseStyles,
  css`
:host{display:inline-block;--_h:var(--_control-height);--_p:var(--_space-4)}
:host([size=sm]){--_h:var(--ds-size-10,2.5rem);--_p:var(--_space-3);font-size:var(--_font-size-sm)}
:host([size=lg]){--_h:var(--ds-size-14,3.5rem);--_p:var(--_space-6)}
.button{display:inline-flex;align-items:center;gap:var(--_space-2);min-height:var(--_h);padding:0 var(--_p);border:var(--_border-width) solid var(--_accent);border-radius:var(--_radius);background:var(--felles-id-login-button-background,var(--_accent));color:var(--felles-id-login-button-color,var(--_accent-contrast));font:inherit;font-weight:500;text-decoration:none;cursor:pointer}
.button:hover{background:var(--_accent-hover)}
.button:active{background:var(--_accent-active)}
[aria-busy=true],[aria-disabled=true]{cursor:default;opacity:.75}
.sign{padding-inline-start:var(--_space-2);border-inline-start:1px solid;font-size:.875em}
.secondary{background:transparent;color:var(--_accent-text)}
.secondary:hover{background:var(--_accent-surface)}
.logged-in{display:inline-flex;align-items:center;flex-wrap:wrap;gap:var(--_space-3)}
form{margin:0}
slot[name=csrf]{display:none}
.error{margin:var(--_space-2) 0 0;color:var(--_danger-text)}
`,
];
