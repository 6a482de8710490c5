import type { GenericSchema } from 'valibot';
import { fetchWithDeadline } from './deadline.js';
import { FellesHttpError, FellesValidationError, isRetryable } from './errors.js';
import { backoffDelay, parseRetryAfter, resolveRetryPolicy, sleep, type RetryPolicy } from './retry.js';
import { parse } from './validate.js';

export type { RetryPolicy } from './retry.js';

export interface RequestOptions {
  signal?: AbortSignal;
  /** Per attempt; default 10 s. `0` or `Infinity` turns it off. */
  timeoutMs?: number;
  /** Default `{ retries: 2, baseDelayMs: 300, maxDelayMs: 5000 }`; `false` sends once. */
  retry?: Partial<RetryPolicy> | false;
  headers?: Record<string, string>;
  fetch?: typeof fetch;
}

export interface ClientOptions extends RequestOptions {
  /** May carry a path, e.g. `https://ws.geonorge.no/adresser/v1`. */
  baseUrl: string;
}

export type QueryValue = string | number | boolean | undefined | null | readonly (string | number)[];

export interface HttpRequest<T> extends RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Joined to the client's `baseUrl`. */
  path: string;
  /** `undefined` and `null` are left out; arrays repeat the parameter. */
  query?: Record<string, QueryValue>;
  /** JSON-encoded. */
  body?: unknown;
  /** Sent as `Idempotency-Key`; makes a non-idempotent request safe to retry. */
  idempotencyKey?: string;
  /** Response JSON is validated against it; a mismatch is a `FellesValidationError` with source `response`. */
  schema?: GenericSchema<unknown, T>;
  /** Extra statuses that are data rather than errors (e.g. 404/410 from a register). */
  accept?: (status: number) => boolean;
}

export interface HttpResponse<T> {
  status: number;
  headers: Headers;
  data: T;
}

export interface HttpClient {
  request<T>(req: HttpRequest<T>): Promise<HttpResponse<T>>;
  /** GET returning only the data. */
  get<T>(path: string, req?: Omit<HttpRequest<T>, 'path' | 'method'>): Promise<T>;
}

const defaultTimeoutMs = 10_000;
const idempotentMethods = new Set(['GET', 'HEAD', 'PUT', 'DELETE']);

export function buildUrl(baseUrl: string, path: string, query?: Record<string, QueryValue>): string {
  const url = new URL(`${baseUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`);
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) for (const item of value) url.searchParams.append(key, String(item));
    else url.searchParams.append(key, String(value));
  }
  return url.toString();
}

function parseBody(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

interface RawResponse {
  response: Response;
  text: string;
}

/** One attempt; the body is read within the same deadline. */
function attempt(
  fetchFn: typeof fetch,
  url: string,
  init: RequestInit,
  timeoutMs: number,
  signal: AbortSignal | undefined,
): Promise<RawResponse> {
  return fetchWithDeadline(fetchFn, url, init, timeoutMs, signal, async (response) => ({ response, text: await response.text() }));
}

export function createHttpClient(options: ClientOptions): HttpClient {
  async function request<T>(req: HttpRequest<T>): Promise<HttpResponse<T>> {
    const method = req.method ?? 'GET';
    const url = buildUrl(options.baseUrl, req.path, req.query);
    // Resolved per call so a test or polyfill installed later is still used.
    const fetchFn = req.fetch ?? options.fetch ?? globalThis.fetch;
    const signal = req.signal ?? options.signal;
    const timeoutMs = req.timeoutMs ?? options.timeoutMs ?? defaultTimeoutMs;
    const policy = resolveRetryPolicy(options.retry, req.retry);
    const retries = idempotentMethods.has(method) || req.idempotencyKey ? policy.retries : 0;

    const headers: Record<string, string> = { accept: 'application/json', ...options.headers, ...req.headers };
    let body: string | undefined;
    if (req.body !== undefined) {
      body = JSON.stringify(req.body);
      headers['content-type'] ??= 'application/json';
    }
    if (req.idempotencyKey) headers['idempotency-key'] = req.idempotencyKey;
    const init: RequestInit = { method, headers };
    if (body !== undefined) init.body = body;

    for (let attemptNo = 0; ; attemptNo++) {
      try {
        const { response, text } = await attempt(fetchFn, url, init, timeoutMs, signal);
        if (!response.ok && !req.accept?.(response.status)) {
          const retryAfterMs =
            response.status === 429 || response.status === 503
              ? parseRetryAfter(response.headers.get('retry-after'))
              : undefined;
          throw new FellesHttpError(response.status, parseBody(text), response.headers, retryAfterMs, url);
        }
        return { status: response.status, headers: response.headers, data: decode(text, req.schema) };
      } catch (error) {
        if (attemptNo >= retries || !isRetryable(error)) throw error;
        const asked = error instanceof FellesHttpError ? error.retryAfterMs : undefined;
        const delay = asked === undefined ? backoffDelay(attemptNo, policy) : Math.min(asked, policy.maxDelayMs);
        await sleep(delay, signal);
      }
    }
  }

  return {
    request,
    async get<T>(path: string, req?: Omit<HttpRequest<T>, 'path' | 'method'>): Promise<T> {
      return (await request<T>({ ...req, path, method: 'GET' })).data;
    },
  };
}

function decode<T>(text: string, schema: GenericSchema<unknown, T> | undefined): T {
  let json: unknown;
  if (text !== '') {
    try {
      json = JSON.parse(text);
    } catch (cause) {
      throw new FellesValidationError([{ path: '', message: 'The response is not valid JSON' }], 'response', { cause });
    }
  }
  return schema ? parse(schema, json, 'response') : (json as T);
}
