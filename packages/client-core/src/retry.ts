import { FellesAbortError } from './errors.js';

export interface RetryPolicy {
  /** Extra attempts after the first one. */
  retries: number;
  baseDelayMs: number;
  /** Upper bound for any wait, including one asked for by `Retry-After`. */
  maxDelayMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { retries: 2, baseDelayMs: 300, maxDelayMs: 5000 };

/** Merges policies left to right; `false` anywhere means "no retries". */
export function resolveRetryPolicy(...policies: (Partial<RetryPolicy> | false | undefined)[]): RetryPolicy {
  let policy = defaultRetryPolicy;
  for (const p of policies) {
    if (p === false) policy = { ...policy, retries: 0 };
    else if (p) policy = { ...policy, ...p };
  }
  return { ...policy, retries: Math.max(0, Math.floor(policy.retries)) };
}

/**
 * `Retry-After` is either delta-seconds or an HTTP date (RFC 9110 §10.2.3).
 * Returns milliseconds to wait, or undefined when the header is absent or unreadable.
 */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // An HTTP date always names its weekday and month; this keeps Date.parse from reading "-1" as a year.
  const date = /[a-z]/i.test(text) ? Date.parse(text) : Number.NaN;
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/**
 * Exponential backoff with "equal jitter": at least half the step, so clients
 * that failed together spread out without ever retrying immediately.
 */
export function backoffDelay(attempt: number, policy: RetryPolicy, random = Math.random): number {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  return step / 2 + random() * (step / 2);
}

/** Waits, but gives up at once with a `FellesAbortError` when the signal aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new FellesAbortError(undefined, { cause: signal.reason }));
    const onAbort = () => {
      clearTimeout(timer);
      reject(new FellesAbortError(undefined, { cause: signal?.reason }));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
