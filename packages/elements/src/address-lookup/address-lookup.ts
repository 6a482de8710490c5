import type { Address } from '@felles/client-adresser';
import { LitElement, html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ChoiceController } from '../internal/choice-state.js';
import { renderComboboxField } from '../internal/combobox-field.js';
import { ComboboxController } from '../internal/combobox-controller.js';
import { FormControlMixin, type FormValue, type ValidityResult } from '../internal/form-control.js';
import type { Lang } from '../internal/lang.js';
import { LocalizeController, loadTexts } from '../internal/localize.js';
import { styles } from './address-lookup.styles.js';
import { addressFormData } from './form.js';
import { formatAddress } from './format.js';
import { messages } from './messages.js';
import { addressOptions } from './option.js';
import { addressSearch, askFor, type AddressSource } from './search.js';
import { FellesAddressSelectEvent } from './select-event.js';

export type { Address } from '@felles/client-adresser';
export type { AddressSource } from './search.js';
export { FellesAddressSelectEvent } from './select-event.js';

const kartverket = 'https://ws.geonorge.no/adresser/v1';

/**
 * An address field that looks addresses up in Kartverket's national address register as you type.
 *
 * It is an editable combobox with a list of suggestions (WAI-ARIA combobox pattern, list
 * autocomplete): type at least `min-chars` characters, and after a pause of `debounce` ms it searches.
 * A search in flight is cancelled when the text changes, a newer answer always wins, and recent
 * answers are remembered. The matched part of each suggestion is highlighted; every text from the
 * service is shown as text, never as HTML.
 *
 * It takes part in forms: `name` carries the address line ("Myrvollveien 5C, 1415 OPPEGÅRD"), and
 * `name.postnummer`, `name.poststed`, `name.kommunenummer`, `name.adressekode`, `name.nummer`,
 * `name.bokstav`, `name.lat` and `name.lon` its parts. Text typed but not chosen from the list is
 * invalid unless `allow-free-text` is set.
 *
 * @summary Address field with suggestions from Kartverket's address register.
 *
 * @slot label - A label with markup, instead of the `label` attribute.
 * @slot hint - A hint with markup, instead of the `hint` attribute.
 * @slot - Fallback for pages without JavaScript: a plain labelled `<input>` with the same `name`. It is
 *   shown (and submitted) until the element is defined; then it is hidden and disabled, and text typed
 *   into it in the meantime moves into the element. `@felles/ssr` writes it for a server-rendered field.
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
 *
 * @cssprop [--felles-address-lookup-max-width=36rem] - Widest the field grows.
 * @cssprop [--felles-address-lookup-max-height=20rem] - Tallest the suggestion list grows before it scrolls.
 * @cssprop [--felles-address-lookup-z-index=10] - Stacking of the suggestion list.
 *
 * @fires {Event} input - While typing, and when an address is chosen or the field cleared, like a native text field.
 * @fires {Event} change - When an address is chosen (or the field cleared).
 * @fires {FellesAddressSelectEvent} felles-address-select - When an address is chosen; `detail` is the address.
 */
export class FellesAddressLookup extends FormControlMixin(LitElement) {
  static override properties = {
    label: {},
    hint: {},
    value: {},
    readonly: { type: Boolean, reflect: true },
    placeholder: {},
    minChars: { type: Number, attribute: 'min-chars' },
    debounce: { type: Number },
    maxResults: { type: Number, attribute: 'max-results' },
    endpoint: {},
    kommunenummer: {},
    allowFreeText: { type: Boolean, attribute: 'allow-free-text' },
    source: { attribute: false },
    address: { attribute: false },
  };

  static override styles = styles;

  /** Loads the texts of a language now rather than on first use: for a server render in that language. */
  static loadTexts = (lang: Lang): Promise<void> => loadTexts(messages, lang);
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** The visible label and accessible name. Use the `label` slot for markup. */
  label = '';

  /**
   * Help under the label ("Gateadresse, ikke postboks"), read by screen readers as the field's
   * description (`aria-describedby`). Use the `hint` slot for markup.
   */
  hint = '';

  /** The text in the field. Setting the attribute gives the initial text, restored by `form.reset()`. */
  value = '';

  /** The field cannot be changed, but is submitted. */
  readonly = false;

  /** A hint shown in the empty field; never a replacement for the label. */
  placeholder = '';

  /** Characters typed before the first search. */
  minChars = 3;

  /** Milliseconds of pause in typing before a search. */
  debounce = 250;

  /** Suggestions shown at most (1–1000). */
  maxResults = 10;

  /** Base URL of the address API: Kartverket's by default, or a proxy or the sandbox. */
  endpoint = kartverket;

  /** Only addresses in this municipality (four digits, e.g. 0301). */
  kommunenummer = '';

  /** Accept text that was not chosen from the list. */
  allowFreeText = false;

  /** Replaces the built-in search, e.g. for a service's own address register. */
  source?: AddressSource;

  /** The chosen address, or null. Setting it fills in the field. */
  get address(): Address | null {
    return this.#choice.chosen;
  }
  set address(address: Address | null | undefined) {
    this.#choice.chosen = address ?? null;
  }

  readonly #t = new LocalizeController(this, messages);
  readonly #choice = new ChoiceController<Address>(this, {
    property: 'address',
    display: formatAddress,
    selected: (address) => new FellesAddressSelectEvent(address),
    inline: true,
  });
  readonly #search = addressSearch(this, {
    texts: this.#t,
    // A search that ends after the person has left the field shows nothing over what they went to.
    started: () => this.#show(),
    retry: () => {
      this.renderRoot.querySelector('input')?.focus();
      this.#ask(true);
    },
  });

  readonly #combobox = new ComboboxController(this, {
    count: () => this.#found().length,
    choose: (index) => this.#choice.choose(this.#found()[index]!),
    enabled: () => !this.readonly && !this.isDisabled,
    enter: () => this.form?.requestSubmit(),
    escape: () => {
      this.#search.cancel();
      return this.#choice.clear();
    },
    leave: () => this.#choice.leave(),
  });

  constructor() {
    super();
    addressOptions(this, this.#combobox, this.#search, (name) => this.#t.t('municipality', name));
  }

  /** The addresses of the answer shown. */
  #found(): readonly Address[] {
    return this.#search.answer?.addresses ?? [];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Another source or register answers differently: what the old one said is not kept.
    if (changed.has('endpoint') || changed.has('kommunenummer') || changed.has('maxResults') || changed.has('source')) this.#search.clear();
    // Validity before render, so the message shown and described-by is this update's, in this update's language.
    // The server has no form to take part in, and no rendered field to point the browser's bubble at.
    if (!isServer) this.syncFormState();
    super.willUpdate(changed);
  }

  protected override render(): TemplateResult {
    const c = this.#combobox;
    const { status } = this.#search;
    const invalid = this.#choice.showValidity && !this.isDisabled && !this.internals.validity.valid;
    return renderComboboxField({
      host: this,
      combobox: c,
      // A server render sees no children; a slotted hint is linked once the browser renders.
      hasHint: Boolean(this.hint || (!isServer && this.querySelector(':scope > [slot="hint"]'))),
      hintSlot: html`<slot name="hint" @slotchange=${() => this.requestUpdate()}></slot>`,
      maxlength: 200,
      disabled: this.isDisabled,
      readonly: this.readonly,
      message: invalid ? this.internals.validationMessage : '',
      onInput: this.#onInput,
      status: c.isOpen && status !== 'idle' && !c.expanded ? this.#search.renderStatus() : nothing,
      passive: !c.expanded && status !== 'error',
    });
  }

  // ---- typing and searching

  readonly #onInput = (event: Event): void => {
    this.#choice.typed((event.target as HTMLInputElement).value);
    this.#combobox.active = -1;
    this.#ask(false);
  };

  /** Searches for what the field holds: after the debounce, or at once (a retry). */
  #ask(now: boolean): void {
    const ask = askFor(this);
    if (!ask) {
      this.#search.cancel();
      this.#combobox.hide();
      return;
    }
    void (now ? this.#search.runNow(...ask) : this.#search.run(...ask));
    // The last answer, kept while the search waits, or one from the cache, shows at once.
    if (this.#search.status !== 'idle') this.#show();
  }

  /** Opens the popup, unless the person has left the field. */
  #show(): void {
    if (this.matches(':focus-within')) this.#combobox.show();
  }

  // ---- forms

  protected override formValue(): FormValue {
    return addressFormData(this.name, this.value, this.#choice.chosen);
  }

  protected override formState(): FormValue {
    return this.#choice.save();
  }

  protected override restoreValue(state: FormValue): void {
    this.#choice.restore(state);
  }

  protected override resetValue(): void {
    this.#search.cancel();
    this.#combobox.hide();
    this.#choice.reset();
  }

  protected override validate(): ValidityResult | null {
    return this.#choice.validity(this.required, (key) => this.#t.t(key), this.allowFreeText);
  }

  protected override validationAnchor(): HTMLElement | undefined {
    return this.renderRoot.querySelector('input') ?? undefined;
  }
}
