import type { ConsentDecision } from '@felles/client-samtykke';

/** A decision the person has made that the server has not confirmed yet: to accept or reject, or to withdraw (`revoke`). */
export interface PendingDecision<D extends string = ConsentDecision> {
  requestId: string;
  decision: D;
  /** Chosen once, when the person decides, and sent with every attempt: the server records it once. */
  idempotencyKey: string;
  /** ISO 8601, when the person decided. */
  time: string;
}

/*
 * sessionStorage, not localStorage: a decision belongs to this tab's visit. It survives a reload
 * (and a crash of the tab that the browser restores) but is not sent from another tab later.
 */
const storageKey = (endpoint: string, requestId: string) => `felles-consent-decision ${endpoint} ${requestId}`;

export function loadPending<D extends string>(endpoint: string, requestId: string): PendingDecision<D> | undefined {
  try {
    const value = JSON.parse(sessionStorage.getItem(storageKey(endpoint, requestId)) ?? 'null') as PendingDecision<D> | null;
    return value?.requestId === requestId && value.idempotencyKey ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Stores the decision; false when the browser refuses (private mode quotas), so the caller knows it will not survive a reload. */
export function savePending(endpoint: string, pending: PendingDecision<string>): boolean {
  try {
    sessionStorage.setItem(storageKey(endpoint, pending.requestId), JSON.stringify(pending));
    return true;
  } catch {
    return false;
  }
}

export function clearPending(endpoint: string, requestId: string): void {
  try {
    sessionStorage.removeItem(storageKey(endpoint, requestId));
  } catch {
    // Nothing stored, nothing to clear.
  }
}

/** Exponential backoff from `base` ms, capped at 30 s, and never sooner than a `Retry-After` asked. */
export function backoff(attempt: number, base: number, error: unknown): number {
  return Math.max(Math.min(base * 2 ** attempt, 30_000), (error as { retryAfterMs?: number } | undefined)?.retryAfterMs ?? 0);
}
