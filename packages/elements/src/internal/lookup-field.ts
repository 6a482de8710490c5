import { LitElement, isServer, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { AsyncStatus } from './async-controller.js';
import { ChoiceController, type ChoiceOptions } from './choice-state.js';
import { renderComboboxField, type ComboboxFieldView } from './combobox-field.js';
import { ComboboxController } from './combobox-controller.js';
import { FormControlMixin, type FormValue } from './form-control.js';

/** What the field reads of its `LookupSearch`. */
interface Search {
  readonly status: AsyncStatus;
  cancel(): void;
  renderStatus(): TemplateResult;
}

/**
 * A lookup field, whatever it looks up: an editable combobox whose text is searched as it is typed,
 * and where an item is chosen from the suggestions. It has the properties every lookup has, wires the
 * `ComboboxController` to the element's `ChoiceController` (`choice`) and `LookupSearch` (`search`),
 * renders the field with `renderComboboxField()`, and keeps the form state. The element adds its own
 * properties, texts, search and `OptionList`, what it asks for its text (`ask()`), its form value and
 * its validity.
 *
 * @slot label - A label with markup, instead of the `label` attribute.
 * @slot - Fallback for pages without JavaScript: a plain labelled `<input>` with the same `name`. It is
 *   shown (and submitted) until the element is defined; then it is hidden and disabled, and text typed
 *   into it in the meantime moves into the element. `@felles/ssr` writes it for a server-rendered field,
 *   from the element's static `noScriptFallback()`.
 *
 * @csspart label - The label.
 * @csspart hint - The hint under the label (the field's description).
 * @csspart input - The text field.
 * @csspart popup - The panel under the field with suggestions or a status.
 * @csspart listbox - The list of suggestions.
 * @csspart option - One suggestion.
 * @csspart status - The searching, no-results or error line.
 * @csspart retry - The "try again" button after an error.
 * @csspart message - The validation message under the field.
 */
export abstract class LookupField<T> extends FormControlMixin(LitElement) {
  static override properties: PropertyDeclarations = {
    label: {},
    hint: {},
    value: {},
    placeholder: {},
  };

  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** The visible label and accessible name. Use the `label` slot for markup. */
  label = '';

  /** Help under the label, read by screen readers as the field's description (`aria-describedby`). */
  hint = '';

  /** The text in the field. Setting the attribute gives the initial text, restored by `form.reset()`. */
  value = '';

  /** A hint shown in the empty field; never a replacement for the label. */
  placeholder = '';

  /** The chosen item, and the field's text as typed or chosen. */
  protected readonly choice: ChoiceController<T>;
  protected readonly combobox: ComboboxController;
  protected abstract readonly search: Search;

  /** The items of the answer shown. */
  protected abstract found(): readonly T[];

  /** Searches for what the field holds: after the debounce, or at once (`now`: a retry). */
  protected abstract ask(now: boolean): void;

  /** What this field adds to the template: its `maxlength`, and `readonly` or a hint slot where it has them. */
  protected abstract fieldView(): Pick<ComboboxFieldView, 'maxlength' | 'readonly' | 'hasHint' | 'hintSlot'>;

  /** For the element's `LookupSearch`: when its work starts, and its "try again" button. */
  protected readonly searchHooks = {
    // A search that ends after the person has left the field shows nothing over what they went to.
    started: () => this.show(),
    retry: () => {
      this.renderRoot.querySelector('input')?.focus();
      this.ask(true);
    },
  };

  /** `choice`: how the element's chosen item is shown and announced (`ChoiceController`). */
  constructor(choice: ChoiceOptions<T>) {
    super();
    // The fallback field is adopted before the combobox listens: its focus, lost when it is disabled, is no leaving.
    this.choice = new ChoiceController(this, choice);
    this.combobox = new ComboboxController(this, {
      count: () => this.found().length,
      choose: (index) => this.choice.choose(this.found()[index]!),
      selectable: (index) => this.selectable(this.found()[index]!),
      enabled: () => this.editable(),
      enter: () => this.form?.requestSubmit(),
      escape: () => {
        this.search.cancel();
        return this.choice.clear();
      },
      leave: () => this.choice.leave(),
    });
  }

  /** Whether an item can be chosen; one that cannot is shown, marked `aria-disabled`. */
  protected selectable(_item: T): boolean {
    return true;
  }

  /** Whether the person can type and choose. */
  protected editable(): boolean {
    return !this.isDisabled;
  }

  /** Opens the popup, unless the person has left the field. */
  protected show(): void {
    if (this.matches(':focus-within')) this.combobox.show();
  }

  /** The popup's status line while the list is not shown ("Søker …", no results, an error), or nothing. */
  protected statusLine(): TemplateResult | typeof nothing {
    return this.search.status === 'idle' ? nothing : this.search.renderStatus();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Validity before render, so the message shown and described-by is this update's, in this update's language.
    // The server has no form to take part in, and no rendered field to point the browser's bubble at.
    if (!isServer) this.syncFormState();
    super.willUpdate(changed);
  }

  protected override render(): TemplateResult {
    const c = this.combobox;
    const invalid = this.choice.showValidity && !this.isDisabled && !this.internals.validity.valid;
    return renderComboboxField({
      host: this,
      combobox: c,
      disabled: this.isDisabled,
      message: invalid ? this.internals.validationMessage : '',
      onInput: this.#onInput,
      status: c.isOpen && !c.expanded ? this.statusLine() : nothing,
      passive: !c.expanded && this.search.status !== 'error',
      ...this.fieldView(),
    });
  }

  readonly #onInput = (event: Event): void => {
    this.choice.typed((event.target as HTMLInputElement).value);
    this.combobox.active = -1;
    this.ask(false);
  };

  protected override formState(): FormValue {
    return this.choice.save();
  }

  protected override restoreValue(state: FormValue): void {
    this.choice.restore(state);
  }

  protected override resetValue(): void {
    this.search.cancel();
    this.combobox.hide();
    this.choice.reset();
  }

  protected override validationAnchor(): HTMLElement | undefined {
    return this.renderRoot.querySelector('input') ?? undefined;
  }
}
