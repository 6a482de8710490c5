import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FellesRedirectError, FellesResponseTooLargeError, createHttpClient, readBody } from './index.js';

/**
 * Two real servers on two origins: the API, whose routes redirect or answer too much, and "other",
 * which records everything that reaches it: nothing should.
 */
const mib = 1024 * 1024;
const atOther: { method?: string; headers: IncomingMessage['headers']; body: string }[] = [];
let streamed = 0;

const other = createServer((req, res) => {
  let body = '';
  req.on('data', (chunk: Buffer) => (body += chunk.toString()));
  req.on('end', () => {
    atOther.push({ method: req.method, headers: req.headers, body });
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"stolen":true}');
  });
});

/** Writes `total` bytes in 64 KiB chunks, waiting for the socket to drain, until the client hangs up. */
async function stream(res: ServerResponse, total: number): Promise<void> {
  const chunk = Buffer.alloc(64 * 1024, 0x61);
  let closed = false;
  res.on('close', () => {
    closed = true;
    res.emit('drain');
  });
  while (!closed && streamed < total) {
    streamed += chunk.length;
    if (!res.write(chunk)) await new Promise((resolve) => res.once('drain', resolve));
  }
  if (!closed) res.end();
}

let otherOrigin = '';
const api: Server = createServer((req, res) => {
  req.resume();
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  if (path === '/307') {
    res.writeHead(307, { location: `${otherOrigin}/steal` });
    res.end();
  } else if (path === '/302') {
    res.writeHead(302, { location: `${otherOrigin}/steal` });
    res.end();
  } else if (path === '/303') {
    res.writeHead(303, { location: '/created/1' });
    res.end();
  } else if (path === '/huge') {
    // Chunked, no Content-Length: only counting while reading can stop it.
    res.writeHead(200, { 'content-type': 'application/json' });
    void stream(res, 400 * mib);
  } else if (path === '/huge-declared') {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(400 * mib) });
    void stream(res, 400 * mib);
  } else {
    const size = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('size') ?? 10);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify('x'.repeat(size - 2)));
  }
});

const listen = async (server: Server) => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
};
let baseUrl = '';
beforeAll(async () => {
  otherOrigin = await listen(other);
  baseUrl = await listen(api);
});
afterAll(async () => {
  for (const server of [api, other]) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});
beforeEach(() => {
  atOther.length = 0;
  streamed = 0;
});

describe('redirects', () => {
  it('does not follow a 307 to another origin, so the API key and the body never reach it', async () => {
    const client = createHttpClient({ baseUrl, headers: { 'x-api-key': 'secret' }, retry: false });
    const error = await client
      .request({ method: 'POST', path: '307', body: { fodselsnummer: '01010112345' }, idempotencyKey: 'key-1' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FellesRedirectError);
    expect(error).toMatchObject({ code: 'redirect', status: 307, location: `${otherOrigin}/steal` });
    expect(atOther).toEqual([]);
  });

  it('does not follow a 302 on a GET, and does not retry it', async () => {
    const error = await createHttpClient({ baseUrl, headers: { authorization: 'Bearer t' } })
      .get('302')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FellesRedirectError);
    expect(atOther).toEqual([]);
  });

  it('returns a redirect as data when the caller accepts its status', async () => {
    const response = await createHttpClient({ baseUrl }).request({ method: 'POST', path: '303', accept: (s) => s === 303 });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/created/1');
  });
});

describe('response size limit', () => {
  it('refuses a 400 MiB answer quickly, holding no more than the limit', async () => {
    const before = process.memoryUsage().arrayBuffers;
    const started = Date.now();
    const error = await createHttpClient({ baseUrl, retry: false })
      .get('huge')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FellesResponseTooLargeError);
    expect(error).toMatchObject({ code: 'too_large', limitBytes: 8 * mib });
    // Generous for a busy machine; reading all of it takes seconds.
    expect(Date.now() - started).toBeLessThan(1500);
    // The connection was closed: the server stopped a little past the limit, not at 400 MiB.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(streamed).toBeLessThan(40 * mib);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(64 * mib);
  });

  it('refuses a declared Content-Length above the limit before reading', async () => {
    const error = await createHttpClient({ baseUrl, retry: false, maxResponseBytes: mib })
      .get('huge-declared')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FellesResponseTooLargeError);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(streamed).toBeLessThan(20 * mib);
  });

  it('takes a limit per client and per call', async () => {
    const client = createHttpClient({ baseUrl, maxResponseBytes: 100 });
    await expect(client.get('sized', { query: { size: 100 } })).resolves.toHaveLength(98);
    await expect(client.get('sized', { query: { size: 101 } })).rejects.toBeInstanceOf(FellesResponseTooLargeError);
    await expect(client.get('sized', { query: { size: 101 }, maxResponseBytes: 200 })).resolves.toHaveLength(99);
    await expect(client.get('sized', { query: { size: 5000 }, maxResponseBytes: 0 })).resolves.toHaveLength(4998);
  });

  it('is not retried: the same answer would be as large again', async () => {
    const client = createHttpClient({ baseUrl, maxResponseBytes: 10, retry: { retries: 3, baseDelayMs: 1 } });
    const error = await client.get('sized', { query: { size: 11 } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FellesResponseTooLargeError);
  });

  it('readBody joins the chunks of a stream in order', async () => {
    const parts = ['{"a":', '[1,2', ',3]}'];
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const part of parts) controller.enqueue(new TextEncoder().encode(part));
        controller.close();
      },
    });
    expect(new TextDecoder().decode(await readBody(new Response(body), 100))).toBe('{"a":[1,2,3]}');
    await expect(readBody(new Response('x'.repeat(101)), 100)).rejects.toBeInstanceOf(FellesResponseTooLargeError);
  });
});
