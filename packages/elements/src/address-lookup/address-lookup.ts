import type { Address, AddressSearchClient } from '@felles/client-adresser';
import { LitElement, html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { announce } from '../internal/announcer.js';
import { FormControlMixin, type FormValue, type ValidityResult } from '../internal/form-control.js';
import type { Lang } from '../internal/lang.js';
import { LocalizeController, loadTexts } from '../internal/localize.js';
import { OptionList } from '../internal/option-list.js';
import { styles } from './address-lookup.styles.js';
import { formatAddress, toSok, wordsOf } from './format.js';
import { messages } from './messages.js';
import { addressRow, buildRow, rowKey } from './option.js';

export type { Address } from '@felles/client-adresser';

/** Replaces the built-in search: gets the typed text, returns addresses. Should stop when `signal` aborts. */
export type AddressSource = (
  query: string,
  options: { signal: AbortSignal; maxResults: number; kommunenummer?: string },
) => Promise<readonly Address[]>;

/** An address was chosen from the list. */
export class FellesAddressSelectEvent extends Event {
  readonly detail: Address;
  constructor(address: Address) {
    super('felles-address-select', { bubbles: true, composed: true });
    this.detail = address;
  }
}

type Phase = 'idle' | 'searching' | 'done' | 'error';
type ErrorKind = 'unavailable' | 'busy' | 'unexpected' | 'offline';

/** Sorts a failure into what a person can do about it, by the client's error `code` (no import of the classes). */
function errorKind(error: unknown): ErrorKind {
  const { code, status, source } = (error ?? {}) as { code?: string; status?: number; source?: string };
  if (code === 'http' && status === 429) return 'busy';
  if (code === 'validation' && source === 'response') return 'unexpected';
  if (code === 'timeout' || code === 'network') return 'offline';
  return 'unavailable';
}

const cacheSize = 30;
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
 * @fires input - While typing, and when an address is chosen or the field cleared, like a native text field.
 * @fires change - When an address is chosen (or the field cleared).
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
    phase: { state: true },
    results: { state: true },
    active: { state: true },
    open: { state: true },
    showValidity: { state: true },
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
    return this.#address;
  }
  set address(address: Address | null | undefined) {
    const old = this.#address;
    this.#address = address ?? null;
    if (address) this.value = formatAddress(address);
    this.requestUpdate('address', old);
  }

  private phase: Phase = 'idle';
  private results: readonly Address[] = [];
  private active = -1;
  private open = false;
  private showValidity = false;

  private get input(): HTMLInputElement {
    return this.renderRoot.querySelector('input')!;
  }

  #address: Address | null = null;
  #l10n = new LocalizeController(this, messages);
  #error: ErrorKind = 'unavailable';
  #query = '';
  #timer?: ReturnType<typeof setTimeout>;
  #controller?: AbortController;
  #sequence = 0;
  #cache = new Map<string, readonly Address[]>();
  #client?: { endpoint: string; client: AddressSearchClient };
  #defaults?: { value: string; address: Address | null };

  constructor() {
    super();
    // The options, built by hand at each update; rows whose text did not change are kept.
    new OptionList(this, {
      // While the next answer is on its way the list is hidden; its rows stay, to be kept if still shown.
      items: () =>
        this.open && this.phase === 'searching'
          ? undefined
          : this.open && this.phase === 'done'
            ? this.results.map((a) => addressRow(a, (name) => this.#l10n.t('municipality', name)))
            : [],
      key: rowKey,
      build: buildRow,
      active: () => this.active,
      matches: { name: 'felles-address-match', words: () => wordsOf(this.#query) },
    });
    this.addEventListener('invalid', (event) => {
      // The message is shown under the field; the browser's bubble would say it a second time.
      event.preventDefault();
      this.showValidity = true;
      // With the bubble the browser focuses the first invalid field; without it, the element does.
      const first = this.form?.querySelector(':invalid:not(fieldset)');
      if (!first || first === this) this.input?.focus();
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The no-JavaScript fallback field must not be submitted next to this element's own value.
    for (const input of this.querySelectorAll<HTMLInputElement>('input')) {
      if (!this.name || input.name !== this.name || input.disabled) continue;
      if (input.value !== input.defaultValue) this.value = input.value;
      input.disabled = true;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#timer);
    this.#controller?.abort();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (!this.hasUpdated) this.#defaults = { value: this.value, address: this.#address };
    if (changed.has('endpoint') || changed.has('kommunenummer') || changed.has('maxResults') || changed.has('source')) {
      this.#cache.clear();
    }
    // Validity before render, so the message shown and described-by is this update's, in this update's language.
    // The server has no form to take part in, and no rendered field to point the browser's bubble at.
    if (!isServer) this.syncFormState();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('active') && this.active >= 0) {
      this.renderRoot.querySelector(`#option-${this.active}`)?.scrollIntoView?.({ block: 'nearest' });
    }
  }

  protected override render(): TemplateResult {
    const expanded = this.open && this.phase === 'done' && this.results.length > 0;
    const statusShown = this.open && this.phase !== 'idle' && !expanded;
    const invalid = this.showValidity && !this.isDisabled && !this.internals.validity.valid;
    // A server render sees no children; a slotted hint is linked once the browser renders.
    const hint = Boolean(this.hint || (!isServer && this.querySelector(':scope > [slot="hint"]')));
    const describedBy = [hint && 'hint', invalid && 'message'].filter(Boolean).join(' ');
    return html`
      <slot class="fallback"></slot>
      <label id="label" for="input" part="label">${this.label}<slot name="label"></slot></label>
      <div id="hint" class="hint" part="hint" ?hidden=${!hint}>${this.hint}<slot name="hint" @slotchange=${() => this.requestUpdate()}></slot></div>
      <div class="field">
        <input
          id="input"
          part="input"
          type="text"
          role="combobox"
          autocomplete="off"
          spellcheck="false"
          maxlength="200"
          aria-autocomplete="list"
          aria-controls="listbox"
          aria-expanded=${expanded ? 'true' : 'false'}
          aria-activedescendant=${expanded && this.active >= 0 ? `option-${this.active}` : nothing}
          aria-invalid=${invalid ? 'true' : nothing}
          aria-describedby=${describedBy || nothing}
          aria-required=${this.required ? 'true' : nothing}
          placeholder=${this.placeholder || nothing}
          .value=${this.value}
          ?disabled=${this.isDisabled}
          ?readonly=${this.readonly}
          @input=${this.#onInput}
          @keydown=${this.#onKeydown}
          @blur=${this.#onBlur}
        />
        <div
          class="popup"
          part="popup"
          ?hidden=${!expanded && !statusShown}
          ?data-passive=${!expanded && this.phase !== 'error'}
          @mousedown=${this.#keepFocus}
        >
          <ul id="listbox" role="listbox" part="listbox" aria-labelledby="label" ?hidden=${!expanded} @click=${this.#onOptionClick}></ul>
          ${statusShown ? this.#renderStatus() : nothing}
        </div>
      </div>
      ${invalid ? html`<div id="message" class="message" part="message">${this.internals.validationMessage}</div>` : nothing}
    `;
  }

  #onOptionClick(event: MouseEvent): void {
    const option = (event.target as Element).closest('[role="option"]');
    const address = option && this.results[Number(option.id.slice('option-'.length))];
    if (address) this.#select(address);
  }

  #renderStatus(): TemplateResult {
    const t = this.#l10n;
    if (this.phase === 'error') {
      return html`<div class="status error" part="status">
        <span>${t.t(this.#error)}</span>
        <button type="button" part="retry" @click=${this.#retry}>${t.t('retry')}</button>
      </div>`;
    }
    return html`<div class="status" part="status">${this.phase === 'searching' ? t.t('searching') : t.t('noResults')}</div>`;
  }

  // ---- typing and searching

  #onInput(): void {
    this.value = this.input.value;
    // Text that differs from the chosen address is no longer that address.
    if (this.#address && this.value !== formatAddress(this.#address)) this.address = null;
    this.active = -1;
    this.#schedule();
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    const query = this.value.trim().replace(/\s+/g, ' ');
    if (query.length < this.minChars) {
      this.#cancel();
      this.phase = 'idle';
      this.results = [];
      this.open = false;
      return;
    }
    // No pause asked for: search at once, not a timer tick later.
    if (this.debounce > 0) this.#timer = setTimeout(() => void this.#search(query), this.debounce);
    else void this.#search(query);
  }

  #cancel(): void {
    this.#sequence++;
    this.#controller?.abort();
    this.#controller = undefined;
  }

  async #search(query: string): Promise<void> {
    this.#cancel();
    const sequence = this.#sequence;
    const key = `${query.toLowerCase()}|${this.kommunenummer}|${this.maxResults}`;
    this.#query = query;
    // A search that ends after the person has left the field shows nothing over what they went to.
    this.open = this.matches(':focus-within');
    const cached = this.#cache.get(key);
    if (cached) {
      // Refresh its place in the LRU order.
      this.#cache.delete(key);
      this.#cache.set(key, cached);
      return this.#show(cached);
    }
    const controller = new AbortController();
    this.#controller = controller;
    this.phase = 'searching';
    this.#announce(this.#l10n.t('searching'));
    try {
      const results = await this.#run(query, controller.signal);
      if (sequence !== this.#sequence) return;
      this.#cache.set(key, results);
      if (this.#cache.size > cacheSize) this.#cache.delete(this.#cache.keys().next().value!);
      this.#show(results);
    } catch (error) {
      // A newer search, or an abort, makes this one irrelevant; a failure never leaves the element.
      if (sequence !== this.#sequence || controller.signal.aborted) return;
      this.#error = errorKind(error);
      this.phase = 'error';
      this.#announce(this.#l10n.t(this.#error));
    }
  }

  async #run(query: string, signal: AbortSignal): Promise<readonly Address[]> {
    const kommunenummer = this.kommunenummer || undefined;
    if (this.source) return this.source(query, { signal, maxResults: this.maxResults, kommunenummer });
    if (this.#client?.endpoint !== this.endpoint) {
      const { createAddressSearchClient } = await import('./load-client.js');
      // No automatic retries: the next keystroke is the next try, and the error offers one.
      this.#client = { endpoint: this.endpoint, client: createAddressSearchClient({ baseUrl: this.endpoint, retry: false }) };
    }
    const result = await this.#client.client.searchAddresses({ sok: toSok(query), treffPerSide: this.maxResults, kommunenummer }, { signal });
    return result.adresser;
  }

  #show(results: readonly Address[]): void {
    this.results = results;
    this.phase = 'done';
    this.active = -1;
    this.#announce(results.length ? this.#l10n.t('results', results.length) : this.#l10n.t('noResults'));
  }

  #retry(): void {
    this.input.focus();
    void this.#search(this.#query);
  }

  #announce(message: string): void {
    announce(message, { lang: this.#l10n.textLang, from: this });
  }

  // ---- keyboard, mouse, focus

  #onKeydown(event: KeyboardEvent): void {
    if (this.readonly || this.isDisabled) return;
    const count = this.phase === 'done' ? this.results.length : 0;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        if (!count) return;
        const wasOpen = this.open;
        // Alt+Up closes the list and keeps the text; Alt+Down opens it without making an option active.
        if (event.altKey && event.key === 'ArrowUp') {
          this.open = false;
          this.active = -1;
          return;
        }
        this.open = true;
        if (event.altKey) return;
        const down = event.key === 'ArrowDown';
        if (!wasOpen || this.active < 0) this.active = down ? 0 : count - 1;
        else this.active = (this.active + (down ? 1 : count - 1)) % count;
        return;
      }
      case 'Enter': {
        const chosen = this.open ? this.results[this.active] : undefined;
        if (chosen && this.phase === 'done') {
          event.preventDefault();
          this.#select(chosen);
        } else if (!this.open) {
          // Like a text field: Enter submits the form.
          this.form?.requestSubmit();
        } else {
          // Open with nothing active: Enter closes the list and keeps the text.
          event.preventDefault();
          this.open = false;
        }
        return;
      }
      case 'Home':
      case 'End':
      case 'ArrowLeft':
      case 'ArrowRight':
        // The caret moves in the text (the browser's default); the person is editing again, not choosing.
        this.active = -1;
        return;
      case 'Escape':
        if (this.open && this.phase !== 'idle') {
          this.open = false;
          this.active = -1;
        } else if (this.value) {
          this.#cancel();
          clearTimeout(this.#timer);
          this.value = '';
          this.address = null;
          this.phase = 'idle';
          this.#changed();
        } else return;
        event.preventDefault();
        return;
    }
  }

  /** Clicking in the list must not take focus from the field (which would close the list first). */
  #keepFocus(event: MouseEvent): void {
    if (!(event.target as Element).closest('button')) event.preventDefault();
  }

  #onBlur(event: FocusEvent): void {
    if (this.shadowRoot?.contains(event.relatedTarget as Node | null)) return;
    this.open = false;
    this.active = -1;
    if (this.value) this.showValidity = true;
  }

  #select(address: Address): void {
    this.address = address;
    this.open = false;
    this.active = -1;
    this.showValidity = false;
    this.#changed();
    this.dispatchEvent(new FellesAddressSelectEvent(address));
  }

  /**
   * The value changed by a choice rather than a keystroke: `input` and then `change`, as a native field
   * does when a suggestion is picked, so listeners of either (Angular's `ngDefaultControl`, a `v-model`
   * on `input`) see it.
   */
  #changed(): void {
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  // ---- forms

  protected override formValue(): FormValue {
    if (!this.name || !this.value) return null;
    const data = new FormData();
    data.append(this.name, this.value);
    const a = this.#address;
    if (a) {
      const p = a.representasjonspunkt;
      const parts: [string, unknown][] = [
        ['postnummer', a.postnummer],
        ['poststed', a.poststed],
        ['kommunenummer', a.kommunenummer],
        ['adressekode', a.adressekode],
        ['nummer', a.nummer],
        ['bokstav', a.bokstav],
        ['lat', p.lat],
        ['lon', p.lon],
      ];
      for (const [part, v] of parts) data.append(`${this.name}.${part}`, v == null ? '' : String(v));
    }
    return data;
  }

  protected override formState(): FormValue {
    return JSON.stringify({ value: this.value, address: this.#address });
  }

  protected override restoreValue(state: FormValue): void {
    if (typeof state !== 'string') return;
    try {
      const { value, address } = JSON.parse(state) as { value: string; address: Address | null };
      this.address = address;
      this.value = value;
    } catch {
      // A state from another version: keep the field empty.
    }
  }

  protected override resetValue(): void {
    this.#cancel();
    clearTimeout(this.#timer);
    this.address = this.#defaults?.address ?? null;
    this.value = this.#defaults?.value ?? '';
    this.phase = 'idle';
    this.open = false;
    this.showValidity = false;
  }

  protected override validate(): ValidityResult | null {
    const text = this.value.trim();
    if (this.required && !text) return { flags: { valueMissing: true }, message: this.#l10n.t('valueMissing') };
    if (text && !this.#address && !this.allowFreeText) {
      return { flags: { typeMismatch: true }, message: this.#l10n.t('chooseFromList') };
    }
    return null;
  }

  protected override validationAnchor(): HTMLElement | undefined {
    return this.input ?? undefined;
  }
}
