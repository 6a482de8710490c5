import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { FellesAbortError, FellesHttpError, FellesNetworkError, FellesTimeoutError, FellesValidationError, createHttpClient } from './index.js';

/**
 * A real HTTP server whose routes each inject one fault, and which counts the
 * requests it receives per path, so retries are measured where they land.
 */
type Route = (req: IncomingMessage, res: ServerResponse, hit: number, body: string) => void;
const hits = new Map<string, number>();
const seen: { path: string; headers: IncomingMessage['headers']; body: string }[] = [];
const json = (res: ServerResponse, status: number, data: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(data));
};

const routes: Record<string, Route> = {
  '/ok': (_req, res) => json(res, 200, { name: 'Myrvollveien', nummer: 5 }),
  '/echo': (req, res, _hit, body) => json(res, 200, { url: req.url, method: req.method, body }),
  '/500': (_req, res) => json(res, 500, { message: 'boom' }),
  '/500-text': (_req, res) => {
    res.writeHead(500, { 'content-type': 'text/plain' });
    res.end('plain failure');
  },
  '/503-then-ok': (_req, res, hit) => (hit === 1 ? json(res, 503, { message: 'down' }, { 'retry-after': '0' }) : json(res, 200, { ok: true })),
  '/503': (_req, res) => json(res, 503, { message: 'down' }),
  '/429-seconds': (_req, res, hit) => (hit === 1 ? json(res, 429, {}, { 'retry-after': '1' }) : json(res, 200, { ok: true })),
  '/429-date': (_req, res, hit) =>
    hit === 1 ? json(res, 429, {}, { 'retry-after': new Date(Date.now() + 2000).toUTCString() }) : json(res, 200, { ok: true }),
  '/429-long': (_req, res, hit) => (hit === 1 ? json(res, 429, {}, { 'retry-after': '30' }) : json(res, 200, { ok: true })),
  '/404': (_req, res) => json(res, 404, { feilmelding: 'Ikke funnet' }),
  '/malformed': (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"adresser": [');
  },
  '/shape': (_req, res) => json(res, 200, { name: 42 }),
  '/slow': (_req, res) => {
    const timer = setTimeout(() => json(res, 200, { ok: true }), 5000);
    res.on('close', () => clearTimeout(timer));
  },
  '/slow-body': (_req, res) => {
    // Headers at once, then the body stalls: the timeout must cover reading it too.
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write('{"ok":');
    const timer = setTimeout(() => res.end('true}'), 5000);
    res.on('close', () => clearTimeout(timer));
  },
  '/destroy': (req) => req.socket.destroy(),
  '/destroy-then-ok': (req, res, hit) => (hit === 1 ? req.socket.destroy() : json(res, 200, { ok: true })),
  '/500-empty': (_req, res) => {
    res.writeHead(500);
    res.end();
  },
  '/empty': (_req, res) => {
    res.writeHead(204);
    res.end();
  },
};

const server = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  const hit = (hits.get(path) ?? 0) + 1;
  hits.set(path, hit);
  let body = '';
  req.on('data', (chunk: Buffer) => (body += chunk.toString()));
  req.on('end', () => {
    seen.push({ path, headers: req.headers, body });
    const route = routes[path];
    if (route) route(req, res, hit, body);
    else json(res, 404, {});
  });
});

let baseUrl = '';
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
afterEach(() => {
  hits.clear();
  seen.length = 0;
});

// The server sees paths without the base path's prefix stripped, so routes live under /api/v1.
for (const [path, route] of Object.entries(routes)) routes[`/api/v1${path}`] = route;
const count = (path: string) => hits.get(`/api/v1${path}`) ?? 0;
const fast = { baseDelayMs: 1, maxDelayMs: 20 };

describe('createHttpClient', () => {
  it('joins a base URL that has a path, encodes the query and leaves out empty values', async () => {
    const client = createHttpClient({ baseUrl: `${baseUrl}/` });
    const data = await client.get<{ url: string }>('/echo', {
      query: { sok: 'myrvollveien 5c', treffPerSide: 10, fuzzy: true, side: undefined, bokstav: null, filtrer: ['a', 'b'] },
    });
    expect(data.url).toBe('/api/v1/echo?sok=myrvollveien+5c&treffPerSide=10&fuzzy=true&filtrer=a&filtrer=b');
    expect(seen[0]?.headers.accept).toBe('application/json');
  });

  it('validates the response with a schema and returns the typed data', async () => {
    const client = createHttpClient({ baseUrl });
    const schema = v.object({ name: v.string(), nummer: v.number() });
    const response = await client.request({ path: 'ok', schema });
    expect(response).toMatchObject({ status: 200, data: { name: 'Myrvollveien', nummer: 5 } });
  });

  it('returns undefined data for an empty body', async () => {
    const response = await createHttpClient({ baseUrl }).request({ path: 'empty' });
    expect(response.status).toBe(204);
    expect(response.data).toBeUndefined();
  });

  it('sends a JSON body and extra headers', async () => {
    const client = createHttpClient({ baseUrl, headers: { 'x-client': 'felles' } });
    await client.request({ method: 'POST', path: 'echo', body: { a: 1 }, headers: { 'x-call': 'yes' } });
    expect(seen[0]?.body).toBe('{"a":1}');
    expect(seen[0]?.headers).toMatchObject({ 'content-type': 'application/json', 'x-client': 'felles', 'x-call': 'yes' });
  });

  it('uses a fetch given per client and per call', async () => {
    const calls: string[] = [];
    const tracking =
      (name: string): typeof fetch =>
      (input, init) => {
        calls.push(name);
        return fetch(input, init);
      };
    const client = createHttpClient({ baseUrl, fetch: tracking('client') });
    await client.get('ok');
    await client.get('ok', { fetch: tracking('call') });
    expect(calls).toEqual(['client', 'call']);
  });
});

describe('errors', () => {
  it('turns 500 into FellesHttpError with the parsed body, and does not retry it', async () => {
    const error = await createHttpClient({ baseUrl, retry: fast })
      .get('500')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FellesHttpError);
    expect(error).toMatchObject({ code: 'http', status: 500, body: { message: 'boom' } });
    expect(count('/500')).toBe(1);
  });

  it('keeps a non-JSON error body as text', async () => {
    const error = await createHttpClient({ baseUrl })
      .get('500-text')
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 500, body: 'plain failure' });
  });

  it('returns statuses the caller accepts as data', async () => {
    const response = await createHttpClient({ baseUrl }).request({ path: '404', accept: (s) => s === 404 });
    expect(response).toMatchObject({ status: 404, data: { feilmelding: 'Ikke funnet' } });
  });

  it('reports malformed JSON as a response validation error', async () => {
    const error = await createHttpClient({ baseUrl })
      .get('malformed')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FellesValidationError);
    expect(error).toMatchObject({ code: 'validation', source: 'response', field: '' });
    expect(count('/malformed')).toBe(1);
  });

  it('keeps an empty error body as undefined, not as an error of its own', async () => {
    const error = await createHttpClient({ baseUrl })
      .get('500-empty')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FellesHttpError);
    expect(error).toMatchObject({ status: 500, body: undefined });
  });

  it('sends once when the retry count is not a number', async () => {
    const error = await createHttpClient({ baseUrl, retry: { retries: Number.NaN, ...fast } })
      .get('503')
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 503 });
    expect(count('/503')).toBe(1);
  });

  it('reports the wrong shape with the path of the wrong field', async () => {
    const schema = v.object({ name: v.string() });
    const error = await createHttpClient({ baseUrl })
      .get('shape', { schema })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FellesValidationError);
    expect(error).toMatchObject({ source: 'response', field: 'name' });
    expect(count('/shape')).toBe(1);
  });

  it('times out a slow answer with FellesTimeoutError, retrying a bounded number of times', async () => {
    const started = Date.now();
    const error = await createHttpClient({ baseUrl, timeoutMs: 100, retry: { retries: 1, ...fast } })
      .get('slow')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FellesTimeoutError);
    expect((error as FellesTimeoutError).code).toBe('timeout');
    expect(count('/slow')).toBe(2);
    // Two attempts of 100 ms, not the 5 s the server would take (generous for a busy machine).
    expect(Date.now() - started).toBeLessThan(4000);
  });

  it('times out a body that stalls after the headers', async () => {
    const error = await createHttpClient({ baseUrl, timeoutMs: 100, retry: false })
      .get('slow-body')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FellesTimeoutError);
    expect(count('/slow-body')).toBe(1);
  });

  it('turns a destroyed socket into FellesNetworkError after the default 2 retries (3 requests)', async () => {
    const error = await createHttpClient({ baseUrl, retry: fast })
      .get('destroy')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FellesNetworkError);
    expect((error as FellesNetworkError).code).toBe('network');
    expect(count('/destroy')).toBe(3);
  });

  it('reports a refused connection as FellesNetworkError', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const error = await createHttpClient({ baseUrl: `http://127.0.0.1:${port}`, retry: false })
      .get('x')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FellesNetworkError);
  });
});

describe('retries', () => {
  it('recovers from a dropped connection', async () => {
    await expect(createHttpClient({ baseUrl, retry: fast }).get('destroy-then-ok')).resolves.toEqual({ ok: true });
    expect(count('/destroy-then-ok')).toBe(2);
  });

  it('retries 503 and then succeeds', async () => {
    await expect(createHttpClient({ baseUrl, retry: fast }).get('503-then-ok')).resolves.toEqual({ ok: true });
    expect(count('/503-then-ok')).toBe(2);
  });

  it('gives up after exactly 1 + retries attempts', async () => {
    const error = await createHttpClient({ baseUrl, retry: { retries: 4, ...fast } })
      .get('503')
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 503 });
    expect(count('/503')).toBe(5);
  });

  it('sends once when retry is false', async () => {
    await createHttpClient({ baseUrl, retry: fast })
      .get('503', { retry: false })
      .catch(() => undefined);
    expect(count('/503')).toBe(1);
  });

  it('honours Retry-After in seconds on 429', async () => {
    const started = Date.now();
    await expect(createHttpClient({ baseUrl, retry: { maxDelayMs: 5000 } }).get('429-seconds')).resolves.toEqual({ ok: true });
    const elapsed = Date.now() - started;
    expect(count('/429-seconds')).toBe(2);
    expect(elapsed).toBeGreaterThanOrEqual(950);
    expect(elapsed).toBeLessThan(4000);
  });

  it('honours Retry-After as an HTTP date on 429', async () => {
    const started = Date.now();
    await expect(createHttpClient({ baseUrl, retry: { maxDelayMs: 5000 } }).get('429-date')).resolves.toEqual({ ok: true });
    const elapsed = Date.now() - started;
    expect(count('/429-date')).toBe(2);
    // An HTTP date has whole seconds, so "now + 2 s" means a wait of 1–2 s.
    expect(elapsed).toBeGreaterThanOrEqual(900);
    expect(elapsed).toBeLessThan(4500);
  });

  it('caps a long Retry-After at maxDelayMs', async () => {
    const started = Date.now();
    await expect(createHttpClient({ baseUrl, retry: { maxDelayMs: 100 } }).get('429-long')).resolves.toEqual({ ok: true });
    // 100 ms, not the 30 s asked for.
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('exposes retryAfterMs on the final 429', async () => {
    const error = await createHttpClient({ baseUrl, retry: false })
      .get('429-seconds')
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 429, retryAfterMs: 1000 });
  });

  it('never retries a POST without an idempotency key', async () => {
    const error = await createHttpClient({ baseUrl, retry: fast })
      .request({ method: 'POST', path: '503', body: {} })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 503 });
    expect(count('/503')).toBe(1);
  });

  it('never retries a POST whose connection dropped', async () => {
    const error = await createHttpClient({ baseUrl, retry: fast })
      .request({ method: 'POST', path: 'destroy', body: {} })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FellesNetworkError);
    expect(count('/destroy')).toBe(1);
  });

  it('retries a POST with an idempotency key, sending the same key each time', async () => {
    const response = await createHttpClient({ baseUrl, retry: fast }).request({
      method: 'POST',
      path: '503-then-ok',
      body: { samtykke: true },
      idempotencyKey: 'key-123',
    });
    expect(response.data).toEqual({ ok: true });
    expect(count('/503-then-ok')).toBe(2);
    expect(seen.map((s) => s.headers['idempotency-key'])).toEqual(['key-123', 'key-123']);
    expect(seen.map((s) => s.body)).toEqual(['{"samtykke":true}', '{"samtykke":true}']);
  });
});

describe('abort', () => {
  it('stops a request in flight with FellesAbortError', async () => {
    const controller = new AbortController();
    const before = count('/slow');
    // Aborted once the server has the request (a fixed delay could abort before it is sent on a busy machine).
    const arrived = setInterval(() => count('/slow') > before && controller.abort(), 5);
    const started = Date.now();
    const error = await createHttpClient({ baseUrl, retry: fast })
      .get('slow', { signal: controller.signal })
      .catch((e: unknown) => e)
      .finally(() => clearInterval(arrived));
    expect(error).toBeInstanceOf(FellesAbortError);
    expect((error as FellesAbortError).code).toBe('abort');
    expect(Date.now() - started).toBeLessThan(2500);
    expect(count('/slow') - before).toBe(1);
  });

  it('sends nothing when the signal is already aborted', async () => {
    const error = await createHttpClient({ baseUrl })
      .get('ok', { signal: AbortSignal.abort() })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FellesAbortError);
    expect(count('/ok')).toBe(0);
  });

  it('stops waiting between retries at once', async () => {
    const controller = new AbortController();
    const started = Date.now();
    const pending = createHttpClient({ baseUrl, retry: { maxDelayMs: 5000 } })
      .get('429-seconds', { signal: controller.signal })
      .catch((e: unknown) => e);
    setTimeout(() => controller.abort(), 100);
    expect(await pending).toBeInstanceOf(FellesAbortError);
    // Not the 1 s that Retry-After asked for.
    expect(Date.now() - started).toBeLessThan(900);
    expect(count('/429-seconds')).toBe(1);
  });
});
