/**
 * One error family for every Felles client, so a caller can tell "try again"
 * (timeout, network, 429/5xx) from "your input is wrong" (validation) without
 * parsing messages.
 */
export class FellesError extends Error {
  readonly code: string;

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = new.target.name;
  }
}

/** The server answered with a status the caller did not accept. */
export class FellesHttpError extends FellesError {
  readonly status: number;
  /** Parsed JSON body, or the text when it is not JSON. */
  readonly body: unknown;
  readonly headers: Headers;
  /** Wait asked for by `Retry-After` on 429/503, in milliseconds. */
  readonly retryAfterMs?: number;

  constructor(status: number, body: unknown, headers: Headers, retryAfterMs?: number, url?: string) {
    super('http', `HTTP ${status}${url ? ` from ${url}` : ''}`);
    this.status = status;
    this.body = body;
    this.headers = headers;
    if (retryAfterMs !== undefined) this.retryAfterMs = retryAfterMs;
  }
}

/** No complete answer within the time limit. */
export class FellesTimeoutError extends FellesError {
  constructor(message = 'The request timed out', options?: { cause?: unknown }) {
    super('timeout', message, options);
  }
}

/** The request never got an answer: DNS, refused or reset connection, CORS. */
export class FellesNetworkError extends FellesError {
  constructor(message = 'The network request failed', options?: { cause?: unknown }) {
    super('network', message, options);
  }
}

/** The caller's `AbortSignal` stopped the request. */
export class FellesAbortError extends FellesError {
  constructor(message = 'The request was aborted', options?: { cause?: unknown }) {
    super('abort', message, options);
  }
}

export interface ValidationIssue {
  /** Dotted path, e.g. `adresser.0.representasjonspunkt.lat`; empty for the root. */
  path: string;
  message: string;
}

/** Input was wrong before sending (`request`), or the server answered with data of the wrong shape (`response`). */
export class FellesValidationError extends FellesError {
  readonly issues: ValidationIssue[];
  /** Path of the first issue. */
  readonly field: string;
  readonly source: 'request' | 'response';

  constructor(issues: ValidationIssue[], source: 'request' | 'response', options?: { cause?: unknown }) {
    const first = issues[0];
    const where = first?.path ? ` at ${first.path}` : '';
    super('validation', `Invalid ${source}${where}: ${first?.message ?? 'unknown problem'}`, options);
    this.issues = issues;
    this.field = first?.path ?? '';
    this.source = source;
  }
}

const retryableStatuses = new Set([429, 502, 503, 504]);

/** Whether trying the same request again later may succeed. */
export function isRetryable(error: unknown): boolean {
  if (error instanceof FellesTimeoutError || error instanceof FellesNetworkError) return true;
  return error instanceof FellesHttpError && retryableStatuses.has(error.status);
}
