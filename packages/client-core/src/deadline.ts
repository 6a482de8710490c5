import { abortError, FellesError, FellesNetworkError, FellesTimeoutError } from './errors.js';

/**
 * One request, including reading its body, within `timeoutMs` and the caller's `signal`: a connection
 * that dies or stalls after the headers fails the same way as one that never answers. Failures become
 * the Felles error family (abort, timeout, network); `read` decides what the body becomes, and a Felles
 * error it throws (e.g. `FellesResponseTooLargeError`) passes through unchanged.
 */
export async function fetchWithDeadline<T>(
  fetchFn: typeof fetch,
  url: string,
  init: RequestInit,
  timeoutMs: number,
  signal: AbortSignal | undefined,
  read: (response: Response) => Promise<T>,
): Promise<T> {
  if (signal?.aborted) throw abortError(signal);
  const controller = new AbortController();
  let timedOut = false;
  const onAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  const timer =
    timeoutMs > 0 && Number.isFinite(timeoutMs)
      ? setTimeout(() => {
          timedOut = true;
          controller.abort();
        }, timeoutMs)
      : undefined;
  try {
    return await read(await fetchFn(url, { ...init, signal: controller.signal }));
  } catch (cause) {
    if (signal?.aborted) throw abortError(signal);
    if (cause instanceof FellesError) throw cause;
    if (timedOut) throw new FellesTimeoutError(`No answer from ${url} within ${timeoutMs} ms`, { cause });
    throw new FellesNetworkError(`Request to ${url} failed`, { cause });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}
