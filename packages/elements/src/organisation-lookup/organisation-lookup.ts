import { LitElement, html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { announce } from '../internal/announcer.js';
import { AsyncController, type AsyncOptions } from '../internal/async-controller.js';
import { ComboboxController } from '../internal/combobox-controller.js';
import { errorKind } from '../internal/error-kind.js';
import { dispatchChoice, readChoice, saveChoice } from '../internal/choice-state.js';
import { adoptFallback } from '../internal/fallback-field.js';
import { FormControlMixin, type FormValue, type ValidityResult } from '../internal/form-control.js';
import type { Lang } from '../internal/lang.js';
import { LocalizeController, loadTexts } from '../internal/localize.js';
import { messages } from './messages.js';
import { digitsOf, groupOrgnr, isOrgnr } from './orgnr.js';
import { styles } from './organisation-lookup.styles.js';
import {
  choosable,
  display,
  findUnits,
  noScriptFallback,
  titleCase,
  type Answer,
  type Organisation,
  type OrganisationLookupClient,
} from './units.js';

export type { Organisation, OrganisationLookupClient, OrganisationStatus } from './units.js';

/** A unit was chosen from the list. */
export class FellesOrganisationSelectEvent extends Event {
  readonly detail: Organisation;
  constructor(organisation: Organisation) {
    super('felles-organisation-select', { bubbles: true, composed: true });
    this.detail = organisation;
  }
}

type Ask = [kind: 'name' | 'number', query: string, endpoint: string, size: number];
const brreg = 'https://data.brreg.no/enhetsregisteret/api';

/**
 * A field for finding an organisation in Brønnøysund's Central Coordinating Register (Enhetsregisteret):
 * type part of its name, or its nine-digit organisation number.
 *
 * It is an editable combobox with a list of suggestions (WAI-ARIA combobox pattern, list autocomplete).
 * A name is searched after a pause in typing (`GET {endpoint}/enheter?navn=…`); nine digits are checked
 * at once (MOD11) and, when valid, looked up (`GET {endpoint}/enheter/{orgnr}`): an invalid number is said
 * at once and never sent. A search in flight is cancelled when the text changes, a newer answer always
 * wins, and recent answers are remembered. Each suggestion shows the name, the organisation number
 * (926 535 897), the legal form and the post town; bankrupt units and units being wound up are marked,
 * and deleted or removed ones are shown but cannot be chosen. Everything from the register is shown as
 * text, never as HTML.
 *
 * It takes part in forms: `name` carries the organisation number and `name.navn` the name. Text typed but
 * not chosen from the list is invalid.
 *
 * @summary Organisation field with suggestions from Enhetsregisteret.
 *
 * @slot label - A label with markup, instead of the `label` attribute.
 * @slot - Fallback for pages without JavaScript: a plain labelled `<input>` with the same `name`, for the
 *   organisation number. It is shown (and submitted) until the element is defined; then it is hidden and
 *   disabled, and text typed into it in the meantime moves into the element. `@felles/ssr` writes it for a
 *   server-rendered field, from `FellesOrganisationLookup.noScriptFallback()`.
 *
 * @csspart label - The label.
 * @csspart hint - The hint under the label.
 * @csspart input - The text field.
 * @csspart popup - The panel under the field with suggestions or a status.
 * @csspart listbox - The list of suggestions.
 * @csspart option - One suggestion.
 * @csspart state - A unit's state in a suggestion: bankrupt, being wound up, deleted, removed.
 * @csspart status - The searching, no-results, invalid-number or error line.
 * @csspart retry - The "try again" button after an error.
 * @csspart message - The validation message under the field.
 *
 * @cssprop [--felles-organisation-lookup-max-width=36rem] - Widest the field grows.
 * @cssprop [--felles-organisation-lookup-max-height=20rem] - Tallest the suggestion list grows before it scrolls.
 * @cssprop [--felles-organisation-lookup-z-index=10] - Stacking of the suggestion list.
 *
 * @fires input - While typing, and when a unit is chosen or the field cleared, like a native text field.
 * @fires change - When a unit is chosen (or the field cleared).
 * @fires {FellesOrganisationSelectEvent} felles-organisation-select - When a unit is chosen; `detail` is the unit.
 */
export class FellesOrganisationLookup extends FormControlMixin(LitElement) {
  static override properties = {
    label: {},
    hint: {},
    value: {},
    placeholder: {},
    endpoint: {},
    minChars: { type: Number, attribute: 'min-chars' },
    debounce: { type: Number },
    maxResults: { type: Number, attribute: 'max-results' },
    organisation: { attribute: false },
    client: { attribute: false },
    invalidNumber: { state: true },
    showValidity: { state: true },
  };

  static override styles = styles;
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** Loads the texts of a language now rather than on first use: for a server render in that language. */
  static loadTexts = (lang: Lang): Promise<void> => loadTexts(messages, lang);

  /** Describes the no-JavaScript fallback field for a server render (`@felles/ssr`): a labelled field for the organisation number. */
  static noScriptFallback = noScriptFallback;

  /** The visible label and accessible name. Use the `label` slot for markup. */
  label = '';

  /** A hint under the label, read with the field ("Navn eller organisasjonsnummer"). */
  hint = '';

  /** The text in the field. Setting the attribute gives the initial text, restored by `form.reset()`. */
  value = '';

  /** A hint shown in the empty field; never a replacement for the label. */
  placeholder = '';

  /**
   * Base URL of Enhetsregisteret's open API: Brønnøysund's by default, or a proxy or the sandbox's
   * `${origin}/enhetsregisteret/api`. The field asks `{endpoint}/enheter?navn=…` and `{endpoint}/enheter/{orgnr}`.
   */
  endpoint = brreg;

  /** Characters of a name typed before the first search. */
  minChars = 2;

  /** Milliseconds of pause in typing before a name is searched. */
  debounce = 300;

  /** Suggestions shown at most (1–100). */
  maxResults = 10;

  /**
   * A client of your own instead of the built-in one on `endpoint` (a proxy with its own authentication,
   * a test or a story); the Enhetsregisteret client is then never loaded.
   */
  client?: OrganisationLookupClient;

  /** The chosen unit, or null. Setting it fills in the field. */
  get organisation(): Organisation | null {
    return this.#organisation;
  }
  set organisation(organisation: Organisation | null | undefined) {
    const old = this.#organisation;
    this.#organisation = organisation ?? null;
    if (organisation) this.value = display(organisation);
    this.requestUpdate('organisation', old);
  }

  /** The typed number is nine digits or more that are not an organisation number; says why. */
  private invalidNumber: '' | 'invalidNumber' | 'wrongLength' = '';
  private showValidity = false;

  #organisation: Organisation | null = null;
  #defaults?: { value: string; organisation: Organisation | null };
  #client?: { endpoint: string; client: OrganisationLookupClient };
  readonly #t = new LocalizeController(this, messages);

  readonly #search = new AsyncController<Ask, Answer>(this, this.#searchOptions());

  readonly #combobox = new ComboboxController(this, {
    count: () => this.#units().length,
    choose: (index) => this.#choose(this.#units()[index]!),
    selectable: (index) => choosable(this.#units()[index]!),
    enabled: () => !this.isDisabled,
    enter: () => this.form?.requestSubmit(),
    escape: () => {
      if (!this.value) return false;
      this.#search.cancel();
      this.value = '';
      this.organisation = null;
      this.invalidNumber = '';
      dispatchChoice(this);
      return true;
    },
    leave: () => {
      if (this.value) this.showValidity = true;
    },
  });

  constructor() {
    super();
    this.addEventListener('invalid', () => (this.showValidity = true));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const typed = adoptFallback(this, this.name);
    if (typed !== undefined) this.value = typed;
  }

  /** The search: a name after the pause of `debounce` ms, a number at once; answers are cached. */
  #searchOptions(): AsyncOptions<Ask, Answer> {
    return {
      task: async ([kind, query, endpoint, size], signal) => {
        this.#announce(this.#t.t('searching'));
        return findUnits(await this.#clientFor(endpoint), kind, query, size, signal);
      },
      cache: 30,
      key: ([kind, query, endpoint, size]) => `${kind}|${query.toLowerCase()}|${endpoint}|${size}`,
      onComplete: ({ units, notFound }) => {
        const t = this.#t;
        this.#announce(notFound ? t.t('notFound', groupOrgnr(notFound)) : units.length ? t.t('results', units.length) : t.t('noResults'));
      },
      onError: (error) => this.#announce(this.#t.t(errorKind(error))),
      // Read at every run, so a changed `debounce` applies to the next keystroke.
      debounce: () => this.debounce,
    };
  }

  /** The units of the latest answer, while it is the one shown. */
  #units(): Organisation[] {
    return this.#search.status === 'complete' && !this.invalidNumber ? (this.#search.value?.units ?? []) : [];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated) this.#defaults = { value: this.value, organisation: this.#organisation };
    // Another register answers differently: what the old one said is not kept.
    if (changed.has('client') && this.hasUpdated) this.#search.clear();
    // Validity before render, so the message shown and described-by is this update's, in this update's language.
    if (!isServer) this.syncFormState();
    super.willUpdate(changed);
  }

  protected override render(): TemplateResult {
    const c = this.#combobox;
    const units = this.#units();
    const statusShown = c.isOpen && !c.expanded && (this.invalidNumber !== '' || this.#search.status !== 'idle');
    const invalid = this.showValidity && !this.isDisabled && !this.internals.validity.valid;
    const describedBy = [this.hint ? 'hint' : '', invalid ? 'message' : ''].filter(Boolean).join(' ');
    return html`
      <slot class="fallback"></slot>
      <label id="label" for="input" part="label">${this.label}<slot name="label"></slot></label>
      ${this.hint ? html`<div id="hint" class="hint" part="hint">${this.hint}</div>` : nothing}
      <div class="field">
        <input
          id="input"
          part="input"
          type="text"
          role="combobox"
          autocomplete="off"
          spellcheck="false"
          maxlength="180"
          aria-autocomplete="list"
          aria-controls="listbox"
          aria-expanded=${c.expanded ? 'true' : 'false'}
          aria-activedescendant=${c.activeId ?? nothing}
          aria-invalid=${invalid ? 'true' : nothing}
          aria-describedby=${describedBy || nothing}
          aria-required=${this.required ? 'true' : nothing}
          placeholder=${this.placeholder || nothing}
          .value=${this.value}
          ?disabled=${this.isDisabled}
          @input=${this.#onInput}
          @keydown=${c.onKeydown}
        />
        <div class="popup" part="popup" ?hidden=${!c.expanded && !statusShown} @mousedown=${c.keepFocus}>
          <ul id="listbox" role="listbox" part="listbox" aria-labelledby="label" ?hidden=${!c.expanded} @click=${c.onClick}>
            ${c.expanded ? units.map((unit, i) => this.#renderOption(unit, i)) : nothing}
          </ul>
          ${statusShown ? this.#renderStatus() : nothing}
        </div>
      </div>
      ${invalid ? html`<div id="message" class="message" part="message">${this.internals.validationMessage}</div>` : nothing}
    `;
  }

  #renderOption(unit: Organisation, index: number): TemplateResult {
    const t = this.#t;
    const state =
      unit.status === 'bankrupt'
        ? t.t('bankrupt')
        : unit.status === 'winding-up'
          ? t.t('windingUp')
          : unit.status === 'deleted'
            ? t.t('deleted', unit.slettedato ? t.date(unit.slettedato) : '')
            : unit.status === 'removed'
              ? t.t('removed')
              : '';
    const facts = [
      t.t('orgnr', groupOrgnr(unit.organisasjonsnummer)),
      unit.organisasjonsform?.beskrivelse,
      unit.poststed && titleCase(unit.poststed),
    ];
    return html`<li
      role="option"
      part="option"
      id="option-${index}"
      aria-selected=${this.#combobox.active === index ? 'true' : 'false'}
      aria-disabled=${choosable(unit) ? nothing : 'true'}
    >
      <span class="name">${unit.navn || t.t('unnamed')}${state ? html` <span class="state" part="state">${state}</span>` : nothing}</span>
      <span class="facts">${facts.filter(Boolean).join(' · ')}</span>
    </li>`;
  }

  #renderStatus(): TemplateResult {
    const t = this.#t;
    if (this.invalidNumber) return html`<div class="status error" part="status">${this.#invalidText()}</div>`;
    if (this.#search.status === 'error') {
      return html`<div class="status error" part="status">
        <span>${t.t(errorKind(this.#search.error))}</span>
        <button type="button" part="retry" @click=${this.#retry}>${t.t('retry')}</button>
      </div>`;
    }
    const notFound = this.#search.value?.notFound;
    const text = this.#search.status === 'pending' ? t.t('searching') : notFound ? t.t('notFound', groupOrgnr(notFound)) : t.t('noResults');
    return html`<div class="status" part="status">${text}</div>`;
  }

  /** Why the typed number is not an organisation number. */
  #invalidText(): string {
    const digits = digitsOf(this.value) ?? '';
    return this.invalidNumber === 'invalidNumber' ? this.#t.t('invalidNumber', groupOrgnr(digits)) : this.#t.t('wrongLength');
  }

  // ---- typing and searching

  #onInput(event: Event): void {
    this.value = (event.target as HTMLInputElement).value;
    // Text that differs from the chosen unit is no longer that unit.
    if (this.#organisation && this.value !== display(this.#organisation)) this.organisation = null;
    this.#combobox.active = -1;
    this.#ask(false);
  }

  /** Searches for what the field holds: a number is checked and looked up at once, a name after the debounce. */
  #ask(now: boolean): void {
    const text = this.value.trim().replace(/\s+/g, ' ');
    const digits = digitsOf(text);
    this.invalidNumber = '';
    if (digits !== undefined && digits.length >= 9) {
      if (!isOrgnr(digits)) {
        this.#search.cancel();
        this.invalidNumber = digits.length === 9 ? 'invalidNumber' : 'wrongLength';
        this.#combobox.show();
        this.#announce(this.#invalidText());
        return;
      }
      this.#combobox.show();
      void this.#search.runNow('number', digits, this.endpoint, 1);
      return;
    }
    // Part of a number is not a name to search for.
    if (digits !== undefined || text.length < this.minChars) {
      this.#search.cancel();
      this.#combobox.hide();
      return;
    }
    this.#combobox.show();
    const size = Math.min(100, Math.max(1, Math.trunc(this.maxResults) || 10));
    void (now ? this.#search.runNow('name', text, this.endpoint, size) : this.#search.run('name', text, this.endpoint, size));
  }

  async #clientFor(endpoint: string): Promise<OrganisationLookupClient> {
    if (this.client) return this.client;
    if (this.#client?.endpoint !== endpoint) {
      const { createEnhetsregisterClient } = await import('./load-client.js');
      // No automatic retries: the next keystroke is the next try, and the error offers one.
      this.#client = { endpoint, client: createEnhetsregisterClient({ apiUrl: endpoint, retry: false }) };
    }
    return this.#client.client;
  }

  #retry(): void {
    this.renderRoot.querySelector('input')?.focus();
    this.#ask(true);
  }

  #announce(message: string): void {
    announce(message, { lang: this.#t.textLang, from: this });
  }

  // ---- choosing

  #choose(unit: Organisation): void {
    this.organisation = unit;
    this.showValidity = false;
    dispatchChoice(this);
    this.dispatchEvent(new FellesOrganisationSelectEvent(unit));
  }

  // ---- forms

  protected override formValue(): FormValue {
    const unit = this.#organisation;
    if (!this.name || !unit) return null;
    const data = new FormData();
    data.append(this.name, unit.organisasjonsnummer);
    data.append(`${this.name}.navn`, unit.navn);
    return data;
  }

  protected override formState(): FormValue {
    return saveChoice(this.value, this.#organisation);
  }

  protected override restoreValue(state: FormValue): void {
    // A state from another version leaves the field empty.
    const saved = readChoice<Organisation>(state);
    if (!saved) return;
    this.organisation = saved.chosen;
    this.value = saved.value;
  }

  protected override resetValue(): void {
    this.#search.cancel();
    this.organisation = this.#defaults?.organisation ?? null;
    this.value = this.#defaults?.value ?? '';
    this.invalidNumber = '';
    this.#combobox.hide();
    this.showValidity = false;
  }

  protected override validate(): ValidityResult | null {
    const t = this.#t;
    if (this.required && !this.value.trim()) return { flags: { valueMissing: true }, message: t.t('valueMissing') };
    if (this.invalidNumber) return { flags: { patternMismatch: true }, message: this.#invalidText() };
    if (this.value.trim() && !this.#organisation) return { flags: { typeMismatch: true }, message: t.t('chooseFromList') };
    return null;
  }

  protected override validationAnchor(): HTMLElement | undefined {
    return this.renderRoot.querySelector('input') ?? undefined;
  }
}
