// Every page has the login (or logout) button in its header.
import '@felles/elements/id-login-button/define.js';

/**
 * Small page behaviour shared by the pages: the switch from plain form fields to our elements once
 * they are defined, and focus on an error summary after a failed post.
 */

/**
 * Hands the plain field's id inside each `tag` to the element once it is defined, so that links to
 * the field (the error summary) reach the element, and removes the plain field. The element itself
 * disables and hides that field (it is there for browsers without script), but a field left
 * behind without its id and label is still found by accessibility checkers as an unlabelled input.
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
