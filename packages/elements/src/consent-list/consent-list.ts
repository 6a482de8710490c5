import type { ConsentDecisionClient, ConsentRequest } from '@felles/client-samtykke';
import { LitElement, html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { announce } from '../internal/announcer.js';
import { AsyncController } from '../internal/async-controller.js';
import { LocalizeController } from '../internal/localize.js';
import { clientOf } from '../internal/consent-client.js';
import { datasetNames, fallbackLang, requesterName } from '../internal/consent-texts.js';
import { DecisionDelivery } from '../internal/decision-delivery.js';
import { styles } from './consent-list.styles.js';
import { messages } from './messages.js';
import { longDate } from '../internal/long-date.js';

/** What the list needs from a consent client; `createConsentDecisionClient()` gives it. */
export type ConsentListClient = Pick<ConsentDecisionClient, 'listForSubject' | 'revoke'>;

/** A consent was withdrawn and the server confirmed it: `detail.request` is the request as it now stands. */
export class FellesConsentRevokedEvent extends Event {
  readonly detail: { request: ConsentRequest };
  constructor(request: ConsentRequest) {
    super('felles-consent-revoked', { bubbles: true, composed: true });
    this.detail = { request };
  }
}

type Phase = 'idle' | 'loading' | 'load-failed' | 'ready';

/**
 * The consents a person (or organisation) has been asked for, with their status, and a way to
 * withdraw each one that was given: one button, as easy as giving it was.
 *
 * Give it `subject` (a party URN) and `endpoint`, or a `client`; or `requests` to show a list the
 * page already has (read-only unless a client or endpoint is given too).
 *
 * @summary A person's consents with their status, each given consent with a withdraw button.
 *
 * @fires {FellesConsentRevokedEvent} felles-consent-revoked - A consent was withdrawn, confirmed by the server: `detail` `{ request }`.
 *
 * @csspart list - The `<ul>` of consents.
 * @csspart item - One consent.
 * @csspart withdraw - A withdraw button.
 */
export class FellesConsentList extends LitElement {
  static override properties = {
    subject: {},
    endpoint: {},
    client: { attribute: false },
    requests: { attribute: false },
    phase: { state: true },
    items: { state: true },
  };

  static override styles = styles;

  /** Whose consents: `urn:altinn:person:identifier-no:<fødselsnummer>` or `urn:altinn:organization:identifier-no:<orgnr>`. */
  subject?: string;

  /** Base URL of the consent API, e.g. `http://127.0.0.1:4010/samtykke/api/v1`. Loads the client on demand. */
  endpoint?: string;

  /** A consent client to use instead of the one `endpoint` loads. */
  client?: ConsentListClient;

  /** Requests to show instead of loading them. */
  requests?: ConsentRequest[];

  private phase: Phase = 'idle';
  private items: ConsentRequest[] = [];

  readonly #t = new LocalizeController(this, messages);
  #focusNext?: string;

  /**
   * Withdrawals until the server has answered them, each under one idempotency key, tried again with backoff
   * when client-core says so and by the person otherwise. Kept in memory only: a withdrawal is the person's
   * answer to the list in front of them, and the dialog's stored decisions of the same request stay its own.
   * A failure shows in a role="alert", which announces it; an announcement of our own would repeat it.
   */
  readonly #withdrawals = new DecisionDelivery<'revoke'>(this, {
    // Our own backoff retries; the client must not add its own on top.
    send: async ({ requestId, idempotencyKey }) => (await clientOf(this))!.revoke(requestId, { idempotencyKey, retry: false }),
    saved: (request, conflict) => {
      this.#replace(request);
      // Someone (another tab) changed it first: it shows as it is now.
      if (conflict) return;
      const t = this.#t;
      announce(t.t('withdrawn', requesterName(request, t.lang)), { lang: t.textLang, from: this });
      this.dispatchEvent(new FellesConsentRevokedEvent(request));
    },
  });

  /** The subject's list; a subject changed before its answer came drops that answer. */
  readonly #load = new AsyncController<[string], ConsentRequest[] | undefined>(this, {
    task: async ([subject], signal) => (await clientOf(this))?.listForSubject(subject, { signal }),
    onComplete: (items) => {
      this.items = items ?? [];
      this.phase = items ? 'ready' : 'idle';
    },
    onError: () => (this.phase = 'load-failed'),
  });

  /** Loads the list again. */
  async refresh(): Promise<void> {
    if (!this.subject || !(this.client || this.endpoint)) {
      this.#load.cancel();
      this.phase = 'idle';
      return;
    }
    this.phase = 'loading';
    await this.#load.runNow(this.subject);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('requests') && this.requests) {
      this.#load.cancel();
      this.items = this.requests;
      this.phase = 'ready';
    }
    // A person's consents are fetched by the browser, never by a server render.
    if (!this.requests && !isServer && (changed.has('subject') || changed.has('endpoint') || changed.has('client'))) void this.refresh();
  }

  protected override updated(): void {
    if (this.#focusNext) {
      this.renderRoot.querySelector<HTMLElement>(this.#focusNext)?.focus();
      this.#focusNext = undefined;
    }
  }

  #replace(request: ConsentRequest): void {
    this.items = this.items.map((item) => (item.id === request.id ? request : item));
    // The button is gone; keep focus on the consent it belonged to.
    this.#focusNext = `li[data-id="${request.id}"] .who`;
  }

  protected override render(): TemplateResult {
    const t = this.#t;
    if (this.phase === 'loading') return html`<p role="status">${t.t('loading')}</p>`;
    if (this.phase === 'load-failed') {
      return html`<p role="alert">${t.t('loadFailed')}</p>
        <button type="button" @click=${() => this.refresh()}>${t.t('retry')}</button>`;
    }
    if (this.phase !== 'ready') return html``;
    if (this.items.length === 0) return html`<p>${t.t('empty')}</p>`;
    const canWithdraw = Boolean(this.client || this.endpoint);
    return html`<ul part="list">
      ${this.items.map((request) => this.#renderItem(request, canWithdraw))}
    </ul>`;
  }

  #renderItem(request: ConsentRequest, canWithdraw: boolean): TemplateResult {
    const t = this.#t;
    const requester = requesterName(request, t.lang);
    const withdrawal = this.#withdrawals.get(request.id);
    const busy = !!withdrawal?.sending;
    return html`<li part="item" data-id=${request.id}>
      <p class="who" tabindex="-1" lang=${fallbackLang(request.texts?.requester, t.lang) ?? nothing}>${requester}</p>
      <dl>
        <dt>${t.t('data')}</dt>
        <dd>${datasetNames(request, t.lang).map(({ name, lang }, i) => html`${i ? ', ' : ''}<span lang=${lang ?? nothing}>${name}</span>`)}</dd>
        <dt>${t.t('status')}</dt>
        <dd>${t.t(request.status)}</dd>
        ${
          request.status === 'accepted'
            ? html`<dt>${t.t('validTo')}</dt>
                <dd><time datetime=${request.validTo}>${longDate(new Date(request.validTo), t.lang)}</time></dd>`
            : nothing
        }
      </dl>
      ${withdrawal && !busy ? html`<p role="alert">${t.t('withdrawFailed')}</p>` : nothing}
      ${
        canWithdraw && request.status === 'accepted'
          ? html`<button type="button" part="withdraw" aria-disabled=${busy} @click=${() => this.#withdrawals.decide(request.id, 'revoke')}>
              ${t.t(busy ? 'withdrawing' : 'withdraw')}<span class="visually-hidden"> ${t.t('withdrawWhat', requester)}</span>
            </button>`
          : nothing
      }
    </li>`;
  }
}
