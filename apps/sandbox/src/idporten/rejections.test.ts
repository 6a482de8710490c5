import {
  IdportenConfigurationError,
  IdportenExpiredTokenError,
  IdportenInsufficientAcrError,
  IdportenInvalidResponseError,
  IdportenIssuerMismatchError,
  IdportenNonceMismatchError,
  IdportenProviderError,
  IdportenStateMismatchError,
  createIdportenClient,
} from '@felles/client-idporten';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RunningSandbox } from '../index.js';
import { Browserless } from './testing/browserless.js';
import { startIdportenSandbox, testClient } from './testing/fixtures.js';

let sandbox: RunningSandbox;
let other: RunningSandbox;

beforeAll(async () => {
  [sandbox, other] = await Promise.all([startIdportenSandbox(), startIdportenSandbox()]);
});
afterAll(() => Promise.all([sandbox.close(), other.close()]));

async function loggedInCallback(options: { acr?: 'substantial' | 'high'; level?: 'substantial' | 'high' } = {}) {
  const client = testClient(sandbox.origin);
  const login = await client.createLogin({ acr: options.acr ?? 'substantial' });
  const { callbackUrl } = await new Browserless(sandbox.origin).login(login.url, { level: options.level });
  return { client, login, callbackUrl };
}

describe('the client rejects', () => {
  it('a tampered state', async () => {
    const { client, login, callbackUrl } = await loggedInCallback();
    const tampered = new URL(callbackUrl);
    tampered.searchParams.set('state', `${login.state}x`);
    await expect(client.handleCallback(tampered, login)).rejects.toBeInstanceOf(IdportenStateMismatchError);
    // Nor does a callback pass against the values of another login.
    const otherLogin = await client.createLogin();
    await expect(client.handleCallback(callbackUrl, otherLogin)).rejects.toMatchObject({ code: 'idporten.state_mismatch' });
  });

  it('a wrong nonce', async () => {
    const { client, login, callbackUrl } = await loggedInCallback();
    await expect(client.handleCallback(callbackUrl, { ...login, nonce: 'not-the-nonce-that-was-sent' })).rejects.toBeInstanceOf(
      IdportenNonceMismatchError,
    );
  });

  it('substantial when high was required, even if the authorization URL was downgraded', async () => {
    const client = testClient(sandbox.origin);
    const login = await client.createLogin({ acr: 'high' });
    // The person (or an attacker) edits acr_values before going to ID-porten.
    const downgraded = new URL(login.url);
    downgraded.searchParams.set('acr_values', 'idporten-loa-substantial');
    const { callbackUrl } = await new Browserless(sandbox.origin).login(downgraded.href, { level: 'substantial' });
    const error = await client.handleCallback(callbackUrl, login).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IdportenInsufficientAcrError);
    expect(error).toMatchObject({ required: 'idporten-loa-high', actual: 'idporten-loa-substantial', code: 'idporten.insufficient_acr' });
  });

  it('accepts high when substantial was required (and Level3 as an old name for substantial)', async () => {
    const { client, login, callbackUrl } = await loggedInCallback({ acr: 'substantial', level: 'high' });
    const result = await client.handleCallback(callbackUrl, { ...login, acr: 'Level3' });
    expect(result.claims.acr).toBe('idporten-loa-high');
  });

  it('a callback from another issuer (mix-up), even with the right state', async () => {
    const client = testClient(sandbox.origin);
    const login = await client.createLogin();
    // The same authorization request, answered by another provider.
    const elsewhere = new URL(login.url);
    const otherOrigin = new URL(other.origin);
    elsewhere.host = otherOrigin.host;
    const { callbackUrl } = await new Browserless(other.origin).login(elsewhere.href);
    expect(new URL(callbackUrl).searchParams.get('state')).toBe(login.state);
    const error = await client.handleCallback(callbackUrl, login).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IdportenIssuerMismatchError);
    expect(error).toMatchObject({ expected: `${sandbox.origin}/idporten`, actual: `${other.origin}/idporten` });
  });

  it('a callback without iss', async () => {
    const { client, login, callbackUrl } = await loggedInCallback();
    const stripped = new URL(callbackUrl);
    stripped.searchParams.delete('iss');
    await expect(client.handleCallback(stripped, login)).rejects.toMatchObject({ code: 'idporten.issuer_mismatch', actual: undefined });
  });

  it('a replayed code', async () => {
    const { client, login, callbackUrl } = await loggedInCallback();
    await client.handleCallback(callbackUrl, login);
    const error = await client.handleCallback(callbackUrl, login).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IdportenProviderError);
    expect(error).toMatchObject({ error: 'invalid_grant', source: 'token', status: 400 });
  });

  it('a code exchanged with the wrong PKCE verifier', async () => {
    const { client, login, callbackUrl } = await loggedInCallback();
    const error = await client.handleCallback(callbackUrl, { ...login, codeVerifier: 'x'.repeat(43) }).catch((e: unknown) => e);
    expect(error).toMatchObject({ error: 'invalid_grant', source: 'token' });
  });

  it('an expired ID token', async () => {
    const now = Date.now();
    const spy = vi.spyOn(Date, 'now');
    try {
      const client = testClient(sandbox.origin, 'felles-test-post', {
        // Two hours pass between the provider's answer and the client's checks.
        fetch: async (input, init) => {
          const response = await fetch(input, init);
          if (String(input).endsWith('/token')) spy.mockReturnValue(now + 2 * 60 * 60 * 1000);
          return response;
        },
      });
      const login = await client.createLogin();
      const { callbackUrl } = await new Browserless(sandbox.origin).login(login.url);
      await expect(client.handleCallback(callbackUrl, login)).rejects.toBeInstanceOf(IdportenExpiredTokenError);
    } finally {
      spy.mockRestore();
    }
  });

  it('an ID token whose pid was changed (signature checked against the JWKS)', async () => {
    const client = testClient(sandbox.origin, 'felles-test-post', {
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        if (!String(input).endsWith('/token')) return response;
        const body = (await response.json()) as { id_token: string };
        const [header, payload, signature] = body.id_token.split('.') as [string, string, string];
        const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
        claims.pid = '02917923453';
        body.id_token = [header, Buffer.from(JSON.stringify(claims)).toString('base64url'), signature].join('.');
        return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
      },
    });
    const login = await client.createLogin();
    const { callbackUrl } = await new Browserless(sandbox.origin).login(login.url);
    await expect(client.handleCallback(callbackUrl, login)).rejects.toBeInstanceOf(IdportenInvalidResponseError);
  });

  it('a wrong client secret, as a provider error', async () => {
    const client = testClient(sandbox.origin, 'felles-test-post', {
      clientAuth: { method: 'client_secret_post', clientSecret: 'wrong' },
    });
    const login = await client.createLogin();
    const { callbackUrl } = await new Browserless(sandbox.origin).login(login.url);
    await expect(client.handleCallback(callbackUrl, login)).rejects.toMatchObject({ error: 'invalid_client', source: 'token' });
  });

  it('an http issuer that is not loopback', () => {
    expect(() =>
      createIdportenClient({
        issuer: 'http://idporten.example',
        clientId: 'x',
        redirectUri: 'https://service.example/callback',
        clientAuth: { method: 'client_secret_post', clientSecret: 'x' },
      }),
    ).toThrow(IdportenConfigurationError);
  });
});
