import type { FormValue } from './form-control.js';

/**
 * The form state of a field where text is typed and an item chosen (a combobox), which the browser keeps
 * for back navigation and autocomplete: `formState()` returns `saveChoice(value, chosen)` and
 * `restoreValue(state)` reads it back with `readChoice(state)`.
 */
export const saveChoice = (value: string, chosen: unknown): string => JSON.stringify({ value, chosen });

/** The text and the chosen item of a saved state, or undefined for a state this version did not write. */
export function readChoice<T>(state: FormValue): { value: string; chosen: T | null } | undefined {
  if (typeof state !== 'string') return undefined;
  try {
    const { value, chosen } = JSON.parse(state) as { value?: unknown; chosen?: T | null };
    return typeof value === 'string' ? { value, chosen: chosen ?? null } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The value changed by a choice rather than a keystroke: `input` and then `change`, as a native field
 * does when a suggestion is picked, so listeners of either (Angular's `ngDefaultControl`, a `v-model` on
 * `input`) see it.
 */
export function dispatchChoice(host: HTMLElement): void {
  host.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  host.dispatchEvent(new Event('change', { bubbles: true }));
}
