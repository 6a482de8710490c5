import { DEV } from './dev.js';
import { ensureColours } from './theme.js';

/**
 * Registers a custom element once. A second registration of the same tag (two copies of Felles on one
 * page, or a bundle and a per-component entry) warns instead of throwing, so the page keeps working.
 */
export function define(tag: string, constructor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag);
  if (existing) {
    if (existing !== constructor) {
      console.warn(
        `[felles] <${tag}> is already registered by another copy of @felles/elements; keeping the first one.` +
          (DEV ? ' Deduplicate @felles/elements in your bundle to avoid shipping it twice.' : ''),
      );
    }
    return;
  }
  void ensureColours();
  customElements.define(tag, constructor);
}
