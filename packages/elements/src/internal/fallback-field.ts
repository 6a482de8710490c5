/**
 * The no-JavaScript fallback of a form field: a plain `<input name>` in the element's light DOM, shown
 * and submitted until the element is defined. Once it is, the fallback is disabled so the value is not
 * submitted twice; text typed into it meanwhile is returned, for the element to take over.
 */
export function adoptFallback(host: HTMLElement & { updateComplete?: Promise<unknown> }, name: string): string | undefined {
  let typed: string | undefined;
  let focused = false;
  for (const input of host.querySelectorAll<HTMLInputElement>('input')) {
    if (!name || input.name !== name || input.disabled) continue;
    if (input.value !== input.defaultValue) typed = input.value;
    focused ||= document.activeElement === input;
    input.disabled = true;
  }
  // The person was typing in it: they go on typing in the element's own field, at the end of their text
  // (found by query: a server-rendered shadow root may not delegate focus).
  if (focused) {
    void host.updateComplete?.then(() => {
      const field = host.shadowRoot?.querySelector<HTMLInputElement>('input:not(:disabled)');
      field?.focus({ preventScroll: true });
      field?.setSelectionRange(field.value.length, field.value.length);
    });
  }
  return typed;
}
