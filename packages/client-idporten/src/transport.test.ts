import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FellesResponseTooLargeError } from '@felles/client-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createIdportenClient } from './index.js';

/** A provider on a real socket whose discovery document never ends. */
const mib = 1024 * 1024;
let streamed = 0;
const server = createServer((req, res) => {
  req.resume();
  res.writeHead(200, { 'content-type': 'application/json' });
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  let closed = false;
  res.on('close', () => {
    closed = true;
    res.emit('drain');
  });
  void (async () => {
    res.write('{"issuer":"');
    while (!closed && streamed < 400 * mib) {
      streamed += chunk.length;
      if (!res.write(chunk)) await new Promise((resolve) => res.once('drain', resolve));
    }
    if (!closed) res.end('"}');
  })();
});
let issuer = '';
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}/idporten`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

it('stops reading a provider answer past the limit, counted while it streams', async () => {
  const client = createIdportenClient({
    issuer,
    clientId: 'my-service',
    redirectUri: 'http://127.0.0.1/auth/callback',
    clientAuth: { method: 'client_secret_basic', clientSecret: 's3cret' },
    maxResponseBytes: 2 * mib,
  });
  const started = Date.now();
  const error = await client.metadata().catch((e: unknown) => e);
  expect(error).toBeInstanceOf(FellesResponseTooLargeError);
  expect(Date.now() - started).toBeLessThan(1500);
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(streamed).toBeLessThan(30 * mib);
});
