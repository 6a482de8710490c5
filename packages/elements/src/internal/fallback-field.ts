/**
 * The no-JavaScript fallback of a form field: a plain `<input name>` in the element's light DOM, shown
 * and submitted until the element is defined. Once it is, the fallback is disabled so the value is not
 * submitted twice; text typed into it meanwhile is returned, for the element to take over.
 */
export function adoptFallback(host: HTMLElement, name: string): string | undefined {
  let typed: string | undefined;
  for (const input of host.querySelectorAll<HTMLInputElement>('input')) {
    if (!name || input.name !== name || input.disabled) continue;
    if (input.value !== input.defaultValue) typed = input.value;
    input.disabled = true;
  }
  return typed;
}
