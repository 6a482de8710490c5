import { isServer } from 'lit';
import { DEV, warnOnce } from './dev.js';

let colours: Promise<unknown> | undefined;

function pageHasTheme(): boolean {
  return getComputedStyle(document.documentElement).getPropertyValue('--ds-color-accent-base-default') !== '';
}

/**
 * Makes sure every colour an element uses has a value. Designsystemet's theme (the page's brand) gives
 * them; a page without one gets Designsystemet's default colours from `fallback-colours.ts`, downloaded
 * once and only then, so the elements of a themed page carry no copy of the palette. Checked when the
 * first element is registered; a theme that arrives later still wins (see fallback-colours.ts). If the
 * download fails, the elements keep working in the page's inherited colours.
 */
export function ensureColours(): Promise<unknown> {
  if (!colours) {
    const themed = isServer || typeof document === 'undefined' || pageHasTheme();
    // Behind DEV so that production builds drop the text as well.
    if (DEV && !themed)
      warnOnce('No Designsystemet theme on the page, so its default colours are used. Load @digdir/designsystemet-theme or your brand theme.');
    colours = themed ? Promise.resolve() : import('./fallback-colours.js').catch(() => undefined);
  }
  return colours;
}
