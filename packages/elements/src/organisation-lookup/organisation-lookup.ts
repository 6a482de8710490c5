import type { PropertyValues, TemplateResult, nothing } from 'lit';
import { announce } from '../internal/announcer.js';
import { renderStatus, type ComboboxFieldView } from '../internal/combobox-field.js';
import type { FormValue, ValidityResult } from '../internal/form-control.js';
import type { Lang } from '../internal/lang.js';
import { LocalizeController, loadTexts } from '../internal/localize.js';
import { LookupField } from '../internal/lookup-field.js';
import { organisationFormData } from './form.js';
import { messages } from './messages.js';
import { organisationOptions } from './option.js';
import { digitsOf, groupOrgnr } from './orgnr.js';
import { styles } from './organisation-lookup.styles.js';
import { askFor, organisationSearch } from './search.js';
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
 * Its label, fallback slot and parts are those of every lookup field (`LookupField`); its own:
 *
 * @slot - Fallback for pages without JavaScript: a plain labelled `<input>` with the same `name`, for the
 *   organisation number. It is shown (and submitted) until the element is defined; then it is hidden and
 *   disabled, and text typed into it in the meantime moves into the element. `@felles/ssr` writes it for a
 *   server-rendered field, from `FellesOrganisationLookup.noScriptFallback()`.
 *
 * @csspart state - A unit's state in a suggestion: bankrupt, being wound up, deleted, removed.
 * @csspart status - The searching, no-results, invalid-number or error line.
 *
 * @cssprop [--felles-organisation-lookup-max-width=36rem] - Widest the field grows.
 * @cssprop [--felles-organisation-lookup-max-height=20rem] - Tallest the suggestion list grows before it scrolls.
 * @cssprop [--felles-organisation-lookup-z-index=10] - Stacking of the suggestion list.
 *
 * @fires input - While typing, and when a unit is chosen or the field cleared, like a native text field.
 * @fires change - When a unit is chosen (or the field cleared).
 * @fires {FellesOrganisationSelectEvent} felles-organisation-select - When a unit is chosen; `detail` is the unit.
 */
export class FellesOrganisationLookup extends LookupField<Organisation> {
  static override properties = {
    endpoint: {},
    minChars: { type: Number, attribute: 'min-chars' },
    debounce: { type: Number },
    maxResults: { type: Number, attribute: 'max-results' },
    organisation: { attribute: false },
    client: { attribute: false },
  };

  static override styles = styles;

  /** Loads the texts of a language now rather than on first use: for a server render in that language. */
  static loadTexts = (lang: Lang): Promise<void> => loadTexts(messages, lang);

  /** Describes the no-JavaScript fallback field for a server render (`@felles/ssr`): a labelled field for the organisation number. */
  static noScriptFallback = noScriptFallback;

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
    return this.choice.chosen;
  }
  set organisation(organisation: Organisation | null | undefined) {
    this.choice.chosen = organisation ?? null;
  }

  readonly #t = new LocalizeController(this, messages);
  protected readonly search = organisationSearch(this, {
    texts: this.#t,
    notFound: (orgnr) => this.#t.t('notFound', groupOrgnr(orgnr)),
    ...this.searchHooks,
  });

  constructor() {
    super({ property: 'organisation', display, selected: (unit) => new FellesOrganisationSelectEvent(unit) });
    organisationOptions(this, this.combobox, this.search, this.#t);
  }

  protected found(): readonly Organisation[] {
    return this.search.answer?.units ?? [];
  }

  protected override selectable(unit: Organisation): boolean {
    return choosable(unit);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Another register answers differently: what the old one said is not kept.
    if (changed.has('client') && this.hasUpdated) this.search.clear();
    super.willUpdate(changed);
  }

  protected fieldView(): Pick<ComboboxFieldView, 'maxlength'> {
    return { maxlength: 180 };
  }

  protected override statusLine(): TemplateResult | typeof nothing {
    const invalid = this.#invalidText();
    return invalid ? renderStatus(invalid, true) : super.statusLine();
  }

  /** Why the typed text, nine digits or more, is not an organisation number; '' when it is no such text. */
  #invalidText(): string {
    const why = askFor(this);
    if (typeof why !== 'string') return '';
    return why === 'invalidNumber' ? this.#t.t('invalidNumber', groupOrgnr(digitsOf(this.value.trim())!)) : this.#t.t('wrongLength');
  }

  /** A number is checked and looked up at once, a name searched after the debounce. */
  protected ask(now: boolean): void {
    const ask = askFor(this);
    if (!Array.isArray(ask)) {
      this.search.cancel();
      if (!ask) return this.combobox.hide();
      // Said at once, and never sent.
      this.show();
      announce(this.#invalidText(), { lang: this.#t.textLang, from: this });
      return;
    }
    void (now || ask[0] === 'number' ? this.search.runNow(...ask) : this.search.run(...ask));
    // The last answer, kept while the search waits, or one from the cache, shows at once.
    if (this.search.status !== 'idle') this.show();
  }

  protected override formValue(): FormValue {
    return organisationFormData(this.name, this.choice.chosen);
  }

  protected override validate(): ValidityResult | null {
    const invalid = this.#invalidText();
    if (invalid) return { flags: { patternMismatch: true }, message: invalid };
    return this.choice.validity(this.required, (key) => this.#t.t(key));
  }
}
