import { defaultMaxResponseBytes, fetchWithDeadline, readBody } from '@felles/client-core';
import * as oauth from 'oauth4webapi';
import { IdportenConfigurationError } from './errors.js';

/** How the client talks to the provider; every field can be left out. */
export interface TransportOptions {
  /** A custom `fetch` (tests, proxies, instrumentation). Defaults to the global one. */
  fetch?: typeof fetch;
  /** Per request, including reading the answer; default 10 s. */
  timeoutMs?: number;
  /** Longest answer read from the provider, counted while it streams; default 8 MiB, then `FellesResponseTooLargeError`. */
  maxResponseBytes?: number;
}

const defaultTimeoutMs = 10_000;
const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function isLoopback(url: URL): boolean {
  return loopbackHosts.has(url.hostname);
}

/**
 * An `http:` URL is accepted only on loopback, where the sandbox runs; real
 * ID-porten and anything else reachable over a network must be `https:`.
 */
export function checkUrl(value: string, what: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch (cause) {
    throw new IdportenConfigurationError(`${what} is not a URL: ${value}`, { cause });
  }
  if (url.protocol === 'https:') return url;
  if (url.protocol === 'http:' && isLoopback(url)) return url;
  throw new IdportenConfigurationError(`${what} must use https (http is allowed only on loopback): ${value}`);
}

type RequestOptions = {
  [oauth.customFetch]: (url: string, init: oauth.CustomFetchOptions<string, unknown>) => Promise<Response>;
  [oauth.allowInsecureRequests]?: boolean;
};

/**
 * Options for every oauth4webapi request: our timeout and error family, and
 * `allowInsecureRequests` only when the issuer is a loopback `http:` URL.
 */
export function requestOptions(issuer: URL, transport: TransportOptions, signal?: AbortSignal): RequestOptions {
  const fetchFn = transport.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
  const timeoutMs = transport.timeoutMs ?? defaultTimeoutMs;
  const options: RequestOptions = {
    [oauth.customFetch]: (url, init) =>
      timedFetch(fetchFn, url, init as RequestInit, timeoutMs, signal, transport.maxResponseBytes ?? defaultMaxResponseBytes),
  };
  if (issuer.protocol === 'http:' && isLoopback(issuer)) options[oauth.allowInsecureRequests] = true;
  return options;
}

/**
 * Reads the whole answer inside the time limit, so a provider that stalls
 * after the headers fails like one that never answers, and stops past
 * `maxBytes`, so a hostile one cannot fill memory.
 */
function timedFetch(
  fetchFn: typeof fetch,
  url: string,
  init: RequestInit,
  timeoutMs: number,
  signal: AbortSignal | undefined,
  maxBytes: number,
): Promise<Response> {
  return fetchWithDeadline(fetchFn, url, init, timeoutMs, signal, async (response) => {
    const body = await readBody(response, maxBytes, url);
    return new Response(response.status === 204 || response.status === 304 ? null : body, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  });
}
