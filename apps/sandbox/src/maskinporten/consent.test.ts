import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMaskinportenClient } from '@felles/client-maskinporten';
import { createRemoteJWKSet, importJWK, jwtVerify, SignJWT, type JWK, type JWTPayload } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from '../index.js';
import { consentPrefix, createConsentService } from '../samtykke/service.js';
import { createMaskinportenService, maskinportenPrefix, sandboxScopes } from './service.js';

interface TestClient {
  client_id: string;
  orgnr: string;
  kid: string;
  private_jwk: JWK;
}

const day = 86_400_000;
const clock = { now: new Date() };
let sandbox: RunningSandbox;
let issuer: string;
let demo: TestClient;
let other: TestClient;
beforeAll(async () => {
  sandbox = await startSandbox({
    port: 0,
    dataDir: mkdtempSync(join(tmpdir(), 'consent-token-')),
    services: [createConsentService({ now: () => clock.now, seed: false }), createMaskinportenService()],
  });
  issuer = `${sandbox.origin}${maskinportenPrefix}/`;
  demo = (await (await fetch(`${issuer}test/clients/felles-demo`)).json()) as TestClient;
  other = (await (await fetch(`${issuer}test/clients/felles-other-agency`)).json()) as TestClient;
});
afterAll(() => sandbox.close());

const company = 'urn:altinn:organization:identifier-no:926535897';
const person = 'urn:altinn:person:identifier-no:14838512470';
const orgUrn = (orgnr: string) => `urn:altinn:organization:identifier-no:${orgnr}`;

/** A consent request in the sandbox's store, taken through `actions` (accept, reject, revoke) in order. */
async function consent(actions: ('accept' | 'reject' | 'revoke')[], options: { to?: string; from?: string; validForMs?: number } = {}) {
  const id = crypto.randomUUID();
  const api = `${sandbox.origin}${consentPrefix}/consentrequests`;
  const created = await fetch(api, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      id,
      from: options.from ?? company,
      to: options.to ?? orgUrn(demo.orgnr),
      validTo: new Date(clock.now.getTime() + (options.validForMs ?? 30 * day)).toISOString(),
      consentRights: [{ action: ['consent'], resource: [{ type: 'urn:altinn:resource', value: 'skatteetaten-skatteattest' }] }],
    }),
  });
  expect(created.status).toBe(201);
  for (const action of actions) expect((await fetch(`${api}/${id}/${action}`, { method: 'POST' })).status).toBe(200);
  return { id, from: options.from ?? company };
}

async function grant(authorizationDetails: unknown, client = demo, extra: JWTPayload = {}) {
  const now = Math.floor(Date.now() / 1000);
  const assertion = await new SignJWT({
    aud: issuer,
    iss: client.client_id,
    scope: sandboxScopes.taxCertificate,
    iat: now,
    exp: now + 60,
    jti: crypto.randomUUID(),
    authorization_details: authorizationDetails,
    ...extra,
  })
    .setProtectedHeader({ alg: 'RS256', kid: client.kid })
    .sign(await importJWK(client.private_jwk, 'RS256'));
  const response = await fetch(`${issuer}token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const detail = (c: { id: string; from: string }) => [{ type: 'urn:altinn:consent', id: c.id, from: c.from }];

describe('consent tokens', () => {
  it('issues a token repeating an accepted consent, as Altinn describes it', async () => {
    const accepted = await consent(['accept']);
    const { status, body } = await grant(detail(accepted));
    expect(status).toBe(200);
    const { payload } = await jwtVerify(String(body['access_token']), createRemoteJWKSet(new URL(`${issuer}jwk`)), { issuer });
    expect(payload['authorization_details']).toEqual([
      {
        type: 'urn:altinn:consent',
        id: accepted.id,
        from: company,
        to: { authority: 'iso6523-actorid-upis', ID: `0192:${demo.orgnr}` },
        consented: expect.any(String),
        validTo: expect.any(String),
        consentRights: [{ action: ['consent'], resource: [{ type: 'urn:altinn:resource', value: 'skatteetaten-skatteattest' }] }],
      },
    ]);
    expect(payload['scope']).toBe(sandboxScopes.taxCertificate);
  });

  it('issues one for a person’s consent too', async () => {
    expect((await grant(detail(await consent(['accept'], { from: person })))).status).toBe(200);
  });

  it('does not let a consent token outlive its consent', async () => {
    const short = await consent(['accept'], { validForMs: 30_000 });
    const { body } = await grant(detail(short));
    expect(body['expires_in']).toBeLessThanOrEqual(30);
  });

  const refusals: [string, () => Promise<unknown>, RegExp][] = [
    ['a consent that does not exist', async () => detail({ id: crypto.randomUUID(), from: company }), /No consent .* was found/],
    ['a consent not answered yet', async () => detail(await consent([])), /has not been answered/],
    ['a rejected consent', async () => detail(await consent(['reject'])), /was rejected/],
    ['a revoked consent', async () => detail(await consent(['accept', 'revoke'])), /was revoked/],
    ['a consent named with another from', async () => detail({ id: (await consent(['accept'])).id, from: person }), /No consent .* was found/],
    [
      'a consent given to another organisation',
      async () => detail(await consent(['accept'], { to: orgUrn(other.orgnr) })),
      /not to the organisation owning felles-demo/,
    ],
    ['another type of authorization detail', async () => [{ type: 'urn:example:other', id: 'x' }], /Unsupported authorization_details type/],
    ['an entry without from', async () => [{ type: 'urn:altinn:consent', id: crypto.randomUUID() }], /needs "id" and "from"/],
    ['an entry with fields Altinn does not know', async () => [{ ...detail(await consent(['accept']))[0], to: 'x' }], /Unknown fields .*: to/],
    ['an empty list', async () => [], /non-empty array/],
  ];
  it.each(refusals)('refuses %s with invalid_authorization_details', async (_, make, description) => {
    const { status, body } = await grant(await make());
    expect(status).toBe(400);
    expect(body['error']).toBe('invalid_authorization_details');
    expect(String(body['error_description'])).toMatch(description);
  });

  it('refuses a consent once it has expired', async () => {
    const expiring = await consent(['accept'], { validForMs: 2 * day });
    expect((await grant(detail(expiring))).status).toBe(200);
    clock.now = new Date(clock.now.getTime() + 3 * day);
    try {
      expect(await grant(detail(expiring))).toMatchObject({ status: 400, body: { error_description: expect.stringMatching(/has expired/) } });
    } finally {
      clock.now = new Date();
    }
  });

  it('refuses the consent of another organisation’s client, asked for by the organisation it was not given to', async () => {
    const forDemo = await consent(['accept']);
    const { status, body } = await grant(detail(forDemo), other);
    expect(status).toBe(400);
    expect(String(body['error_description'])).toMatch(/not to the organisation owning felles-other-agency/);
  });
});

describe('@felles/client-maskinporten with consent tokens', () => {
  it('caches one token per consent, and a refusal is a MaskinportenError', async () => {
    let grants = 0;
    const client = createMaskinportenClient({
      issuer,
      clientId: demo.client_id,
      key: demo.private_jwk,
      request: {
        fetch: (input, init) => {
          if (String(input).endsWith('/token')) grants++;
          return fetch(input, init);
        },
      },
    });
    const [a, b] = [await consent(['accept']), await consent(['accept'])];
    const ask = (c: { id: string; from: string }) => client.getToken({ scope: sandboxScopes.taxCertificate, authorizationDetails: detail(c) });
    const first = await Promise.all([ask(a), ask(a), ask(a)]);
    expect(new Set(first.map((t) => t.accessToken)).size).toBe(1);
    const second = await ask(b);
    expect(second.accessToken).not.toBe(first[0]!.accessToken);
    expect((await ask(a)).accessToken).toBe(first[0]!.accessToken);
    // The same detail with its fields in another order is the same token.
    await client.getToken({ scope: sandboxScopes.taxCertificate, authorizationDetails: [{ from: a.from, id: a.id, type: 'urn:altinn:consent' }] });
    expect(grants).toBe(2);

    const rejected = await consent(['reject']);
    await expect(ask(rejected)).rejects.toMatchObject({ name: 'MaskinportenError', error: 'invalid_authorization_details', status: 400 });
  });
});
