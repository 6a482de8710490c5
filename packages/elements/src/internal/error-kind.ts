/** What a person can do about a failed request: wait (busy), check the connection (offline), or try later. */
export type ErrorKind = 'unavailable' | 'busy' | 'unexpected' | 'offline';

/**
 * Sorts a client's failure by its `code` (no import of the error classes, so no client is loaded for
 * it): 429 is `busy`, an answer that failed validation `unexpected`, a timeout or network failure
 * `offline`, anything else `unavailable`. Each kind is a key of the element's messages.
 */
export function errorKind(error: unknown): ErrorKind {
  const { code, status, source } = (error ?? {}) as { code?: string; status?: number; source?: string };
  if (code === 'http' && status === 429) return 'busy';
  if (code === 'validation' && source === 'response') return 'unexpected';
  if (code === 'timeout' || code === 'network') return 'offline';
  return 'unavailable';
}
