import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { adoptFallback } from './fallback-field.js';
import type { FormValue, ValidityResult } from './form-control.js';

/** A field where text is typed and an item chosen (a combobox): its text is `value`. */
type Host = ReactiveControllerHost &
  HTMLElement & {
    value: string;
    readonly name: string;
    readonly form: HTMLFormElement | null;
    requestUpdate(name?: PropertyKey, oldValue?: unknown): void;
  };

export interface ChoiceOptions<T> {
  /** The host's property that holds the chosen item (`address`, `organisation`), updated with it. */
  property: string;
  /** The text the field shows for a chosen item. */
  display: (item: T) => string;
  /** The event a choice fires after `input` and `change`, e.g. `felles-address-select` with the item. */
  selected: (item: T) => Event;
  /**
   * An invalid field says so only under itself: the browser's bubble, which would say it a second time,
   * is not shown, and the element focuses its field when it is the form's first invalid one. Default false.
   */
  inline?: boolean;
}

/**
 * The state of a field where text is typed and an item chosen: the chosen item, the initial text and item
 * that `form.reset()` brings back, the form state the browser keeps for back navigation and autocomplete,
 * whether the validation message shows (after an `invalid` event, or once the person left the field with
 * text in it), and the no-JavaScript fallback field, adopted when the host connects (`adoptFallback()`).
 * The host keeps the public property (`get address()`) and the text (`value`); its `formState()`,
 * `restoreValue()`, `resetValue()` and `validate()` call `save()`, `restore()`, `reset()` and `validity()`.
 */
export class ChoiceController<T> implements ReactiveController {
  readonly #host: Host;
  readonly #options: ChoiceOptions<T>;
  #chosen: T | null = null;
  #defaults?: { value: string; chosen: T | null };
  #showValidity = false;

  constructor(host: Host, options: ChoiceOptions<T>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
    host.addEventListener('invalid', (event) => {
      this.showValidity = true;
      if (!options.inline) return;
      event.preventDefault();
      // With the bubble the browser focuses the first invalid field; without it, the element does.
      const first = host.form?.querySelector(':invalid:not(fieldset)');
      if (!first || first === host) host.shadowRoot?.querySelector('input')?.focus();
    });
  }

  hostConnected(): void {
    const host = this.#host;
    // The no-JavaScript fallback field must not be submitted next to the element's own value.
    const typed = adoptFallback(host, host.name);
    if (typed !== undefined) host.value = typed;
  }

  /** The chosen item, or null. Setting one fills in the field. */
  get chosen(): T | null {
    return this.#chosen;
  }
  set chosen(item: T | null) {
    const old = this.#chosen;
    this.#chosen = item;
    if (item) this.#host.value = this.#options.display(item);
    this.#host.requestUpdate(this.#options.property, old);
  }

  /** Whether the validation message shows: once the person left the field with text in it, or the form was submitted. */
  get showValidity(): boolean {
    return this.#showValidity;
  }
  set showValidity(shown: boolean) {
    if (shown !== this.#showValidity) this.#host.requestUpdate();
    this.#showValidity = shown;
  }

  hostUpdate(): void {
    // The text and item of the first update are the initial ones.
    this.#defaults ??= { value: this.#host.value, chosen: this.#chosen };
  }

  /** The person typed: text that differs from the chosen item's is no longer that item. */
  typed(text: string): void {
    this.#host.value = text;
    if (this.#chosen && text !== this.#options.display(this.#chosen)) this.chosen = null;
  }

  /** An item chosen from the list: it fills in the field, then `input`, `change` and the select event fire. */
  choose(item: T): void {
    this.chosen = item;
    this.showValidity = false;
    dispatchChoice(this.#host);
    this.#host.dispatchEvent(this.#options.selected(item));
  }

  /** Escape with the list closed: empties the field, with `input` and `change`; false if it was empty. */
  clear(): boolean {
    if (!this.#host.value) return false;
    this.#host.value = '';
    this.chosen = null;
    dispatchChoice(this.#host);
    return true;
  }

  /** Focus left the field: its validity shows from now on, if it has text. */
  leave(): void {
    if (this.#host.value) this.showValidity = true;
  }

  /** For `formState()`: the text and the chosen item. */
  save(): string {
    return saveChoice(this.#host.value, this.#chosen);
  }

  /** For `restoreValue()`: a state from `save()`; one this version did not write leaves the field as it is. */
  restore(state: FormValue): void {
    const saved = readChoice<T>(state);
    if (!saved) return;
    this.chosen = saved.chosen;
    this.#host.value = saved.value;
  }

  /** For `resetValue()`: the initial text and item, the validation message hidden. */
  reset(): void {
    this.chosen = this.#defaults?.chosen ?? null;
    this.#host.value = this.#defaults?.value ?? '';
    this.showValidity = false;
  }

  /** For `validate()`: empty but required, or text not chosen from the list (unless free text is allowed). */
  validity(required: boolean, say: (key: 'valueMissing' | 'chooseFromList') => string, freeText = false): ValidityResult | null {
    const text = this.#host.value.trim();
    if (required && !text) return { flags: { valueMissing: true }, message: say('valueMissing') };
    if (text && !this.#chosen && !freeText) return { flags: { typeMismatch: true }, message: say('chooseFromList') };
    return null;
  }
}

/**
 * The form state of a field where text is typed and an item chosen, for a field that keeps its own:
 * `formState()` returns `saveChoice(value, chosen)`.
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
