import { describe, expect, it } from 'vitest';
import { backoffDelay, parseRetryAfter, resolveRetryPolicy, sleep } from './retry.js';
import { FellesAbortError } from './errors.js';

describe('parseRetryAfter', () => {
  const now = Date.parse('2025-01-01T12:00:00Z');
  it('reads delta-seconds', () => expect(parseRetryAfter('3', now)).toBe(3000));
  it('reads an HTTP date', () => expect(parseRetryAfter('Wed, 01 Jan 2025 12:00:05 GMT', now)).toBe(5000));
  it('never waits a negative time for a date in the past', () => expect(parseRetryAfter('Wed, 01 Jan 2025 11:00:00 GMT', now)).toBe(0));
  it('ignores what it cannot read', () => {
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter('-1')).toBeUndefined();
    expect(parseRetryAfter('1.5')).toBeUndefined();
    expect(parseRetryAfter('')).toBeUndefined();
  });
});

describe('backoffDelay', () => {
  const policy = { retries: 5, baseDelayMs: 100, maxDelayMs: 1000 };
  it('grows exponentially with jitter between half and the whole step', () => {
    expect(backoffDelay(0, policy, () => 0)).toBe(50);
    expect(backoffDelay(0, policy, () => 1)).toBe(100);
    expect(backoffDelay(2, policy, () => 0)).toBe(200);
    expect(backoffDelay(2, policy, () => 1)).toBe(400);
  });
  it('never exceeds maxDelayMs', () => expect(backoffDelay(10, policy, () => 1)).toBe(1000));
});

describe('resolveRetryPolicy', () => {
  it('defaults to 2 retries, 300 ms base, 5 s cap', () => expect(resolveRetryPolicy()).toEqual({ retries: 2, baseDelayMs: 300, maxDelayMs: 5000 }));
  it('lets a call override the client', () =>
    expect(resolveRetryPolicy({ retries: 5 }, { baseDelayMs: 1 })).toEqual({ retries: 5, baseDelayMs: 1, maxDelayMs: 5000 }));
  it('turns retries off with false', () => expect(resolveRetryPolicy({ retries: 5 }, false).retries).toBe(0));
  it('lets a call turn them on again for itself', () => expect(resolveRetryPolicy(false, { retries: 1 }).retries).toBe(1));
});

describe('sleep', () => {
  it('rejects without waiting when the signal is already aborted', async () => {
    const started = Date.now();
    await expect(sleep(5000, AbortSignal.abort())).rejects.toBeInstanceOf(FellesAbortError);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('rejects at once when aborted', async () => {
    const controller = new AbortController();
    const started = Date.now();
    const pending = sleep(5000, controller.signal);
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(FellesAbortError);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
