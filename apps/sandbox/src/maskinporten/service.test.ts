import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMaskinportenClient, MaskinportenError } from '@felles/client-maskinporten';
import { createRemoteJWKSet, generateKeyPair, importJWK, jwtVerify, SignJWT, type JWK, type JWTPayload } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from '../index.js';
import { createMaskinportenService, maskinportenPrefix, sandboxScopes } from './service.js';

interface TestClient {
  client_id: string;
  orgnr: string;
  scopes: string[];
  kid: string;
  private_jwk: JWK;
  issuer: string;
}

let sandbox: RunningSandbox;
let demo: TestClient;
let limited: TestClient;
let issuer: string;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, dataDir: mkdtempSync(join(tmpdir(), 'maskinporten-')), services: [createMaskinportenService()] });
  issuer = `${sandbox.origin}${maskinportenPrefix}/`;
  demo = (await (await fetch(`${issuer}test/clients/felles-demo`)).json()) as TestClient;
  limited = (await (await fetch(`${issuer}test/clients/felles-limited`)).json()) as TestClient;
});
afterAll(() => sandbox.close());

/** A grant signed by hand, so each test can break one thing a client never would. */
async function grant(overrides: JWTPayload = {}, options: { client?: TestClient; kid?: string; key?: JWK } = {}) {
  const client = options.client ?? demo;
  const now = Math.floor(Date.now() / 1000);
  const key = await importJWK(options.key ?? client.private_jwk, 'RS256');
  return new SignJWT({
    aud: issuer,
    iss: client.client_id,
    scope: sandboxScopes.demo,
    iat: now,
    exp: now + 60,
    jti: crypto.randomUUID(),
    ...overrides,
  })
    .setProtectedHeader({ alg: 'RS256', kid: options.kid ?? client.kid })
    .sign(key);
}

async function postGrant(assertion: string) {
  const response = await fetch(`${issuer}token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** Counts the grants a client sends to the sandbox, metadata reads left out. */
function countingFetch() {
  const counter = { grants: 0 };
  const fetchFn: typeof fetch = (input, init) => {
    if (String(input).endsWith('/token')) counter.grants++;
    return fetch(input, init);
  };
  return { counter, fetchFn };
}

describe('metadata and test entry', () => {
  it('publishes the issuer with its trailing slash, the token endpoint and the JWKS', async () => {
    const metadata = await (await fetch(`${issuer}.well-known/oauth-authorization-server`)).json();
    expect(metadata).toMatchObject({ issuer, token_endpoint: `${issuer}token`, jwks_uri: `${issuer}jwk` });
  });

  it('hands out a private RSA JWK per test client, new at every start', () => {
    expect(demo.private_jwk).toMatchObject({ kty: 'RSA', kid: demo.kid, alg: 'RS256' });
    expect(demo.private_jwk.d).toBeTruthy();
    expect(limited.kid).not.toBe(demo.kid);
  });
});

describe('the token endpoint', () => {
  it('issues a signed JWT access token for a valid grant, checkable against the JWKS', async () => {
    const { status, body } = await postGrant(await grant({ resource: 'https://api.example/' }));
    expect(status).toBe(200);
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 120, scope: sandboxScopes.demo });
    const { payload } = await jwtVerify(String(body['access_token']), createRemoteJWKSet(new URL(`${issuer}jwk`)), {
      issuer,
      audience: 'https://api.example/',
    });
    expect(payload).toMatchObject({
      client_id: 'felles-demo',
      client_amr: 'private_key_jwt',
      consumer: { authority: 'iso6523-actorid-upis', ID: `0192:${demo.orgnr}` },
      scope: sandboxScopes.demo,
    });
  });

  const refusals: [string, () => Promise<string>, string, RegExp][] = [
    ['the wrong aud', () => grant({ aud: 'https://maskinporten.no/' }), 'invalid_grant', /audience/],
    [
      'an expired grant',
      () => grant({ iat: Math.floor(Date.now() / 1000) - 300, exp: Math.floor(Date.now() / 1000) - 180 }),
      'invalid_grant',
      /expired/,
    ],
    ['a grant living longer than 120 s', () => grant({ exp: Math.floor(Date.now() / 1000) + 121 }), 'invalid_grant', /at most 120/],
    ['an unknown kid', () => grant({}, { kid: 'not-registered' }), 'invalid_grant', /kid/],
    ['a signature by another key', async () => grant({}, { key: { ...limited.private_jwk, kid: demo.kid } }), 'invalid_grant', /signature/],
    ['an unknown client', () => grant({ iss: 'nobody' }), 'invalid_client', /Unknown client/],
    ['an unknown claim', () => grant({ pid: '12345678901' }), 'invalid_grant', /Unknown claims: pid/],
    [
      'a scope the client was not granted',
      () => grant({ scope: sandboxScopes.consentRead }, { client: limited }),
      'invalid_scope',
      /altinn:consentrequests.read/,
    ],
    ['a scope nobody knows', () => grant({ scope: 'made:up' }), 'invalid_scope', /made:up/],
    ['a grant without jti', () => grant({ jti: undefined }), 'invalid_grant', /jti/],
  ];
  it.each(refusals)('refuses %s with 400 and Maskinporten’s error shape', async (_, make, error, description) => {
    const { status, body } = await postGrant(await make());
    expect(status).toBe(400);
    expect(body['error']).toBe(error);
    expect(String(body['error_description'])).toMatch(description);
  });

  it('refuses a replayed jti', async () => {
    const assertion = await grant();
    expect((await postGrant(assertion)).status).toBe(200);
    const replay = await postGrant(assertion);
    expect(replay).toEqual({ status: 400, body: { error: 'invalid_grant', error_description: expect.stringMatching(/jti has been used/) } });
  });

  it('refuses another grant type and a body that is not a form', async () => {
    const wrongType = await fetch(`${issuer}token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials',
    });
    expect(await wrongType.json()).toMatchObject({ error: 'unsupported_grant_type' });
    const json = await fetch(`${issuer}token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(json.status).toBe(400);
  });
});

describe('@felles/client-maskinporten against the sandbox', () => {
  const create = (fetchFn: typeof fetch, extra: { refreshSkewSeconds?: number } = {}) =>
    createMaskinportenClient({ issuer, clientId: demo.client_id, key: demo.private_jwk, request: { fetch: fetchFn }, ...extra });

  it('sends one grant for 50 calls', async () => {
    const { counter, fetchFn } = countingFetch();
    const client = create(fetchFn);
    for (let i = 0; i < 50; i++) await client.getToken({ scope: sandboxScopes.demo });
    expect(counter.grants).toBe(1);
  });

  it('sends one grant for 50 concurrent calls (single-flight)', async () => {
    const { counter, fetchFn } = countingFetch();
    const client = create(fetchFn);
    const tokens = await Promise.all(
      Array.from({ length: 50 }, () => client.getToken({ scope: [sandboxScopes.consentRead, sandboxScopes.consentWrite] })),
    );
    expect(counter.grants).toBe(1);
    expect(new Set(tokens.map((t) => t.accessToken)).size).toBe(1);
  });

  it('renews a token before its exp', async () => {
    const { counter, fetchFn } = countingFetch();
    // Tokens live 120 s; with 119 s of skew one counts as spent after a second.
    const client = create(fetchFn, { refreshSkewSeconds: 119 });
    const first = await client.getToken({ scope: sandboxScopes.demo });
    expect((await client.getToken({ scope: sandboxScopes.demo })).accessToken).toBe(first.accessToken);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const renewed = await client.getToken({ scope: sandboxScopes.demo });
    expect(renewed.accessToken).not.toBe(first.accessToken);
    expect(renewed.expiresAt).toBeGreaterThan(Date.now() + 100_000);
    expect(counter.grants).toBe(2);
  });

  it('throws MaskinportenError for a scope the client was not granted', async () => {
    const client = createMaskinportenClient({ issuer, clientId: limited.client_id, key: limited.private_jwk });
    const error = await client.getToken({ scope: sandboxScopes.consentWrite }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MaskinportenError);
    expect(error).toMatchObject({ error: 'invalid_scope', status: 400 });
  });

  it('throws MaskinportenError when the key is not the registered one', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const client = createMaskinportenClient({ issuer, clientId: demo.client_id, key: privateKey, kid: demo.kid });
    await expect(client.getToken({ scope: sandboxScopes.demo })).rejects.toMatchObject({
      error: 'invalid_grant',
      error_description: expect.stringMatching(/signature/),
    });
  });
});
