import { css } from 'lit';

/**
 * What every element starts from: the page's font and text colour, `[hidden]`, border-box sizing,
 * Designsystemet's two-tone focus ring (visible on light and dark backgrounds alike) and a
 * `.visually-hidden` class for text only screen readers need.
 *
 * Components read Designsystemet's tokens where they use them: colours as
 * `var(--ds-color-*, var(--_ds-color-*))`, whose fallback `theme.ts` provides only on a page without a
 * theme; sizes as `var(--ds-size-*, <rem>)`. Custom properties inherit through the shadow boundary, so
 * `data-color-scheme`, `data-color` or `data-size` on any ancestor restyle the element. No element
 * animates, so there is no motion to reduce.
 */
export const baseStyles = css`
  :host {
    font-family: var(--ds-font-family, Inter, system-ui, sans-serif);
    font-size: var(--ds-body-md-font-size, 1.125rem);
    line-height: var(--ds-line-height-md, 1.5);
    color: var(--ds-color-neutral-text-default, var(--_ds-color-neutral-text-default));
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  ::before,
  ::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: var(--ds-border-width-focus, 3px) solid var(--ds-color-focus-outer, var(--_ds-color-focus-outer));
    outline-offset: var(--ds-border-width-focus, 3px);
    box-shadow: 0 0 0 var(--ds-border-width-focus, 3px) var(--ds-color-focus-inner, var(--_ds-color-focus-inner));
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
