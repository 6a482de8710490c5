import type { ConsentDecision, ConsentDecisionClient, ConsentRequest, LocalizedText } from '@felles/client-samtykke';
import { LitElement, html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { isRetryable } from '@felles/client-core';
import { announce } from '../internal/announcer.js';
import { LocalizeController, loadTexts } from '../internal/localize.js';
import type { Lang } from '../internal/lang.js';
import { styles } from './consent-dialog.styles.js';
import { messages, type ConsentMessages } from './messages.js';
import { backoff, clearPending, loadPending, savePending, type PendingDecision } from './pending-decision.js';
import { pick, requesterName, safeUrl } from '../internal/consent-texts.js';
import { consentClient } from '../internal/consent-client.js';
import { consentRequestFrom } from '../internal/consent-request.js';

/** What the dialog needs from a consent client; `createConsentDecisionClient()` gives it, a test or story may fake it. */
export type ConsentDialogClient = Pick<ConsentDecisionClient, 'getRequest' | 'decide'>;

/** What asked the dialog to close: the × button, Escape, or the close button under a receipt. */
export type ConsentCloseSource = 'close-button' | 'keyboard' | 'done';

export interface ConsentDecisionDetail {
  requestId: string;
  decision: ConsentDecision;
  /** ISO 8601, when the person decided. */
  time: string;
}

/** The person chose. Fired before anything is saved. */
export class FellesConsentDecisionEvent extends Event {
  readonly detail: ConsentDecisionDetail;
  constructor(detail: ConsentDecisionDetail) {
    super('felles-consent-decision', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

/** The server has answered a decision: `request` is what it now holds; `conflict` when another decision was there first. */
export class FellesConsentSavedEvent extends Event {
  readonly detail: { request: ConsentRequest; conflict: boolean };
  constructor(detail: { request: ConsentRequest; conflict: boolean }) {
    super('felles-consent-saved', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

/** The dialog is about to close without a decision; cancel it to keep the dialog open. */
export class FellesConsentCloseEvent extends Event {
  readonly detail: { source: ConsentCloseSource };
  constructor(source: ConsentCloseSource) {
    super('felles-consent-close', { bubbles: true, composed: true, cancelable: true });
    this.detail = { source };
  }
}

/** A text of the dialog in the language it is shown in. */
type Say = LocalizeController<ConsentMessages>['t'];
type Phase = 'idle' | 'loading' | 'load-failed' | 'invalid' | 'ready' | 'saving' | 'failed' | 'done';

/** The element focused now, looking into shadow roots, so focus can go back to it. */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active as HTMLElement | null;
}

/**
 * Asks a person for consent to share data, in a native modal dialog, and records the decision.
 *
 * It shows who asks, which data from which agency, for what purpose, until when, the legal basis,
 * the privacy statement and what happens if the person says no. "Gi samtykke" and "Ikke gi
 * samtykke" look the same and weigh the same; closing makes no decision.
 *
 * Give it the request as `request`, or `request-id` and `endpoint` (a consent API shaped like
 * Altinn's, such as the sandbox's `/samtykke/api/v1`). With an endpoint (or `client`) the decision
 * is saved: the receipt shows only after the server confirmed it; until then the decision is kept in
 * sessionStorage, survives a reload and is retried with backoff under the same idempotency key, so
 * it is recorded once. Without one, the dialog fires `felles-consent-decision`, closes, and the page
 * saves the decision itself. Until it first opens the dialog renders only its `<dialog>`: the request
 * is loaded, and a decision left unsaved by an earlier page picked up, when it first opens.
 *
 * @summary A consent dialog that shows a consent request and records the person's decision.
 *
 * @fires {FellesConsentDecisionEvent} felles-consent-decision - The person chose: `detail` `{ requestId, decision, time }`.
 * @fires {FellesConsentSavedEvent} felles-consent-saved - The server answered the decision: `detail` `{ request, conflict }`.
 * @fires {FellesConsentCloseEvent} felles-consent-close - Cancelable. Escape, the × or the close button under a receipt: `detail` `{ source }`.
 * @fires {CustomEvent} felles-consent-invalid - The given `request` lacks a field the dialog shows: `detail` `{ error }`, a `TypeError` naming it.
 *
 * @csspart dialog - The native `<dialog>`.
 * @csspart heading - The dialog's heading.
 * @csspart body - The scrolling content.
 * @csspart actions - The footer with the two choices, or the close button.
 * @csspart accept - The "Gi samtykke" button.
 * @csspart reject - The "Ikke gi samtykke" button; styled exactly like accept.
 *
 * @cssprop [--felles-consent-dialog-width=40rem] - The dialog's width on large screens.
 */
export class FellesConsentDialog extends LitElement {
  static override properties = {
    request: { attribute: false },
    requestId: { attribute: 'request-id' },
    endpoint: {},
    client: { attribute: false },
    open: { type: Boolean, reflect: true },
    manageUrl: { attribute: 'manage-url' },
    retryDelay: { type: Number, attribute: 'retry-delay' },
    phase: { state: true },
    current: { state: true },
    pending: { state: true },
    unkept: { state: true },
    confirmed: { state: true },
  };

  static override styles = styles;

  /** Loads the texts of a language now rather than on first use: for a server render in that language. */
  static loadTexts = (lang: Lang): Promise<void> => loadTexts(messages, lang);

  /**
   * The consent request to show. Set it, or `requestId` with `endpoint`. Altinn's response as it comes
   * is enough: without `status`, the dialog works it out from the events and `validTo`. A request missing
   * a field the dialog shows is not half-shown: the dialog says it cannot be shown, `requestError` names
   * the field, and `felles-consent-invalid` is fired.
   */
  request?: ConsentRequest | Omit<ConsentRequest, 'status'>;

  /** Why the given `request` cannot be shown, or `undefined`. */
  requestError?: TypeError;

  /** The id of the request to load from `endpoint`. */
  requestId?: string;

  /** Base URL of the consent API, e.g. `http://127.0.0.1:4010/samtykke/api/v1`. Loads the client on demand. */
  endpoint?: string;

  /** A consent client to use instead of the one `endpoint` loads. */
  client?: ConsentDialogClient;

  /** Whether the dialog is open. Opening it with `show()` (or this) remembers what had focus, to return it. */
  open = false;

  /** Where the person can see and withdraw consents (a page with `<felles-consent-list>`), linked from the receipt. */
  manageUrl?: string;

  /** First wait before saving again after a failure, in ms; it doubles each time, up to 30 s. */
  retryDelay = 1000;

  private phase: Phase = 'idle';
  private current?: ConsentRequest;
  private pending?: PendingDecision;
  /** The browser refused to store the pending decision, so a reload or closing the tab loses it. */
  private unkept = false;
  /** The decision this dialog saved, shown as a receipt. */
  private confirmed?: ConsentDecision;

  private get dialog(): HTMLDialogElement {
    return this.renderRoot.querySelector('dialog')!;
  }

  readonly #t = new LocalizeController(this, messages);
  #opener: HTMLElement | null = null;
  #sending = false;
  #attempt = 0;
  #timer?: ReturnType<typeof setTimeout>;
  #focusNext?: string;
  /**
   * Whether the content is built. Until the dialog first opens, only the `<dialog>` is rendered: no texts,
   * no dates, no stored decision read and no client loaded. A server render (the content is the page's
   * no-JavaScript fallback) and its hydration build it at once.
   */
  #built = false;
  /** The request, id, endpoint or client changed while the content was not built. */
  #startDue = false;

  /** A text in the shown language. */
  readonly #say: Say = (key, ...args) => this.#t.t(key, ...args);

  /** Who speaks the dialog's announcements: its own `<dialog>`, which is modal while open, so they reach it. */
  get #speaker(): Node {
    return this.renderRoot.querySelector('dialog') ?? this;
  }

  /** Opens the dialog as a modal. */
  show(): void {
    this.open = true;
  }

  /** Closes the dialog without asking (no `felles-consent-close`). A pending decision is still saved. */
  close(): void {
    this.open = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back in the page with a decision still unsaved: carry on.
    if (this.pending && this.phase === 'failed') void this.#deliver();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#timer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('request') && this.request && !this.pending) {
      try {
        this.current = consentRequestFrom(this.request);
        this.requestError = undefined;
        this.phase = this.current.status === 'pending' ? 'ready' : 'done';
      } catch (error) {
        this.current = undefined;
        this.requestError = error as TypeError;
        this.phase = 'invalid';
        console.error('<felles-consent-dialog>:', error);
        this.dispatchEvent(new CustomEvent('felles-consent-invalid', { detail: { error }, bubbles: true, composed: true }));
        return;
      }
    }
    if (changed.has('requestId') || changed.has('endpoint') || changed.has('client') || changed.has('request')) this.#startDue = true;
    // Hydrating: the server wrote the content, so the first render must match it.
    this.#built ||= this.open || isServer || (!this.hasUpdated && !!this.shadowRoot?.firstElementChild);
    if (this.#built && this.#startDue) {
      this.#startDue = false;
      this.#start();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('open')) this.#syncOpen();
    if (this.#focusNext) {
      this.renderRoot.querySelector<HTMLElement>(this.#focusNext)?.focus();
      this.#focusNext = undefined;
    }
  }

  get #id(): string | undefined {
    return this.requestId ?? this.request?.id;
  }

  get #storeKey(): string {
    return this.endpoint ?? '';
  }

  /** Picks up a decision left unsaved by an earlier page, then loads the request if it was not given. */
  #start(): void {
    const id = this.#id;
    if (!id || !(this.client || this.endpoint)) return;
    if (isServer) {
      // The server writes the loading state the browser starts in, and leaves the request (and the
      // person's saved decision) to the browser.
      if (!this.request && this.requestId) this.phase = 'loading';
      return;
    }
    const stored = loadPending(this.#storeKey, id);
    if (stored && this.pending?.idempotencyKey !== stored.idempotencyKey) {
      this.pending = stored;
      void this.#deliver();
    }
    if (!this.request && this.requestId) void this.#load(id);
  }

  #client(): Promise<ConsentDialogClient | undefined> {
    if (this.client) return Promise.resolve(this.client);
    return this.endpoint ? consentClient(this.endpoint) : Promise.resolve(undefined);
  }

  async #load(id: string): Promise<void> {
    if (!this.pending) this.phase = 'loading';
    try {
      const request = await (await this.#client())!.getRequest(id);
      if (id !== this.#id) return;
      this.current = request;
      if (!this.pending) this.phase = request.status === 'pending' ? 'ready' : 'done';
    } catch {
      if (!this.pending) this.phase = 'load-failed';
    }
  }

  #decide(decision: ConsentDecision): void {
    const id = this.#id;
    if (this.phase !== 'ready' || !id) return;
    const time = new Date().toISOString();
    this.dispatchEvent(new FellesConsentDecisionEvent({ requestId: id, decision, time }));
    if (!this.client && !this.endpoint) {
      this.open = false;
      return;
    }
    this.pending = { requestId: id, decision, idempotencyKey: crypto.randomUUID(), time };
    // Still retried in memory when storage is refused, but the person must know not to reload.
    this.unkept = !savePending(this.#storeKey, this.pending);
    this.#attempt = 0;
    void this.#deliver();
  }

  /** Sends the pending decision once at a time, until the server confirms or refuses it. */
  async #deliver(): Promise<void> {
    const pending = this.pending;
    if (!pending || this.#sending) return;
    clearTimeout(this.#timer);
    this.#sending = true;
    this.phase = 'saving';
    announce(this.#say('saving'), { lang: this.#t.textLang, from: this.#speaker });
    try {
      const client = await this.#client();
      // Our own backoff retries; the client must not add its own on top.
      const request = await client!.decide(pending.requestId, pending.decision, {
        idempotencyKey: pending.idempotencyKey,
        retry: false,
      });
      this.#settle(request, false);
    } catch (error) {
      const conflict = (error as { code?: string; current?: ConsentRequest }).current;
      if ((error as { code?: string }).code === 'conflict' && conflict) {
        this.#settle(conflict, true);
      } else {
        this.phase = 'failed';
        this.#focusNext = '.retry';
        // The failure is shown in a role="alert", which announces it; a second announcement would repeat it.
        // client-core's policy, the one of every Felles client: a refused request stays refused, and the
        // idempotency key makes a repeat safe.
        if (isRetryable(error) && this.isConnected) {
          this.#timer = setTimeout(() => void this.#deliver(), backoff(this.#attempt++, this.retryDelay, error));
        }
      }
    } finally {
      this.#sending = false;
    }
  }

  #settle(request: ConsentRequest, conflict: boolean): void {
    const { decision } = this.pending!;
    clearPending(this.#storeKey, request.id);
    this.pending = undefined;
    this.unkept = false;
    this.current = request;
    this.confirmed = conflict ? undefined : decision;
    this.phase = 'done';
    this.#focusNext = '#result';
    this.dispatchEvent(new FellesConsentSavedEvent({ request, conflict }));
  }

  #retryNow(): void {
    if (this.pending) void this.#deliver();
    else if (this.#id) void this.#load(this.#id);
  }

  #requestClose(source: ConsentCloseSource): void {
    if (this.dispatchEvent(new FellesConsentCloseEvent(source))) this.open = false;
  }

  #onCancel(event: Event): void {
    // Escape: ask first, like the close button, instead of letting the browser close at once.
    event.preventDefault();
    this.#requestClose('keyboard');
  }

  #onNativeClose(): void {
    // The browser may close a modal by itself (a repeated Escape); keep `open` true to the fact.
    if (this.open) this.open = false;
  }

  #syncOpen(): void {
    const dialog = this.dialog;
    if (!dialog) return;
    if (this.open && !dialog.open) {
      this.#opener = deepActiveElement();
      dialog.showModal();
      this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
    } else if (!this.open && dialog.open) {
      dialog.close();
      if (this.#opener?.isConnected) this.#opener.focus();
      this.#opener = null;
    }
  }

  protected override render(): TemplateResult {
    // Closed and never opened: only what `showModal()` needs.
    if (!this.#built) return html`<dialog part="dialog" aria-labelledby="heading"></dialog>`;
    const t = this.#t;
    const say = this.#say;
    const request = this.current;
    const requester = request ? requesterName(request, t.lang) : '';
    // The header and footer are the dialog's own, not the page's banner and contentinfo landmarks.
    return html`
      <dialog part="dialog" lang=${this.#t.textLang} aria-labelledby="heading" @cancel=${this.#onCancel} @close=${this.#onNativeClose}>
        <header role="none">
          <h2 id="heading" part="heading" tabindex="-1" autofocus>${requester ? say('title', requester) : say('heading')}</h2>
          <button class="close" type="button" @click=${() => this.#requestClose('close-button')}>${say('close')}</button>
        </header>
        <div class="body" part="body" tabindex="0">${this.#renderBody(request, requester)}</div>
        <footer role="none" part="actions">${this.#renderActions()}</footer>
      </dialog>
    `;
  }

  #renderBody(request: ConsentRequest | undefined, requester: string): TemplateResult | typeof nothing {
    const t = this.#t;
    const say = this.#say;
    if (this.phase === 'loading') return html`<p role="status">${say('loading')}</p>`;
    if (this.phase === 'load-failed' || this.phase === 'invalid') return html`<p role="alert">${say('loadFailed')}</p>`;
    if (this.phase === 'done' && request) return this.#renderResult(request, requester);
    if (!request) return nothing;
    const lang = t.lang;
    const texts = request.texts;
    const privacy = safeUrl(texts?.privacyUrl);
    return html`
      <dl>
        <dt>${say('data')}</dt>
        <dd>${this.#renderData(request)}</dd>
        ${this.#row(say('purpose'), pick(texts?.purpose, lang) ?? pick(request.requestMessage as LocalizedText | undefined, lang))}
        ${this.#row(say('validTo'), html`<time datetime=${request.validTo}>${t.date(request.validTo)}</time>`)}
        ${this.#row(say('legalBasis'), pick(texts?.legalBasis, lang))}
        ${this.#row(say('ifNo'), pick(texts?.consequenceOfNo, lang))}
      </dl>
      ${privacy ? html`<p><a href=${privacy} target="_blank" rel="noopener noreferrer">${say('privacy', requester)}</a></p>` : nothing}
    `;
  }

  #row(label: string, value: unknown): TemplateResult | typeof nothing {
    return value ? html`<dt>${label}</dt><dd>${value}</dd>` : nothing;
  }

  /** Each dataset once, with its source and what it is narrowed to (e.g. "Inntektsår: 2024, 2025"). */
  #renderData(request: ConsentRequest): TemplateResult {
    const t = this.#t;
    const say = this.#say;
    const texts = request.texts;
    const byResource = new Map<string, Map<string, string[]>>();
    for (const right of request.consentRights) {
      for (const { value } of right.resource) {
        const meta = byResource.get(value) ?? new Map<string, string[]>();
        byResource.set(value, meta);
        for (const [key, v] of Object.entries(right.metaData ?? {})) meta.set(key, [...(meta.get(key) ?? []), v]);
      }
    }
    return html`<ul>
      ${[...byResource].map(([resource, meta]) => {
        const dataset = texts?.datasets.find((d) => d.resource === resource);
        const source = pick(dataset?.source, t.lang);
        const details = [...meta].map(([key, values]) => `${pick(texts?.metaDataLabels?.[key], t.lang) ?? key}: ${values.join(', ')}`);
        return html`<li>
          ${pick(dataset?.name, t.lang) ?? resource}${source ? html` <span class="note">${say('from', source)}</span>` : nothing}
          ${details.length ? html`<br /><span class="note">${details.join('; ')}</span>` : nothing}
        </li>`;
      })}
    </ul>`;
  }

  #renderResult(request: ConsentRequest, requester: string): TemplateResult {
    const t = this.#t;
    const say = this.#say;
    const accepted = request.status === 'accepted';
    const until = html`<p>${say('acceptedText', requester, t.date(request.validTo))}</p>
      ${this.#renderData(request)}
      <p>${say('withdraw')}</p>
      ${this.manageUrl ? html`<p><a href=${this.manageUrl}>${say('manage')}</a></p>` : nothing}`;
    if (this.confirmed) {
      return html`<div class="receipt">
        <h3 id="result" tabindex="-1">${say(this.confirmed === 'accept' ? 'accepted' : 'rejected')}</h3>
        ${this.confirmed === 'accept' ? until : html`<p>${pick(request.texts?.consequenceOfNo, t.lang) ?? nothing}</p>`}
      </div>`;
    }
    return html`<div class="receipt">
      <h3 id="result" tabindex="-1">${say('answered')}</h3>
      <p>${say('status')}: ${statusText(say, request.status)}</p>
      ${accepted ? until : nothing}
    </div>`;
  }

  #renderActions(): TemplateResult {
    const say = this.#say;
    const phase = this.phase;
    const decision = this.pending?.decision;
    const choice = decision ? html`<p>${say('choice')}: ${say(decision)}</p>` : nothing;
    if (phase === 'ready' || (phase === 'saving' && this.current?.status === 'pending')) {
      const busy = phase === 'saving';
      // Same element, same style, same size: neither choice is louder, pre-selected or focused first.
      // While saving they stay (inert to clicks) so focus is not lost. "Lagrer valget ditt …" is
      // announced through the dialog's live region; a role="status" here would say it a second time.
      return html`
        ${busy ? html`<p class="saving">${say('saving')}</p>` : nothing}
        <div class="choices">
          <button type="button" part="accept" aria-disabled=${busy} @click=${() => this.#decide('accept')}>${say('accept')}</button>
          <button type="button" part="reject" aria-disabled=${busy} @click=${() => this.#decide('reject')}>${say('reject')}</button>
        </div>
      `;
    }
    if (phase === 'saving') return html`${choice}<p class="saving">${say('saving')}</p>`;
    if (phase === 'failed' || phase === 'load-failed') {
      return html`
        ${decision ? html`${choice}<p role="alert">${say(this.unkept ? 'failedUnkept' : 'failed')}</p>` : nothing}
        <div class="choices">
          <button class="retry" type="button" @click=${this.#retryNow}>${say('retry')}</button>
        </div>
      `;
    }
    return html`<div class="choices">
      <button type="button" @click=${() => this.#requestClose('done')}>${say('close')}</button>
    </div>`;
  }
}

/** The status of a request in the person's words. */
function statusText(say: Say, status: ConsentRequest['status']): string {
  return say(status === 'accepted' ? 'statusAccepted' : status === 'rejected' ? 'statusRejected' : status);
}
