import type { ConsentRequest } from '@felles/client-samtykke';
import { FellesHttpError, FellesNetworkError } from '@felles/client-core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decided, servingLicence } from './demo/consent-examples.js';
import { DecisionDelivery, type DecisionDeliveryOptions } from './decision-delivery.js';
import { backoff, type PendingDecision } from './pending-decision.js';

const http = (status: number, retryAfterMs?: number) => new FellesHttpError(status, null, new Headers(), retryAfterMs);
const accepted = decided(servingLicence, 'accepted');
const id = servingLicence.id;

/** One attempt the controller made: what it sent, and when (the fake clock). */
interface Attempt {
  pending: PendingDecision<'accept' | 'reject'>;
  at: number;
}

/**
 * A controller on a bare host, whose attempts answer in the order `answers` gives (an error is thrown, a
 * request is the server's answer); once they run out every attempt fails with 503.
 */
function delivery(answers: (ConsentRequest | Error)[], options: Partial<DecisionDeliveryOptions<'accept' | 'reject'>> = {}) {
  const controllers: ReactiveController[] = [];
  const host: ReactiveControllerHost = {
    addController: (controller) => controllers.push(controller),
    removeController: () => {},
    requestUpdate: () => {},
    updateComplete: Promise.resolve(true),
  };
  const attempts: Attempt[] = [];
  const saved: { request: ConsentRequest; conflict: boolean; decision: string }[] = [];
  const failed: unknown[] = [];
  const controller = new DecisionDelivery<'accept' | 'reject'>(host, {
    send: (pending) => {
      attempts.push({ pending, at: Date.now() });
      const answer = answers.shift() ?? http(503);
      return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
    },
    saved: (request, conflict, pending) => saved.push({ request, conflict, decision: pending.decision }),
    failed: (error) => failed.push(error),
    retryDelay: () => 1000,
    ...options,
  });
  const connect = () => controllers.forEach((c) => c.hostConnected?.());
  const disconnect = () => controllers.forEach((c) => c.hostDisconnected?.());
  connect();
  return { controller, attempts, saved, failed, connect, disconnect };
}

beforeEach(() => {
  sessionStorage.clear();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
  sessionStorage.clear();
});

describe('backoff()', () => {
  it('doubles from the base, never waits more than 30 s, and never less than a Retry-After asked', () => {
    expect([0, 1, 2, 3].map((attempt) => backoff(attempt, 1000, http(503)))).toEqual([1000, 2000, 4000, 8000]);
    expect(backoff(5, 1000, http(503))).toBe(30_000);
    expect(backoff(60, 1000, http(503))).toBe(30_000);
    expect(backoff(0, 1000, http(429, 45_000))).toBe(45_000);
  });
});

describe('DecisionDelivery', () => {
  it('tries again after a retryable failure with a wait that doubles up to 30 s, always under the same idempotency key', async () => {
    const { controller, attempts, saved } = delivery([...Array<Error>(7).fill(http(503)), accepted]);
    controller.decide(id, 'accept');
    expect(controller.get(id)?.sending).toBe(true);
    for (let i = 0; i < 10 && saved.length === 0; i++) await vi.advanceTimersByTimeAsync(30_000);

    const waits = attempts.slice(1).map((attempt, i) => attempt.at - attempts[i]!.at);
    expect(waits).toEqual([1000, 2000, 4000, 8000, 16_000, 30_000, 30_000]);
    expect(new Set(attempts.map((attempt) => attempt.pending.idempotencyKey)).size).toBe(1);
    expect(saved).toEqual([{ request: accepted, conflict: false, decision: 'accept' }]);
    expect(controller.get(id)).toBeUndefined();
  });

  it('keeps one decision per request: deciding again while it is unsaved sends the same one, under the same key', async () => {
    const { controller, attempts } = delivery([http(500), accepted]);
    controller.decide(id, 'accept');
    controller.decide(id, 'reject');
    await vi.advanceTimersByTimeAsync(0);
    expect(attempts).toHaveLength(1);
    expect(controller.get(id)).toMatchObject({ sending: false, pending: { decision: 'accept' } });

    controller.decide(id, 'reject');
    await vi.advanceTimersByTimeAsync(0);
    expect(attempts.map((attempt) => attempt.pending.decision)).toEqual(['accept', 'accept']);
    expect(attempts[1]!.pending.idempotencyKey).toBe(attempts[0]!.pending.idempotencyKey);
  });

  it('stops after an error that is not retryable, keeps the decision, and sends it again only when asked', async () => {
    const refused = http(400);
    const { controller, attempts, failed } = delivery([refused, accepted], { store: () => 'endpoint' });
    controller.decide(id, 'reject');
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(attempts).toHaveLength(1);
    expect(failed).toEqual([refused]);
    expect(controller.get(id)).toMatchObject({ sending: false, pending: { decision: 'reject' } });
    expect(sessionStorage.length).toBe(1);

    expect(controller.retry(id)).toBe(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(attempts).toHaveLength(2);
    expect(attempts[1]!.pending.idempotencyKey).toBe(attempts[0]!.pending.idempotencyKey);
    expect(controller.get(id)).toBeUndefined();
    expect(sessionStorage.length).toBe(0);
  });

  it('reports a conflict with what the server holds and the decision the person made, and forgets it only then', async () => {
    const current = decided(servingLicence, 'accepted');
    const conflict = Object.assign(http(409), { code: 'conflict', current });
    const { controller, saved } = delivery([conflict], { store: () => 'endpoint' });
    controller.decide(id, 'reject');
    await vi.advanceTimersByTimeAsync(0);
    expect(saved).toEqual([{ request: current, conflict: true, decision: 'reject' }]);
    expect(controller.get(id)).toBeUndefined();
    expect(sessionStorage.length).toBe(0);
  });

  it('keeps the decision when a 409 does not say what the server holds', async () => {
    const { controller, attempts, saved } = delivery([Object.assign(http(409), { code: 'conflict' }), accepted], { store: () => 'endpoint' });
    controller.decide(id, 'accept');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(saved).toEqual([]);
    expect(attempts).toHaveLength(1);
    expect(controller.get(id)).toMatchObject({ sending: false, pending: { decision: 'accept' } });
    expect(sessionStorage.length).toBe(1);
  });

  it('keeps an unsaved decision in the store for the next page, which picks it up under the same key', async () => {
    const first = delivery([new FellesNetworkError()], { store: () => 'endpoint' });
    first.controller.decide(id, 'accept');
    await vi.advanceTimersByTimeAsync(0);
    first.disconnect();

    const second = delivery([accepted], { store: () => 'endpoint' });
    expect(second.controller.resume('another-request')).toBe(false);
    expect(second.controller.resume(id)).toBe(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(second.attempts.map((attempt) => attempt.pending)).toEqual([first.attempts[0]!.pending]);
    expect(second.saved).toEqual([{ request: accepted, conflict: false, decision: 'accept' }]);
    expect(sessionStorage.length).toBe(0);
  });

  it('says when the browser refuses to keep the decision, and still sends it', async () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    try {
      const { controller, attempts } = delivery([http(500)], { store: () => 'endpoint' });
      expect(controller.decide(id, 'accept').unkept).toBe(true);
      await vi.advanceTimersByTimeAsync(0);
      expect(attempts).toHaveLength(1);
      expect(controller.get(id)?.unkept).toBe(true);
    } finally {
      setItem.mockRestore();
    }
  });

  it('stops waiting while the host is off the page, and carries on when it is back', async () => {
    const { controller, attempts, saved, connect, disconnect } = delivery([http(503), accepted]);
    controller.decide(id, 'accept');
    await vi.advanceTimersByTimeAsync(0);
    disconnect();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(attempts).toHaveLength(1);
    connect();
    await vi.advanceTimersByTimeAsync(0);
    expect(attempts).toHaveLength(2);
    expect(saved).toHaveLength(1);
  });
});
