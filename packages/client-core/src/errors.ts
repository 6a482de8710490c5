/**
 * One error family for every Felles client, so a caller can tell "try again"
 * (timeout, network, 429/5xx) from "your input is wrong" (validation) without
 * parsing messages. Browsers download these with every client, so each
 * subclass only names its `code` and default message; the base does the rest.
 */
type Cause = { cause?: unknown };

export class FellesError extends Error {
  constructor(
    readonly code: string,
    message: string,
    options?: Cause,
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The server answered with a status the caller did not accept. */
export class FellesHttpError extends FellesError {
  /** Wait asked for by `Retry-After` on 429/503, in milliseconds. */
  readonly retryAfterMs?: number;

  constructor(
    readonly status: number,
    /** Parsed JSON body, or the text when it is not JSON. */
    readonly body: unknown,
    readonly headers: Headers,
    retryAfterMs?: number,
    url?: string,
  ) {
    super('http', `HTTP ${status}${url ? ` from ${url}` : ''}`);
    // Left out rather than set to undefined, so `'retryAfterMs' in error` means the server asked.
    if (retryAfterMs !== undefined) this.retryAfterMs = retryAfterMs;
  }
}

/** No complete answer within the time limit. */
export class FellesTimeoutError extends FellesError {
  constructor(message = 'The request timed out', options?: Cause) {
    super('timeout', message, options);
  }
}

/** The request never got an answer: DNS, refused or reset connection, CORS. */
export class FellesNetworkError extends FellesError {
  constructor(message = 'The network request failed', options?: Cause) {
    super('network', message, options);
  }
}

/**
 * The server answered with a redirect (301, 302, 303, 307, 308). Felles clients never follow one: see
 * `redirect: 'manual'` in `createHttpClient`. `location` is the target when the runtime shows it (Node
 * does; a browser hides it and reports an opaque redirect with status 0).
 */
export class FellesRedirectError extends FellesError {
  constructor(
    readonly status: number,
    readonly location: string | undefined,
    url?: string,
  ) {
    super('redirect', `HTTP ${status} redirect${url ? ` from ${url}` : ''}${location ? ` to ${location}` : ''} not followed`);
  }
}

/** The answer was longer than the client's `maxResponseBytes`; reading stopped at the limit. */
export class FellesResponseTooLargeError extends FellesError {
  constructor(
    readonly limitBytes: number,
    url?: string,
  ) {
    super('too_large', `The response${url ? ` from ${url}` : ''} is larger than ${limitBytes} bytes`);
  }
}

/** The caller's `AbortSignal` stopped the request. */
export class FellesAbortError extends FellesError {
  constructor(message = 'The request was aborted', options?: Cause) {
    super('abort', message, options);
  }
}

/** The abort error for `signal`, carrying its reason; shared by every place that watches a signal. */
export const abortError = (signal: AbortSignal | undefined): FellesAbortError => new FellesAbortError(undefined, { cause: signal?.reason });

export interface ValidationIssue {
  /** Dotted path, e.g. `adresser.0.representasjonspunkt.lat`; empty for the root. */
  path: string;
  message: string;
}

/** Input was wrong before sending (`request`), or the server answered with data of the wrong shape (`response`). */
export class FellesValidationError extends FellesError {
  /** Path of the first issue. */
  readonly field: string;

  constructor(
    readonly issues: ValidationIssue[],
    readonly source: 'request' | 'response',
    options?: Cause,
  ) {
    const { path = '', message = 'unknown problem' } = issues[0] ?? {};
    super('validation', `Invalid ${source}${path && ` at ${path}`}: ${message}`, options);
    this.field = path;
  }
}

/** Throws a `FellesValidationError` (source `request`) for one wrong input: the check before sending. */
export function invalidRequest(path: string, message: string): never {
  throw new FellesValidationError([{ path, message }], 'request');
}

/** Whether trying the same request again later may succeed. */
export function isRetryable(error: unknown): boolean {
  return (
    error instanceof FellesTimeoutError ||
    error instanceof FellesNetworkError ||
    (error instanceof FellesHttpError && [429, 502, 503, 504].includes(error.status))
  );
}
