import type { ConsentDecision, ConsentDecisionClient, ConsentRequest } from '@felles/client-samtykke';
import { LitElement, html, isServer, type PropertyValues, type TemplateResult } from 'lit';
import { announce } from '../internal/announcer.js';
import { AsyncController } from '../internal/async-controller.js';
import { clientOf } from '../internal/consent-client.js';
import { consentRequestFrom } from '../internal/consent-request.js';
import { DecisionDelivery } from '../internal/decision-delivery.js';
import type { Lang } from '../internal/lang.js';
import { LocalizeController, loadTexts } from '../internal/localize.js';
import { styles } from './consent-dialog.styles.js';
import { FellesConsentCloseEvent, FellesConsentDecisionEvent, FellesConsentSavedEvent, type ConsentCloseSource } from './events.js';
import { messages } from './messages.js';
import { ModalSync } from './modal.js';
import { renderDialog, type Phase } from './render.js';

/** What the dialog needs from a consent client; `createConsentDecisionClient()` gives it, a test or story may fake it. */
export type ConsentDialogClient = Pick<ConsentDecisionClient, 'getRequest' | 'decide'>;

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
    current: { state: true },
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

  /** The request shown: the one given, loaded, or as the server holds it after the decision. */
  private current?: ConsentRequest;
  /** The decision this dialog saved, shown as a receipt. */
  private confirmed?: ConsentDecision;

  readonly #t = new LocalizeController(this, messages);
  readonly #modal = new ModalSync();
  #focusNext?: string;
  /**
   * Whether the content is built. Until the dialog first opens, only the `<dialog>` is rendered: no texts,
   * no dates, no stored decision read and no client loaded. A server render (the content is the page's
   * no-JavaScript fallback) and its hydration build it at once.
   */
  #built = false;
  /** The request, id, endpoint or client changed while the content was not built. */
  #startDue = false;

  /** The request of `requestId`; a later id drops the answer to an earlier one. */
  readonly #load = new AsyncController<[string], ConsentRequest>(this, {
    task: async ([id], signal) => (await clientOf(this))!.getRequest(id, { signal }),
    onComplete: (request) => (this.current = request),
  });

  /** The person's decision, until the server has answered it; kept in sessionStorage under the endpoint. */
  readonly #delivery = new DecisionDelivery<ConsentDecision>(this, {
    // Our own backoff retries; the client must not add its own on top.
    send: async ({ requestId, decision, idempotencyKey }) => (await clientOf(this))!.decide(requestId, decision, { idempotencyKey, retry: false }),
    // Spoken by the dialog's own `<dialog>`, which is modal while open, so the announcement reaches it.
    sending: () => announce(this.#t.t('saving'), { lang: this.#t.textLang, from: this.renderRoot.querySelector('dialog') ?? this }),
    // The failure is shown in a role="alert", which announces it; a second announcement would repeat it.
    failed: () => (this.#focusNext = '.retry'),
    saved: (request, conflict, { decision }) => {
      if (request.id === this.#id) {
        // What the server said now beats a load still under way.
        this.#load.cancel();
        this.current = request;
        this.confirmed = conflict ? undefined : decision;
        this.#focusNext = '#result';
      }
      this.dispatchEvent(new FellesConsentSavedEvent({ request, conflict }));
    },
    retryDelay: () => this.retryDelay,
    store: () => this.endpoint ?? '',
  });

  /** Opens the dialog as a modal. */
  show(): void {
    this.open = true;
  }

  /** Closes the dialog without asking (no `felles-consent-close`). A pending decision is still saved. */
  close(): void {
    this.open = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('request') && this.request && !this.#delivery.get(this.#id)) {
      try {
        this.current = consentRequestFrom(this.request);
        this.requestError = undefined;
      } catch (error) {
        this.current = undefined;
        this.requestError = error as TypeError;
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
    if (changed.has('open')) this.#modal.sync(this.renderRoot.querySelector('dialog'), this.open);
    if (this.#focusNext) {
      this.renderRoot.querySelector<HTMLElement>(this.#focusNext)?.focus();
      this.#focusNext = undefined;
    }
  }

  get #id(): string | undefined {
    return this.requestId ?? this.request?.id;
  }

  /** The request is to be loaded by its id (a server render writes the loading state the browser starts in). */
  get #loads(): boolean {
    return !this.request && !!this.requestId && !!(this.client || this.endpoint);
  }

  get #phase(): Phase {
    const delivery = this.#delivery.get(this.#id);
    if (delivery) return delivery.sending ? 'saving' : 'failed';
    if (this.requestError) return 'invalid';
    if (!this.current && this.#loads) return this.#load.status === 'error' ? 'load-failed' : 'loading';
    if (!this.current) return 'idle';
    return this.current.status === 'pending' ? 'ready' : 'done';
  }

  /** Picks up a decision left unsaved by an earlier page, then loads the request if it was not given. */
  #start(): void {
    const id = this.#id;
    // The server leaves the request (and the person's saved decision) to the browser.
    if (!id || !(this.client || this.endpoint) || isServer) return;
    this.#delivery.resume(id);
    if (!this.#loads) return;
    if (this.current?.id !== id) this.confirmed = undefined;
    this.current = undefined;
    void this.#load.runNow(id);
  }

  #decide(decision: ConsentDecision): void {
    const id = this.#id;
    if (this.#phase !== 'ready' || !id) return;
    const time = new Date().toISOString();
    this.dispatchEvent(new FellesConsentDecisionEvent({ requestId: id, decision, time }));
    if (!this.client && !this.endpoint) this.open = false;
    else this.#delivery.decide(id, decision, time);
  }

  #retryNow(): void {
    const id = this.#id;
    if (id && !this.#delivery.retry(id)) void this.#load.runNow(id);
  }

  #requestClose(source: ConsentCloseSource): void {
    if (this.dispatchEvent(new FellesConsentCloseEvent(source))) this.open = false;
  }

  protected override render(): TemplateResult {
    // Closed and never opened: only what `showModal()` needs.
    if (!this.#built) return html`<dialog part="dialog" aria-labelledby="heading"></dialog>`;
    return renderDialog({
      t: this.#t,
      phase: this.#phase,
      request: this.current,
      confirmed: this.confirmed,
      delivery: this.#delivery.get(this.#id),
      manageUrl: this.manageUrl,
      decide: (decision) => this.#decide(decision),
      retry: () => this.#retryNow(),
      close: (source) => this.#requestClose(source),
      // The browser may close a modal by itself (a repeated Escape); keep `open` true to the fact.
      closed: () => this.close(),
    });
  }
}
