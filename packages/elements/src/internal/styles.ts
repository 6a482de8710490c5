import { css } from 'lit';

/**
 * What every element starts from. Components read Designsystemet's tokens where they use them:
 * colours as `var(--ds-color-*, var(--_ds-color-*))`, whose fallback `theme.ts` provides only on a page
 * without a theme; sizes as `var(--ds-size-*, <rem>)`. Custom properties inherit through the shadow
 * boundary, so `data-color-scheme`, `data-color` or `data-size` on any ancestor restyle the element.
 */
export const tokens = css`
  :host {
    font-family: var(--ds-font-family, Inter), system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif;
    font-size: var(--ds-body-md-font-size, 1.125rem);
    line-height: var(--ds-line-height-md, 1.5);
    color: var(--ds-color-neutral-text-default, var(--_ds-color-neutral-text-default));
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
`;

/** Designsystemet's two-tone focus ring: visible on light and dark backgrounds alike. */
export const focusRing = css`
  :focus-visible {
    outline: var(--ds-border-width-focus, 3px) solid var(--ds-color-focus-outer, var(--_ds-color-focus-outer));
    outline-offset: var(--ds-border-width-focus, 3px);
    box-shadow: 0 0 0 var(--ds-border-width-focus, 3px) var(--ds-color-focus-inner, var(--_ds-color-focus-inner));
  }
`;

export const visuallyHidden = css`
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
`;

export const reducedMotion = css`
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
`;

/** Everything a component starts from; it adds its own styles after these. */
export const baseStyles = [tokens, focusRing, visuallyHidden, reducedMotion];
