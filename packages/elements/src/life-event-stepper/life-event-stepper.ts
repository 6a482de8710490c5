import {
  isLifeEventId,
  loadLifeEvent,
  localize,
  placeSteps,
  summarizeProgress,
  type LifeEvent,
  type LifeEventId,
  type LifeEventProgress,
  type LocalizedText,
  type PlacedStep,
  type StepStatus,
} from '@felles/life-events';
import { LitElement, html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { AsyncController } from '../internal/async-controller.js';
import type { Lang } from '../internal/lang.js';
import { LocalizeController, loadTexts } from '../internal/localize.js';
import { styles } from './life-event-stepper.styles.js';
import { messages } from './messages.js';

/** A step was opened or closed by the person (one event per step, also for "show all"). */
export class FellesStepToggleEvent extends Event {
  readonly detail: { stepId: string; expanded: boolean };
  constructor(stepId: string, expanded: boolean) {
    super('felles-step-toggle', { bubbles: true, composed: true });
    this.detail = { stepId, expanded };
  }
}

/** The person follows a step's link to its service. Cancelable: cancel it to navigate yourself. */
export class FellesStepSelectEvent extends Event {
  readonly detail: { stepId: string; url: string };
  constructor(stepId: string, url: string) {
    super('felles-step-select', { bubbles: true, composed: true, cancelable: true });
    this.detail = { stepId, url };
  }
}

/** What the stepper is asked to show: a definition of the page's own (checked first), else a built-in event by id. */
type Source = [event: unknown, eventId: string | undefined];

/**
 * The definition to show, checked: a page's own is validated with the validator loaded only now, so
 * pages showing built-in events never download it; built-in events are checked by tests.
 */
async function resolve([event, eventId]: Source): Promise<LifeEvent> {
  if (event === undefined) return loadLifeEvent(eventId as LifeEventId);
  const { parseLifeEvent } = await import('@felles/life-events/schema');
  return parseLifeEvent(event);
}

const storageKey = (eventId: string) => `felles-life-event-stepper:${eventId}`;
const headingTags = [1, 2, 3, 4, 5, 6].map((level) => unsafeStatic(`h${level}`));

/**
 * Walks a person through one life event, GOV.UK step-by-step style: numbered steps in a real `<ol>`,
 * "og"/"eller" in place of the number for steps done side by side or instead of each other,
 * optional steps marked, each heading a button that shows the step's description, who is
 * responsible and a link to the service.
 *
 * Give it a built-in event by `event-id` (loaded on demand, one event at a time) or any definition
 * as `event` (validated; an invalid one shows an error naming the field, and logs it). With a
 * `progress` map it shows each step's status in words and "3 av 9 steg fullført". `current-step`
 * marks where the person is (`aria-current="step"`), opens that step and scrolls it into view.
 * Open steps are remembered for the session, per event.
 *
 * Without JavaScript, or until it has loaded, the element shows its light-DOM children: render the
 * steps there, all expanded (`lifeEventFallbackHtml()` in `@felles/elements/life-event-stepper`
 * writes that HTML), and they stay readable. The children are shown again if the steps cannot be.
 *
 * @summary Step-by-step navigation through a life event, with progress.
 *
 * @slot - Fallback content, shown before the element upgrades and when the steps cannot be shown.
 *
 * @fires {FellesStepToggleEvent} felles-step-toggle - A step was opened or closed: `detail` `{ stepId, expanded }`.
 * @fires {FellesStepSelectEvent} felles-step-select - Cancelable. A step's service link was followed: `detail` `{ stepId, url }`.
 *
 * @csspart base - The wrapper of everything.
 * @csspart summary - "3 av 9 steg fullført".
 * @csspart toggle-all - The "Vis alle steg" / "Skjul alle steg" button.
 * @csspart steps - The `<ol>`.
 * @csspart step - Each `<li>`; the current one also has `current-step`.
 * @csspart marker - The number, or "og"/"eller".
 * @csspart panel - A step's details.
 * @csspart link - A step's link to its service.
 * @csspart error - The message shown instead of the steps.
 *
 * @cssprop [--felles-life-event-stepper-marker-size=2rem] - Diameter of the step numbers.
 * @cssprop [--felles-life-event-stepper-line-color=var(--ds-color-neutral-border-subtle)] - The line joining the steps.
 */
export class FellesLifeEventStepper extends LitElement {
  static override styles = styles;

  /** Loads the texts of a language now rather than on first use: for a server render in that language. */
  static loadTexts = (lang: Lang): Promise<void> => loadTexts(messages, lang);

  // Declared without decorators: the decorator helper would cost the entry about 140 bytes gzipped
  // of its 4 kB budget.
  static override properties = {
    event: { attribute: false },
    eventId: { attribute: 'event-id' },
    progress: { type: Object },
    currentStep: { attribute: 'current-step' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    expanded: { state: true },
  };

  /**
   * For `@felles/ssr`, which renders an element with what this returns added to its properties: the
   * built-in event named by `event-id`, loaded on the server, so that the server writes the steps.
   * @internal
   */
  static serverProperties = async (attributes: Record<string, unknown>, properties: Record<string, unknown>): Promise<Record<string, unknown>> => {
    const id = attributes['event-id'];
    if (properties.event !== undefined || typeof id !== 'string' || !isLifeEventId(id)) return {};
    return { event: await loadLifeEvent(id) };
  };

  /** A life-event definition, built-in or your own; shown at once and validated meanwhile (the validator loads on first use); an invalid one gives way to an error naming the field. Wins over `eventId`. */
  declare event?: unknown;

  /** The id of a built-in life event, e.g. `start-business`; loaded when set. */
  declare eventId?: string;

  /** Status by step id (`not-started`, `in-progress`, `done`, `not-relevant`). Set it to show statuses and the summary. */
  declare progress?: LifeEventProgress;

  /** The id of the step the person is at: marked `aria-current="step"`, opened and scrolled into view. */
  declare currentStep?: string;

  /** Level of the step headings, 1 to 6, to fit the page's outline. */
  headingLevel = 2;

  private expanded = new Set<string>();

  readonly #t = new LocalizeController(this, messages);
  readonly #load = new AsyncController<Source, LifeEvent>(this, {
    // The texts load alongside the event, so the steps (or the error) appear in the page's language at once.
    task: async (source) => {
      const texts = loadTexts(messages, this.#t.lang).catch(() => {});
      try {
        return await resolve(source);
      } finally {
        await texts;
      }
    },
    onComplete: (event) => this.#show(event),
    onError: (error) => console.error('[felles-life-event-stepper]', error),
  });
  /** A definition shown as given, before (or, on the server, without) its check: what the server rendered. */
  #unchecked?: LifeEvent;
  #scrollToCurrent = false;
  /**
   * The server sent this element's shadow DOM (declarative shadow DOM, hydrated by Lit). Its first
   * render in the browser must then be the server's, every step open, or Lit would keep the server's
   * DOM under a different state; the browser's own state (remembered steps) follows right after.
   */
  readonly #fromServer = !isServer && Boolean(this.shadowRoot);

  get #asOnServer(): boolean {
    return isServer || (this.#fromServer && !this.hasUpdated);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('event') || changed.has('eventId')) this.#resolve();
    if (changed.has('currentStep') && this.currentStep) {
      this.expanded = new Set(this.expanded).add(this.currentStep);
      this.#scrollToCurrent = true;
    }
  }

  protected override firstUpdated(): void {
    if (this.#fromServer) this.requestUpdate();
  }

  protected override updated(): void {
    if (!this.#scrollToCurrent || !this.#shown) return;
    this.#scrollToCurrent = false;
    this.renderRoot.querySelector('[aria-current="step"]')?.scrollIntoView({ block: 'nearest' });
  }

  #resolve(): void {
    const { event, eventId } = this;
    this.#unchecked = undefined;
    if (event === undefined && !eventId) return this.#load.cancel();
    // A page's own definition is shown as given while it is checked, so the steps do not wait for the
    // validator to download (most of a first render's time on a fresh page); an invalid one gives way
    // to the error once checked. The server cannot wait for a check at all (for `event-id`,
    // serverProperties gave it the event); hydrating, the browser keeps the server's while it checks.
    if (event !== undefined) {
      this.#unchecked = event as LifeEvent;
      if (isServer) return;
      if (typeof event === 'object' && event !== null) this.#show(this.#unchecked);
    }
    void this.#load.runNow(event, eventId);
  }

  /** The definition on screen: the checked answer to the latest request, else one shown as given; none while loading or after an error. */
  get #shown(): LifeEvent | undefined {
    const { status, value } = this.#load;
    return status === 'complete' ? value : status === 'error' ? undefined : this.#unchecked;
  }

  #show(event: LifeEvent): void {
    this.expanded = new Set(this.#remembered(event.id));
    if (this.currentStep) {
      this.expanded.add(this.currentStep);
      this.#scrollToCurrent = true;
    }
  }

  /** Why the steps cannot be shown, for the latest request's error. */
  #errorText(error: unknown): string {
    // loadLifeEvent rejects an id it does not know with a RangeError, before loading anything.
    if (this.event === undefined && error instanceof RangeError) return this.#t.t('unknownEvent', String(this.eventId));
    if (error instanceof Error && error.name === 'LifeEventValidationError') {
      return this.#t.t('invalidEvent', (error as Error & { field: string }).field || '(definition)');
    }
    return this.#t.t('loadFailed');
  }

  #remembered(eventId: string): string[] {
    try {
      const saved = JSON.parse(sessionStorage.getItem(storageKey(eventId)) ?? '[]') as unknown;
      return Array.isArray(saved) ? saved : [];
    } catch {
      return [];
    }
  }

  #remember(): void {
    const event = this.#shown;
    if (!event) return;
    try {
      sessionStorage.setItem(storageKey(event.id), JSON.stringify([...this.expanded]));
    } catch {
      // Storage may be full or blocked; the steps still work, they are only not remembered.
    }
  }

  #setExpanded(ids: string[], open: boolean): void {
    const next = new Set(this.expanded);
    for (const id of ids) {
      if (next.has(id) === open) continue;
      if (open) next.add(id);
      else next.delete(id);
      this.dispatchEvent(new FellesStepToggleEvent(id, open));
    }
    this.expanded = next;
    this.#remember();
  }

  #select(event: MouseEvent, stepId: string, url: string): void {
    const select = new FellesStepSelectEvent(stepId, url);
    this.dispatchEvent(select);
    if (select.defaultPrevented) event.preventDefault();
  }

  /** A text of the life event, with `lang` set when it is not in the element's language (Sámi falling back). */
  #text(text: LocalizedText): { text: string; lang: string | typeof nothing } {
    const { text: value, lang } = localize(text, this.#t.lang);
    return { text: value, lang: lang === this.#t.textLang ? nothing : lang };
  }

  protected override render(): TemplateResult {
    const event = this.#shown;
    const t = this.#t;
    if (event) {
      try {
        return this.#renderEvent(event);
      } catch (error) {
        // Only a definition not yet checked can be malformed: its check will say what is wrong.
        if (event !== this.#unchecked || this.#load.status === 'complete') throw error;
      }
    }
    const error = this.#load.status === 'error' && this.#errorText(this.#load.error);
    return html`${error ? html`<p part="error" role="alert" lang=${t.textLang}>${error}</p>` : nothing}<slot></slot>`;
  }

  #renderEvent(event: LifeEvent): TemplateResult {
    const t = this.#t;

    const placed = placeSteps(event);
    const ids = placed.map(({ step }) => step.id);
    const allOpen = this.#asOnServer || ids.every((id) => this.expanded.has(id));
    const summary = this.progress && summarizeProgress(event, this.progress);
    const title = this.#text(event.title);

    // Step counts are small whole numbers, written with the same digits and no grouping in every
    // language the stepper speaks, so String() is used: a page's first Intl.NumberFormat costs
    // tens of milliseconds, which is most of the stepper's first render.
    // The button's text is its accessible name: no whitespace around it.
    // prettier-ignore
    return html`<div part="base" lang=${t.textLang}>
      ${summary ? html`<p part="summary" class="summary">${t.t('summary', String(summary.done), String(summary.total))}</p>` : nothing}
      <button
        part="toggle-all"
        class="toggle-all"
        aria-expanded=${allOpen}
        aria-controls=${ids.map((id) => `panel-${id}`).join(' ')}
        @click=${() => this.#setExpanded(ids, !allOpen)}
      >${t.t(allOpen ? 'hideAll' : 'showAll')}</button>
      <ol part="steps" aria-label=${title.text} lang=${title.lang}>
        ${placed.map((placedStep) => this.#renderStep(placedStep))}
      </ol>
    </div>`;
  }

  #renderStep({ step, number, relation }: PlacedStep): TemplateResult {
    const t = this.#t;
    const id = step.id;
    const open = this.#asOnServer || this.expanded.has(id);
    const status: StepStatus = this.progress?.[id] ?? 'not-started';
    const current = id === this.currentStep;
    const title = this.#text(step.title);
    const description = this.#text(step.description);
    const body = this.#text(step.body.name);
    const tag = headingTags[Math.min(6, Math.max(1, Math.trunc(this.headingLevel) || 2)) - 1]!;

    // No whitespace between the tags: it would be a text node per gap, 16 of them in each step.
    // prettier-ignore
    return html`<li part=${current ? 'step current-step' : 'step'} data-status=${status} ?data-current=${current}>${staticHtml`<${tag} class="heading"><span part="marker" class=${relation ? 'marker relation' : 'marker'}>${relation ? t.t(relation) : html`<span class="visually-hidden">${t.t('step')} </span>${String(number)}`}</span><button aria-expanded=${open} aria-controls=${`panel-${id}`} aria-current=${current ? 'step' : nothing} @click=${() => this.#setExpanded([id], !open)}><span lang=${title.lang}>${title.text}</span>${step.optional ? html` <span class="optional">(${t.t('optional')})</span>` : nothing}${this.progress && status !== 'not-started' ? html` <span class="status" data-status=${status}>${t.t(status)}</span>` : nothing}</button></${tag}>`}${current ? html`<p class="here" aria-hidden="true">${t.t('youAreHere')}</p>` : nothing}<div part="panel" id=${`panel-${id}`} ?hidden=${!open}><p lang=${description.lang}>${description.text}</p><p>${t.t('responsible')}: <span lang=${body.lang}>${body.text}</span> (${t.t(step.body.level)})</p><a part="link" href=${step.url} @click=${(event: MouseEvent) => this.#select(event, id, step.url)}>${t.t('goTo')}<span class="visually-hidden">: <span lang=${title.lang}>${title.text}</span></span></a></div></li>`;
  }
}
