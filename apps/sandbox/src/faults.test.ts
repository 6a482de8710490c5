import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FaultSyntaxError, parseFaults } from './faults.js';
import { startSandbox, type RunningSandbox } from './index.js';
import { sendJson } from './http-util.js';
import { mkdtempSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('parseFaults', () => {
  it('reads every fault and combinations', () => {
    expect(parseFaults('500')).toEqual([{ kind: 'status', status: 500 }]);
    expect(parseFaults('503')).toEqual([{ kind: 'status', status: 503 }]);
    expect(parseFaults('429')).toEqual([{ kind: 'status', status: 429, retryAfter: 1 }]);
    expect(parseFaults('429:3')).toEqual([{ kind: 'status', status: 429, retryAfter: 3 }]);
    expect(parseFaults('latency:800, shape')).toEqual([{ kind: 'latency', ms: 800 }, { kind: 'shape' }]);
    expect(parseFaults('malformed,timeout,network').map((f) => f.kind)).toEqual(['malformed', 'timeout', 'network']);
  });
  it('rejects what it does not know', () => {
    expect(() => parseFaults('418')).toThrow(FaultSyntaxError);
    expect(() => parseFaults('latency')).toThrow(/milliseconds/);
    expect(() => parseFaults('latency:soon')).toThrow(FaultSyntaxError);
    expect(() => parseFaults('500:2')).toThrow(/no argument/);
  });
});

// A service that answers every request with what it saw, so faults can be told from normal answers.
const seen: string[] = [];
const echo = () => ({
  name: 'echo',
  prefix: '/echo/api',
  handle: (_req: IncomingMessage, res: ServerResponse, url: URL) => {
    seen.push(url.pathname + url.search);
    sendJson(res, 200, { ok: true, path: url.pathname, search: url.search });
  },
});
const other = () => ({ name: 'other', prefix: '/echo', handle: (_q: unknown, res: ServerResponse) => sendJson(res, 200, { other: true }) });

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, dataDir: mkdtempSync(join(tmpdir(), 'sandbox-')), services: [other, echo] });
});
afterAll(() => sandbox.close());
beforeEach(async () => {
  seen.length = 0;
  await fetch(`${sandbox.origin}/__sandbox/faults`, { method: 'DELETE' });
  await fetch(`${sandbox.origin}/__sandbox/requests`, { method: 'DELETE' });
});

const get = (path: string, init?: RequestInit) => fetch(`${sandbox.origin}${path}`, init);

describe('routing', () => {
  it('lists services and routes by the longest prefix, keeping the prefix in the path', async () => {
    expect(sandbox.services.map((s) => s.url)).toEqual([`${sandbox.origin}/echo/api`, `${sandbox.origin}/echo`]);
    expect(await (await get('/echo/api/x?a=1')).json()).toEqual({ ok: true, path: '/echo/api/x', search: '?a=1' });
    expect(await (await get('/echo/y')).json()).toEqual({ other: true });
    expect((await get('/nothing')).status).toBe(404);
  });
});

describe('faults per request', () => {
  it('500 and 503 as JSON errors', async () => {
    const r500 = await get('/echo/api/x?__fault=500');
    expect(r500.status).toBe(500);
    expect(await r500.json()).toMatchObject({ status: 500 });
    const r503 = await get('/echo/api/x', { headers: { 'x-felles-fault': '503' } });
    expect(r503.status).toBe(503);
    expect(seen).toEqual([]);
  });

  it('429 with Retry-After 1 by default, or the seconds asked for', async () => {
    const a = await get('/echo/api/x?__fault=429');
    expect([a.status, a.headers.get('retry-after')]).toEqual([429, '1']);
    const b = await get('/echo/api/x?__fault=429:3');
    expect([b.status, b.headers.get('retry-after')]).toEqual([429, '3']);
  });

  it('malformed answers 200 with JSON that does not parse', async () => {
    const res = await get('/echo/api/x?__fault=malformed');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    const text = await res.text();
    expect(() => JSON.parse(text)).toThrow(SyntaxError);
  });

  it('shape answers 200 with valid JSON of another shape', async () => {
    const res = await get('/echo/api/x?__fault=shape');
    expect(res.status).toBe(200);
    expect(await res.json()).not.toHaveProperty('ok');
  });

  it('latency delays, then the service answers; __fault is hidden from the service', async () => {
    const started = Date.now();
    const res = await get('/echo/api/x?a=1&__fault=latency:300');
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(await res.json()).toMatchObject({ ok: true, search: '?a=1' });
  });

  it('latency combines with a status', async () => {
    const started = Date.now();
    const res = await get('/echo/api/x?__fault=latency:200,500');
    expect(res.status).toBe(500);
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
  });

  it('timeout never answers until the client gives up', async () => {
    const started = Date.now();
    const error = await get('/echo/api/x?__fault=timeout', { signal: AbortSignal.timeout(400) }).catch((e: Error) => e);
    expect((error as Error).name).toBe('TimeoutError');
    expect(Date.now() - started).toBeGreaterThanOrEqual(390);
  });

  it('network destroys the socket', async () => {
    await expect(get('/echo/api/x?__fault=network')).rejects.toThrow(TypeError);
  });

  it('400 for an unknown fault, so a typo in a test shows', async () => {
    const res = await get('/echo/api/x?__fault=teapot');
    expect(res.status).toBe(400);
    expect((await res.json()).message).toContain('Unknown fault');
  });
});

describe('programmed faults', () => {
  const program = (body: unknown) =>
    get('/__sandbox/faults', { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });

  it('fails exactly the next N requests of the named service, then recovers', async () => {
    expect((await program({ service: 'echo', fault: '500', count: 2 })).status).toBe(201);
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await get('/echo/api/x')).status);
    expect(statuses).toEqual([500, 500, 200, 200]);
    // Other services are untouched.
    await program({ service: 'echo', fault: '503', count: 1 });
    expect((await get('/echo/y')).status).toBe(200);
    expect((await get('/echo/api/x')).status).toBe(503);
  });

  it('runs entries in the order they were added and lists what remains', async () => {
    await program({ service: 'echo', fault: '429:2', count: 1 });
    await program({ service: 'echo', fault: 'shape', count: 2 });
    expect(await (await get('/__sandbox/faults')).json()).toEqual({
      faults: [
        { service: 'echo', fault: '429:2', remaining: 1 },
        { service: 'echo', fault: 'shape', remaining: 2 },
      ],
    });
    const first = await get('/echo/api/x');
    expect([first.status, first.headers.get('retry-after')]).toEqual([429, '2']);
    expect(await (await get('/echo/api/x')).json()).not.toHaveProperty('ok');
    expect(await (await get('/__sandbox/faults')).json()).toEqual({ faults: [{ service: 'echo', fault: 'shape', remaining: 1 }] });
  });

  it('DELETE clears them', async () => {
    await program({ service: 'echo', fault: '500', count: 5 });
    expect((await get('/__sandbox/faults', { method: 'DELETE' })).status).toBe(204);
    expect((await get('/echo/api/x')).status).toBe(200);
  });

  it('rejects an unknown service, fault or count', async () => {
    expect((await program({ service: 'nope', fault: '500' })).status).toBe(400);
    expect((await program({ service: 'echo', fault: 'teapot' })).status).toBe(400);
    expect((await program({ service: 'echo', fault: '500', count: 0 })).status).toBe(400);
    expect((await get('/__sandbox/faults', { method: 'POST', body: 'not json' })).status).toBe(400);
  });

  it('counts requests per service', async () => {
    await get('/echo/api/a');
    await get('/echo/api/b?__fault=500');
    await get('/echo/c');
    expect(await (await get('/__sandbox/requests')).json()).toEqual({ echo: 2, other: 1 });
  });
});

describe('CORS', () => {
  it('allows loopback origins and exposes Retry-After', async () => {
    const res = await get('/echo/api/x?__fault=429', { headers: { origin: 'http://localhost:6006' } });
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:6006');
    expect(res.headers.get('access-control-expose-headers')).toContain('Retry-After');
  });

  it('answers a preflight without applying faults or reaching the service', async () => {
    await get('/__sandbox/faults', { method: 'POST', body: JSON.stringify({ service: 'echo', fault: '500', count: 1 }) });
    const res = await get('/echo/api/x', {
      method: 'OPTIONS',
      headers: { origin: 'http://127.0.0.1:51234', 'access-control-request-method': 'GET', 'access-control-request-headers': 'x-felles-fault' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-headers')).toBe('x-felles-fault');
    expect(seen).toEqual([]);
    // The programmed fault is still there for the real request.
    expect((await get('/echo/api/x')).status).toBe(500);
  });

  it('gives other origins no CORS headers', async () => {
    const res = await get('/echo/api/x', { headers: { origin: 'https://evil.example' } });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });
});
