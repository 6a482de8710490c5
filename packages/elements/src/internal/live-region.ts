import type { AnnounceOptions, Politeness } from './announcer.js';

const REGION_ATTRIBUTE = 'data-felles-announcer';

/** Off-screen yet read by screen readers; `display: none` would silence the live region. */
const HIDDEN_STYLE =
  'position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap;border:0;';

function region(politeness: Politeness): HTMLElement {
  const selector = `[${REGION_ATTRIBUTE}="${politeness}"]`;
  let element = document.querySelector<HTMLElement>(selector);
  if (!element) {
    element = document.createElement('div');
    element.setAttribute(REGION_ATTRIBUTE, politeness);
    element.setAttribute('aria-live', politeness);
    element.setAttribute('aria-atomic', 'true');
    if (politeness === 'polite') element.setAttribute('role', 'status');
    element.style.cssText = HIDDEN_STYLE;
    document.body.append(element);
  }
  return element;
}

const pending = new WeakMap<HTMLElement, ReturnType<typeof setTimeout>>();

/**
 * Speaks a message through a page-wide live region, shared by every Felles element (and every copy of
 * the library) on the page. The region is emptied first and filled a moment later, so the same message
 * twice in a row ("3 treff", "3 treff") is announced twice.
 */
export function speak(message: string, options: AnnounceOptions = {}): void {
  const element = region(options.politeness ?? 'polite');
  clearTimeout(pending.get(element));
  element.textContent = '';
  if (options.lang) element.setAttribute('lang', options.lang);
  pending.set(
    element,
    setTimeout(() => {
      element.textContent = message;
    }, 50),
  );
}

/** The live region an announcement goes to; for tests and for pages that want to place it themselves. */
export function announcerRegion(politeness: Politeness = 'polite'): HTMLElement {
  return region(politeness);
}
