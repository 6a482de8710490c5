// Every page has the login (or logout) button in its header.
import '@felles/elements/id-login-button/define.js';

/**
 * Small page behaviour shared by the pages: the switch from plain form fields to our elements once
 * they are defined, and focus on an error summary after a failed post.
 */

/**
 * Removes the plain field inside each `tag` once the element is defined: it is there for browsers
 * without script, and would otherwise be posted next to the element's own value. The element takes
 * the field's id, so links to the field (the error summary) reach it.
 */
export async function replaceFallbacks(tag: string, id: string): Promise<void> {
  await customElements.whenDefined(tag);
  for (const element of document.querySelectorAll(tag)) {
    const fallback = element.querySelector('[data-fallback]');
    if (!fallback) continue;
    fallback.remove();
    element.id = id;
  }
}

/** So that a person using a screen reader hears what went wrong after a failed post. */
export function focusErrorSummary(): void {
  document.querySelector<HTMLElement>('[data-autofocus]')?.focus();
}
