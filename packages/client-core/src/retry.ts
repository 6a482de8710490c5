import { abortError } from './errors.js';

export interface RetryPolicy {
  /** Extra attempts after the first one. */
  retries: number;
  baseDelayMs: number;
  /** Upper bound for any wait, including one asked for by `Retry-After`. */
  maxDelayMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { retries: 2, baseDelayMs: 300, maxDelayMs: 5000 };

/** The client's policy, then the call's; `false` means "no retries" (the call may turn them on again). */
export function resolveRetryPolicy(client?: Partial<RetryPolicy> | false, call?: Partial<RetryPolicy> | false): RetryPolicy {
  const off = (p: Partial<RetryPolicy> | false | undefined) => (p === false ? { retries: 0 } : p);
  return { ...defaultRetryPolicy, ...off(client), ...off(call) };
}

/**
 * `Retry-After` is either delta-seconds or an HTTP date (RFC 9110 §10.2.3).
 * Returns milliseconds to wait, or undefined when the header is absent or unreadable.
 */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  const text = value?.trim() ?? '';
  // An HTTP date always names its weekday and month; this keeps Date.parse from reading "-1" as a year.
  const ms = /^\d+$/.test(text) ? Number(text) * 1000 : /[a-z]/i.test(text) ? Date.parse(text) - now : Number.NaN;
  return Number.isNaN(ms) ? undefined : Math.max(0, ms);
}

/**
 * Exponential backoff with "equal jitter": at least half the step, so clients
 * that failed together spread out without ever retrying immediately.
 */
export function backoffDelay(attempt: number, policy: RetryPolicy, random = Math.random): number {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  return (step / 2) * (1 + random());
}

/** Waits, but gives up at once with a `FellesAbortError` when the signal aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError(signal));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    if (signal?.aborted) onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
