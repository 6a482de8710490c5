import { LitElement, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { announce } from '../internal/announcer.js';
import { ChoiceController } from '../internal/choice-state.js';
import { renderComboboxField, renderStatus } from '../internal/combobox-field.js';
import { ComboboxController } from '../internal/combobox-controller.js';
import { FormControlMixin, type FormValue, type ValidityResult } from '../internal/form-control.js';
import type { Lang } from '../internal/lang.js';
import { LocalizeController, loadTexts } from '../internal/localize.js';
import { organisationFormData } from './form.js';
import { messages } from './messages.js';
import { organisationOptions } from './option.js';
import { digitsOf, groupOrgnr } from './orgnr.js';
import { styles } from './organisation-lookup.styles.js';
import { askFor, organisationSearch, type InvalidNumber } from './search.js';
import { FellesOrganisationSelectEvent } from './select-event.js';
import { choosable, display, noScriptFallback, type Organisation, type OrganisationLookupClient } from './units.js';

export type { Organisation, OrganisationLookupClient, OrganisationStatus } from './units.js';
export { FellesOrganisationSelectEvent } from './select-event.js';

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
    return this.#choice.chosen;
  }
  set organisation(organisation: Organisation | null | undefined) {
    this.#choice.chosen = organisation ?? null;
  }

  /** The typed number is nine digits or more that are not an organisation number; says why. */
  private invalidNumber: InvalidNumber | '' = '';

  readonly #t = new LocalizeController(this, messages);
  readonly #choice = new ChoiceController<Organisation>(this, {
    property: 'organisation',
    display,
    selected: (unit) => new FellesOrganisationSelectEvent(unit),
  });
  readonly #search = organisationSearch(this, {
    texts: this.#t,
    notFound: (orgnr) => this.#t.t('notFound', groupOrgnr(orgnr)),
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
    selectable: (index) => choosable(this.#found()[index]!),
    enabled: () => !this.isDisabled,
    enter: () => this.form?.requestSubmit(),
    escape: () => {
      this.#search.cancel();
      this.invalidNumber = '';
      return this.#choice.clear();
    },
    leave: () => this.#choice.leave(),
  });

  constructor() {
    super();
    organisationOptions(this, this.#combobox, this.#search, this.#t);
  }

  /** The units of the answer shown. */
  #found(): readonly Organisation[] {
    return this.#search.answer?.units ?? [];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Another register answers differently: what the old one said is not kept.
    if (changed.has('client') && this.hasUpdated) this.#search.clear();
    // Validity before render, so the message shown and described-by is this update's, in this update's language.
    if (!isServer) this.syncFormState();
    super.willUpdate(changed);
  }

  protected override render(): TemplateResult {
    const c = this.#combobox;
    const { status } = this.#search;
    const invalid = this.#choice.showValidity && !this.isDisabled && !this.internals.validity.valid;
    const statusShown = c.isOpen && !c.expanded && (this.invalidNumber !== '' || status !== 'idle');
    return renderComboboxField({
      host: this,
      combobox: c,
      maxlength: 180,
      disabled: this.isDisabled,
      message: invalid ? this.internals.validationMessage : '',
      onInput: this.#onInput,
      status: !statusShown ? nothing : this.invalidNumber ? renderStatus(this.#invalidText(), true) : this.#search.renderStatus(),
      passive: !c.expanded && status !== 'error',
    });
  }

  /** Why the typed number is not an organisation number. */
  #invalidText(): string {
    const digits = digitsOf(this.value.trim()) ?? '';
    return this.invalidNumber === 'invalidNumber' ? this.#t.t('invalidNumber', groupOrgnr(digits)) : this.#t.t('wrongLength');
  }

  // ---- typing and searching

  readonly #onInput = (event: Event): void => {
    this.#choice.typed((event.target as HTMLInputElement).value);
    this.#combobox.active = -1;
    this.#ask(false);
  };

  /** Searches for what the field holds: a number is checked and looked up at once, a name after the debounce. */
  #ask(now: boolean): void {
    const ask = askFor(this);
    this.invalidNumber = typeof ask === 'string' ? ask : '';
    if (!Array.isArray(ask)) {
      this.#search.cancel();
      if (!this.invalidNumber) return this.#combobox.hide();
      // Said at once, and never sent.
      this.#show();
      announce(this.#invalidText(), { lang: this.#t.textLang, from: this });
      return;
    }
    void (now || ask[0] === 'number' ? this.#search.runNow(...ask) : this.#search.run(...ask));
    // The last answer, kept while the search waits, or one from the cache, shows at once.
    if (this.#search.status !== 'idle') this.#show();
  }

  /** Opens the popup, unless the person has left the field. */
  #show(): void {
    if (this.matches(':focus-within')) this.#combobox.show();
  }

  // ---- forms

  protected override formValue(): FormValue {
    return organisationFormData(this.name, this.#choice.chosen);
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
    this.invalidNumber = '';
    this.#choice.reset();
  }

  protected override validate(): ValidityResult | null {
    if (this.invalidNumber) return { flags: { patternMismatch: true }, message: this.#invalidText() };
    return this.#choice.validity(this.required, (key) => this.#t.t(key));
  }

  protected override validationAnchor(): HTMLElement | undefined {
    return this.renderRoot.querySelector('input') ?? undefined;
  }
}
