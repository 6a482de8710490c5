/**
 * Small page behaviour shared by every page: move focus to an error summary so a person using a
 * screen reader hears what went wrong after a failed post.
 */
export function focusErrorSummary(): void {
  const summary = document.querySelector<HTMLElement>('[data-autofocus]');
  summary?.focus();
}
