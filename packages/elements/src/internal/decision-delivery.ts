import type { ConsentRequest } from '@felles/client-samtykke';
import { isRetryable } from '@felles/client-core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { backoff, clearPending, loadPending, savePending, type PendingDecision } from './pending-decision.js';

/** A decision on its way to the server. */
export interface Delivery<D extends string> {
  readonly pending: PendingDecision<D>;
  /** An attempt is under way; false while it waits for the backoff or for the person to try again. */
  readonly sending: boolean;
  /** The browser refused to keep it, so a reload or closing the tab loses it. */
  readonly unkept: boolean;
}

interface Entry<D extends string> extends Delivery<D> {
  sending: boolean;
  attempt: number;
  timer?: ReturnType<typeof setTimeout>;
}

export interface DecisionDeliveryOptions<D extends string> {
  /**
   * One attempt: sends the decision under its idempotency key and resolves with the request as the server
   * now holds it. The client must not retry by itself (`retry: false`): the controller does.
   */
  send: (pending: PendingDecision<D>) => Promise<ConsentRequest>;
  /** The server answered: it recorded the decision, or (`conflict`) another one was there first and `request` is what it holds. */
  saved: (request: ConsentRequest, conflict: boolean, pending: PendingDecision<D>) => void;
  /** An attempt starts. */
  sending?: (pending: PendingDecision<D>) => void;
  /** An attempt failed; the decision is kept, and sent again after the backoff when `isRetryable(error)`. */
  failed?: (error: unknown, pending: PendingDecision<D>) => void;
  /** The first wait after a failure in ms, read at every failure; it doubles each time, up to 30 s. Default 1000. */
  retryDelay?: () => number;
  /**
   * The sessionStorage namespace (the endpoint) that keeps a decision across a reload until the server
   * has confirmed it. Without it decisions are kept in memory only.
   */
  store?: () => string;
}

/**
 * Delivers a person's decisions on consent requests exactly once, one per request id: each gets an
 * idempotency key when it is made and keeps it for every attempt, so the server records it once. A failed
 * attempt is tried again after `backoff()` exactly when client-core's `isRetryable()` says so (a refused
 * request stays refused until the person tries again), and a 409 that says what the server holds now is an
 * answer, not a failure. Leaving the page stops the waiting; coming back sends what is still unsaved.
 */
export class DecisionDelivery<D extends string> implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: DecisionDeliveryOptions<D>;
  readonly #entries = new Map<string, Entry<D>>();
  #connected = false;

  constructor(host: ReactiveControllerHost, options: DecisionDeliveryOptions<D>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The decision on its way for a request, if any. */
  get(requestId: string | undefined): Delivery<D> | undefined {
    return requestId === undefined ? undefined : this.#entries.get(requestId);
  }

  /**
   * The person decided: the decision gets its idempotency key, is kept (in sessionStorage when there is a
   * store and the browser allows it) and sent. While one for the same request is still unsaved, that one
   * stays and is sent again instead, under its own key: one decision per request.
   */
  decide(requestId: string, decision: D, time = new Date().toISOString()): Delivery<D> {
    let entry = this.#entries.get(requestId);
    if (!entry) {
      const pending: PendingDecision<D> = { requestId, decision, idempotencyKey: crypto.randomUUID(), time };
      const { store } = this.#options;
      // Still tried in memory when storage is refused, but the host must tell the person not to reload.
      entry = { pending, sending: false, unkept: store ? !savePending(store(), pending) : false, attempt: 0 };
      this.#entries.set(requestId, entry);
    }
    void this.#send(entry);
    return entry;
  }

  /** Picks up a decision an earlier page left unsaved in the store, and sends it; false when there is none. */
  resume(requestId: string): boolean {
    const { store } = this.#options;
    const pending = store && loadPending<D>(store(), requestId);
    if (!pending) return false;
    const entry = this.#entries.get(requestId);
    if (entry?.pending.idempotencyKey === pending.idempotencyKey) return true;
    if (entry) clearTimeout(entry.timer);
    const resumed: Entry<D> = { pending, sending: false, unkept: false, attempt: 0 };
    this.#entries.set(requestId, resumed);
    void this.#send(resumed);
    return true;
  }

  /** Sends an unsaved decision again now (the person asked), under the same key; false when there is none. */
  retry(requestId: string | undefined): boolean {
    const entry = requestId === undefined ? undefined : this.#entries.get(requestId);
    if (entry) void this.#send(entry);
    return !!entry;
  }

  hostConnected(): void {
    this.#connected = true;
    // Back in the page with decisions still unsaved: carry on.
    for (const entry of this.#entries.values()) if (!entry.sending) void this.#send(entry);
  }

  hostDisconnected(): void {
    this.#connected = false;
    for (const entry of this.#entries.values()) clearTimeout(entry.timer);
  }

  async #send(entry: Entry<D>): Promise<void> {
    if (entry.sending) return;
    clearTimeout(entry.timer);
    entry.sending = true;
    this.#host.requestUpdate();
    const { pending } = entry;
    const { send, saved, sending, failed, retryDelay } = this.#options;
    sending?.(pending);
    try {
      this.#settle(entry, await send(pending), false, saved);
    } catch (error) {
      const current = (error as { code?: string; current?: ConsentRequest }).current;
      if ((error as { code?: string }).code === 'conflict' && current) return this.#settle(entry, current, true, saved);
      entry.sending = false;
      // client-core's policy, the one of every Felles client: a refused request stays refused, and the
      // idempotency key makes a repeat safe.
      if (isRetryable(error) && this.#connected && this.#entries.get(pending.requestId) === entry) {
        entry.timer = setTimeout(() => void this.#send(entry), backoff(entry.attempt++, retryDelay?.() ?? 1000, error));
      }
      this.#host.requestUpdate();
      failed?.(error, pending);
    }
  }

  #settle(entry: Entry<D>, request: ConsentRequest, conflict: boolean, saved: DecisionDeliveryOptions<D>['saved']): void {
    const { requestId } = entry.pending;
    const { store } = this.#options;
    if (this.#entries.get(requestId) === entry) {
      this.#entries.delete(requestId);
      if (store) clearPending(store(), requestId);
    }
    this.#host.requestUpdate();
    saved(request, conflict, entry.pending);
  }
}
