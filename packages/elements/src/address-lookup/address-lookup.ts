import type { Address } from '@felles/client-adresser';
import { html, isServer, type PropertyValues } from 'lit';
import type { ComboboxFieldView } from '../internal/combobox-field.js';
import type { ValidityResult, FormValue } from '../internal/form-control.js';
import type { Lang } from '../internal/lang.js';
import { LocalizeController, loadTexts } from '../internal/localize.js';
import { LookupField } from '../internal/lookup-field.js';
import { styles } from './address-lookup.styles.js';
import { addressFormData, noScriptFallback } from './form.js';
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
 * Its label, hint, fallback slot and parts are those of every lookup field (`LookupField`); its own:
 *
 * @slot hint - A hint with markup, instead of the `hint` attribute.
 *
 * @cssprop [--felles-address-lookup-max-width=36rem] - Widest the field grows.
 * @cssprop [--felles-address-lookup-max-height=20rem] - Tallest the suggestion list grows before it scrolls.
 * @cssprop [--felles-address-lookup-z-index=10] - Stacking of the suggestion list.
 *
 * @fires {Event} input - While typing, and when an address is chosen or the field cleared, like a native text field.
 * @fires {Event} change - When an address is chosen (or the field cleared).
 * @fires {FellesAddressSelectEvent} felles-address-select - When an address is chosen; `detail` is the address.
 */
export class FellesAddressLookup extends LookupField<Address> {
  static override properties = {
    readonly: { type: Boolean, reflect: true },
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

  /** Describes the no-JavaScript fallback field for a server render (`@felles/ssr`): a labelled plain text field for the address line. */
  static noScriptFallback = noScriptFallback;

  /** The field cannot be changed, but is submitted. */
  readonly = false;

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
    return this.choice.chosen;
  }
  set address(address: Address | null | undefined) {
    this.choice.chosen = address ?? null;
  }

  readonly #t = new LocalizeController(this, messages);
  protected readonly search = addressSearch(this, { texts: this.#t, ...this.searchHooks });

  constructor() {
    super({ property: 'address', display: formatAddress, selected: (address) => new FellesAddressSelectEvent(address), inline: true });
    addressOptions(this, this.combobox, this.search, (name) => this.#t.t('municipality', name));
  }

  protected found(): readonly Address[] {
    return this.search.answer?.addresses ?? [];
  }

  protected override editable(): boolean {
    return super.editable() && !this.readonly;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Another source or register answers differently: what the old one said is not kept.
    if (changed.has('endpoint') || changed.has('kommunenummer') || changed.has('maxResults') || changed.has('source')) this.search.clear();
    super.willUpdate(changed);
  }

  protected fieldView(): Pick<ComboboxFieldView, 'maxlength' | 'readonly' | 'hasHint' | 'hintSlot'> {
    return {
      maxlength: 200,
      readonly: this.readonly,
      // A server render sees no children; a slotted hint is linked once the browser renders.
      hasHint: Boolean(this.hint || (!isServer && this.querySelector(':scope > [slot="hint"]'))),
      hintSlot: html`<slot name="hint" @slotchange=${() => this.requestUpdate()}></slot>`,
    };
  }

  protected ask(now: boolean): void {
    const ask = askFor(this);
    if (!ask) {
      this.search.cancel();
      this.combobox.hide();
      return;
    }
    void (now ? this.search.runNow(...ask) : this.search.run(...ask));
    // The last answer, kept while the search waits, or one from the cache, shows at once.
    if (this.search.status !== 'idle') this.show();
  }

  protected override formValue(): FormValue {
    return addressFormData(this.name, this.value, this.choice.chosen);
  }

  protected override validate(): ValidityResult | null {
    return this.choice.validity(this.required, (key) => this.#t.t(key), this.allowFreeText);
  }
}
