import { css } from 'lit';

/**
 * Designsystemet's tokens with fallbacks. Custom properties inherit through the shadow boundary, so a
 * `data-color-scheme` or `data-size` on any ancestor restyles the component; the `light-dark()`
 * fallbacks follow the inherited `color-scheme` when no Designsystemet theme is loaded.
 */
export const tokens = css`
  :host {
    --_font-family: var(--ds-font-family, 'Inter'), system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif;
    --_font-size: var(--ds-body-md-font-size, var(--ds-font-size-4, 1.125rem));
    --_font-size-sm: var(--ds-body-sm-font-size, var(--ds-font-size-3, 1rem));
    --_line-height: var(--ds-line-height-md, 1.5);
    --_text: var(--ds-color-neutral-text-default, light-dark(#292c30, #ececec));
    --_text-subtle: var(--ds-color-neutral-text-subtle, light-dark(#5b5d60, #a7a8a9));
    --_background: var(--ds-color-neutral-background-default, light-dark(#ffffff, #17181a));
    --_surface: var(--ds-color-neutral-surface-default, light-dark(#ffffff, #26282b));
    --_surface-tinted: var(--ds-color-neutral-surface-tinted, light-dark(#e6e6e7, #303234));
    --_surface-hover: var(--ds-color-neutral-surface-hover, light-dark(#d8d9d9, #3a3c3f));
    --_border: var(--ds-color-neutral-border-default, light-dark(#77797b, #808183));
    --_border-subtle: var(--ds-color-neutral-border-subtle, light-dark(#c3c4c6, #4b4d50));
    --_accent: var(--ds-color-accent-base-default, light-dark(#0062ba, #4c91cf));
    --_accent-hover: var(--ds-color-accent-base-hover, light-dark(#004f96, #6fa6d8));
    --_accent-active: var(--ds-color-accent-base-active, light-dark(#003e76, #8cb9e1));
    --_accent-contrast: var(--ds-color-accent-base-contrast-default, light-dark(#ffffff, #000000));
    --_accent-text: var(--ds-color-accent-text-default, light-dark(#0a2e4d, #c7ddf0));
    --_accent-surface: var(--ds-color-accent-surface-tinted, light-dark(#ddeaf6, #1c3a57));
    --_danger-text: var(--ds-color-danger-text-default, light-dark(#590d0d, #f5eae9));
    --_danger-border: var(--ds-color-danger-border-default, light-dark(#c01b1b, #e76b64));
    --_danger-surface: var(--ds-color-danger-surface-tinted, light-dark(#f8e4e4, #4f1f1b));
    --_success-text: var(--ds-color-success-text-default, light-dark(#023409, #e6efe6));
    --_success-surface: var(--ds-color-success-surface-tinted, light-dark(#daeddd, #183418));
    --_info-surface: var(--ds-color-info-surface-tinted, light-dark(#dcebf6, #182f46));
    --_focus-inner: var(--ds-color-focus-inner, light-dark(#ffffff, #17181a));
    --_focus-outer: var(--ds-color-focus-outer, light-dark(#292c30, #ececec));
    --_radius: var(--ds-border-radius-md, 0.25rem);
    --_border-width: var(--ds-border-width-default, 1px);
    --_space-1: var(--ds-size-1, 0.25rem);
    --_space-2: var(--ds-size-2, 0.5rem);
    --_space-3: var(--ds-size-3, 0.75rem);
    --_space-4: var(--ds-size-4, 1rem);
    --_space-6: var(--ds-size-6, 1.5rem);
    --_control-height: var(--ds-size-12, 3rem);
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    color: var(--_text);
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
    outline: var(--ds-border-width-focus, 3px) solid var(--_focus-outer);
    outline-offset: var(--ds-border-width-focus, 3px);
    box-shadow: 0 0 0 var(--ds-border-width-focus, 3px) var(--_focus-inner);
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
