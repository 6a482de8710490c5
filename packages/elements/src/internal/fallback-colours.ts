/*
 * Designsystemet's default theme colours (light and dark), for a page that loads no Designsystemet theme.
 * They sit under private names (`--_ds-color-*`) that a component reaches only through the fallback of a
 * `var(--ds-color-*)`, so a theme loaded later still wins everywhere. `light-dark()` is resolved where a
 * colour is used, so each element follows its own inherited `color-scheme`. Loaded by `theme.ts` only
 * when it is needed; adopted (not a <style> element), so a strict Content Security Policy allows it.
 */
const sheet = new CSSStyleSheet();
sheet.replaceSync(`:root {
  --_ds-color-neutral-text-default: light-dark(#292c30, #ececec);
  --_ds-color-neutral-text-subtle: light-dark(#5b5d60, #a7a8a9);
  --_ds-color-neutral-background-default: light-dark(#ffffff, #17181a);
  --_ds-color-neutral-surface-default: light-dark(#ffffff, #26282b);
  --_ds-color-neutral-surface-tinted: light-dark(#e6e6e7, #303234);
  --_ds-color-neutral-surface-hover: light-dark(#d8d9d9, #3a3c3f);
  --_ds-color-neutral-border-default: light-dark(#77797b, #808183);
  --_ds-color-neutral-border-subtle: light-dark(#c3c4c6, #4b4d50);
  --_ds-color-accent-base-default: light-dark(#0062ba, #4c91cf);
  --_ds-color-accent-base-hover: light-dark(#004f96, #6fa6d8);
  --_ds-color-accent-base-active: light-dark(#003e76, #8cb9e1);
  --_ds-color-accent-base-contrast-default: light-dark(#ffffff, #000000);
  --_ds-color-accent-text-default: light-dark(#0a2e4d, #c7ddf0);
  --_ds-color-accent-surface-tinted: light-dark(#ddeaf6, #1c3a57);
  --_ds-color-danger-text-default: light-dark(#590d0d, #f5eae9);
  --_ds-color-danger-border-default: light-dark(#c01b1b, #e76b64);
  --_ds-color-danger-surface-tinted: light-dark(#f8e4e4, #4f1f1b);
  --_ds-color-success-text-default: light-dark(#023409, #e6efe6);
  --_ds-color-success-surface-tinted: light-dark(#daeddd, #183418);
  --_ds-color-info-surface-tinted: light-dark(#dcebf6, #182f46);
  --_ds-color-focus-inner: light-dark(#ffffff, #17181a);
  --_ds-color-focus-outer: light-dark(#292c30, #ececec);
}`);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

export {};
