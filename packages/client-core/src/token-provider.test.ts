import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpClient } from './index.js';

describe('tokenProvider', () => {
  const seen: IncomingHttpHeaders[] = [];
  let statuses: number[] = [];
  const server = createServer((req, res) => {
    seen.push(req.headers);
    res.writeHead(statuses.shift() ?? 200, { 'content-type': 'application/json' }).end('{}');
  });
  let baseUrl = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('sends Authorization: Bearer and asks the provider again on each attempt', async () => {
    let n = 0;
    statuses = [503];
    const http = createHttpClient({ baseUrl, retry: { retries: 1, baseDelayMs: 1 }, tokenProvider: { getToken: async () => `t${++n}` } });
    seen.length = 0;
    await http.get('/x');
    expect(seen.map((h) => h.authorization)).toEqual(['Bearer t1', 'Bearer t2']);
  });

  it('leaves a request’s own Authorization header alone', async () => {
    const http = createHttpClient({ baseUrl, tokenProvider: { getToken: async () => 'from-provider' } });
    seen.length = 0;
    await http.get('/x', { headers: { Authorization: 'Basic abc' } });
    expect(seen[0]?.authorization).toBe('Basic abc');
  });
});
