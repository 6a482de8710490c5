import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createIdportenBrowserClient, type TransientStorage } from '@felles/client-idporten/browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../index.js';
import { isLoopbackRedirectUri, loopbackClientId } from './loopback-client.js';
import { Browserless } from './testing/browserless.js';
import { startIdportenSandbox } from './testing/fixtures.js';

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startIdportenSandbox();
});
afterAll(() => sandbox.close());

function memoryStorage(): TransientStorage {
  const map = new Map<string, string>();
  return { getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
}

/** A service team's own app: an HTTP server on a free port that finishes the login at its callback (any path). */
async function startOwnApp(issuer: string, callbackPath = '/auth/idporten/callback') {
  const own: { client?: ReturnType<typeof createIdportenBrowserClient> } = {};
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    if (url.pathname !== callbackPath || !own.client) return void res.writeHead(404).end();
    own.client.handleCallback(url).then(
      (login) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(login.claims)),
      (error: unknown) => res.writeHead(400).end(String(error)),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const redirectUri = `http://127.0.0.1:${port}${callbackPath}`;
  own.client = createIdportenBrowserClient({ issuer, clientId: loopbackClientId, redirectUri, storage: memoryStorage(), navigate: () => {} });
  return { client: own.client, port, redirectUri, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe(`the loopback client "${loopbackClientId}"`, () => {
  it('logs a person in to an app on a random port with the authorization code flow and PKCE, no registration', async () => {
    const app = await startOwnApp(`${sandbox.origin}/idporten`);
    try {
      const { url } = await app.client.createLogin();
      const authorize = new URL(url);
      expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
      expect(authorize.searchParams.get('redirect_uri')).toBe(app.redirectUri);

      const { callbackUrl } = await new Browserless(sandbox.origin).login(url, { person: 'ola' });
      expect(callbackUrl.startsWith(`${app.redirectUri}?`)).toBe(true);
      // The app itself completes the login (code exchange with the verifier, ID token checks).
      const response = await fetch(callbackUrl);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ pid: '02917923453', aud: loopbackClientId, level: 'substantial' });
    } finally {
      await app.close();
    }
  });

  it.each(['https://evil.example/cb', 'http://evil.example/cb', 'http://127.0.0.1.evil.example/cb', 'http://user@127.0.0.1:3000/cb'])(
    'refuses the redirect URI %s',
    async (redirectUri) => {
      // The authorization request a loopback app makes, pointed elsewhere (the client library itself refuses http off loopback).
      const client = createIdportenBrowserClient({
        issuer: `${sandbox.origin}/idporten`,
        clientId: loopbackClientId,
        redirectUri: 'http://127.0.0.1:3000/callback',
        storage: memoryStorage(),
        navigate: () => {},
      });
      const url = new URL((await client.createLogin()).url);
      url.searchParams.set('redirect_uri', redirectUri);
      const response = await fetch(url, { redirect: 'manual' });
      // Never sent there: the provider answers with its own error page.
      expect(response.headers.get('location')).toBeNull();
      expect(response.status).toBe(400);
      expect(await response.text()).toContain('redirect_uri');
    },
  );

  it('accepts only http on a loopback host', () => {
    expect(isLoopbackRedirectUri('http://localhost:5173/auth/callback')).toBe(true);
    expect(isLoopbackRedirectUri('http://[::1]:8080/')).toBe(true);
    expect(isLoopbackRedirectUri('https://localhost:5173/cb')).toBe(false);
    expect(isLoopbackRedirectUri('http://localhost:5173/cb#x')).toBe(false);
    expect(isLoopbackRedirectUri('javascript:alert(1)')).toBe(false);
  });
});
