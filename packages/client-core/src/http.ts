import type { GenericSchema } from 'valibot';
import { fetchWithDeadline } from './deadline.js';
import { defaultMaxResponseBytes, readText } from './body.js';
import { FellesHttpError, FellesRedirectError, FellesValidationError, isRetryable } from './errors.js';
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
  /**
   * Longest answer read, in bytes, counted while it streams; default 8 MiB. A longer one is cut off
   * with `FellesResponseTooLargeError`. `0` or `Infinity` turns the limit off.
   */
  maxResponseBytes?: number;
}

/**
 * Where a client gets a bearer token, e.g. `@felles/client-maskinporten`'s `tokenProvider()`. Asked
 * before every attempt, so a provider that caches can hand out a renewed token on a retry.
 */
export interface TokenProvider {
  getToken(): Promise<string>;
}

export interface ClientOptions extends RequestOptions {
  /** May carry a path, e.g. `https://ws.geonorge.no/adresser/v1`. */
  baseUrl: string;
  /** Sends `Authorization: Bearer <token>` on every request, unless the request sets its own `authorization`. */
  tokenProvider?: TokenProvider;
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

/** `baseUrl` and `path` joined with one slash; `undefined` and `null` left out, arrays repeated. */
export function buildUrl(baseUrl: string, path: string, query: Record<string, QueryValue> = {}): string {
  const url = new URL(`${baseUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`);
  for (const [key, value] of Object.entries(query)) {
    for (const item of [value].flat()) if (item != null) url.searchParams.append(key, String(item));
  }
  return url.href;
}

/** Marks a body that is not JSON; one parse serves both the error body and the data. */
const notJson = {};

function readJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return notJson;
  }
}

/** The statuses `fetch` would follow; `opaqueredirect` is how a browser reports one under `redirect: 'manual'`. */
const isRedirect = (response: Response) => response.type === 'opaqueredirect' || [301, 302, 303, 307, 308].includes(response.status);

/**
 * Redirects are never followed (`redirect: 'manual'`): a redirect ends in `FellesRedirectError` unless the
 * caller's `accept` takes its status as data. Following only same-origin redirects was the alternative,
 * but it needs the `Location` header, which browsers hide under `redirect: 'manual'`, so it could only
 * work in Node; and following one means redoing fetch's rules (method rewrite on 303, body resent on
 * 307/308, which headers to drop) in every client. The APIs these clients call answer directly, so a
 * redirect is a misconfigured base URL or a hostile server, and following it to another origin would
 * send it the request's headers (`x-api-key`, `Authorization`) and, on 307/308, its body again.
 */
export function createHttpClient(options: ClientOptions): HttpClient {
  async function request<T>(req: HttpRequest<T>): Promise<HttpResponse<T>> {
    const { method = 'GET', signal = options.signal, idempotencyKey, schema } = req;
    const url = buildUrl(options.baseUrl, req.path, req.query);
    // Resolved per call so a test or polyfill installed later is still used.
    const fetchFn = req.fetch ?? options.fetch ?? globalThis.fetch;
    const timeoutMs = req.timeoutMs ?? options.timeoutMs ?? defaultTimeoutMs;
    const maxBytes = req.maxResponseBytes ?? options.maxResponseBytes ?? defaultMaxResponseBytes;
    const policy = resolveRetryPolicy(options.retry, req.retry);
    // Only a request that means the same when sent twice is retried.
    const retries = idempotencyKey || /^(GET|HEAD|PUT|DELETE)$/.test(method) ? policy.retries : 0;

    const headers: Record<string, string> = { accept: 'application/json', ...options.headers, ...req.headers };
    const init: RequestInit = { method, headers, redirect: 'manual' };
    if (req.body !== undefined) {
      init.body = JSON.stringify(req.body);
      headers['content-type'] ??= 'application/json';
    }
    if (idempotencyKey) headers['idempotency-key'] = idempotencyKey;

    const hasAuthorization = Object.keys(headers).some((name) => name.toLowerCase() === 'authorization');
    for (let attempt = 0; ; attempt++) {
      try {
        if (options.tokenProvider && !hasAuthorization) headers['authorization'] = `Bearer ${await options.tokenProvider.getToken()}`;
        // The body is read within the same deadline as the headers.
        const [response, text] = await fetchWithDeadline(fetchFn, url, init, timeoutMs, signal, async (r) => {
          if (isRedirect(r) && !req.accept?.(r.status)) {
            await r.body?.cancel().catch(() => undefined);
            throw new FellesRedirectError(r.status, r.headers.get('location') ?? undefined, url);
          }
          return [r, await readText(r, maxBytes, url)] as const;
        });
        const { status, headers: responseHeaders } = response;
        const json = readJson(text);
        if (!response.ok && !req.accept?.(status)) {
          const retryAfterMs = status === 429 || status === 503 ? parseRetryAfter(responseHeaders.get('retry-after')) : undefined;
          throw new FellesHttpError(status, json === notJson ? text : json, responseHeaders, retryAfterMs, url);
        }
        if (json === notJson) throw new FellesValidationError([{ path: '', message: 'The response is not valid JSON' }], 'response');
        return { status, headers: responseHeaders, data: schema ? parse(schema, json, 'response') : (json as T) };
      } catch (error) {
        // `!(a < b)` rather than `a >= b`: a policy with NaN retries sends once instead of forever.
        if (!(attempt < retries) || !isRetryable(error)) throw error;
        const asked = (error as FellesHttpError).retryAfterMs;
        await sleep(asked === undefined ? backoffDelay(attempt, policy) : Math.min(asked, policy.maxDelayMs), signal);
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
