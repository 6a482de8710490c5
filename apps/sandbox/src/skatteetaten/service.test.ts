import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMaskinportenClient } from '@felles/client-maskinporten';
import type { JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from '../index.js';
import { createMaskinportenService, maskinportenPrefix, sandboxScopes } from '../maskinporten/service.js';
import { consentPrefix, createConsentService } from '../samtykke/service.js';
import { createSkatteetatenService, skatteattestPath } from './service.js';

const day = 86_400_000;
const clock = { now: new Date() };
let sandbox: RunningSandbox;
let issuer: string;
let demo: { client_id: string; orgnr: string; private_jwk: JWK };
beforeAll(async () => {
  sandbox = await startSandbox({
    port: 0,
    dataDir: mkdtempSync(join(tmpdir(), 'skatteattest-')),
    services: [createConsentService({ now: () => clock.now, seed: false }), createMaskinportenService(), createSkatteetatenService()],
  });
  issuer = `${sandbox.origin}${maskinportenPrefix}/`;
  demo = (await (await fetch(`${issuer}test/clients/felles-demo`)).json()) as typeof demo;
});
afterAll(() => sandbox.close());

const restaurant = '926535897';
const orgUrn = (orgnr: string) => `urn:altinn:organization:identifier-no:${orgnr}`;

async function acceptedConsent(options: { from?: string; resource?: string; validForMs?: number; then?: 'revoke' } = {}) {
  const id = crypto.randomUUID();
  const api = `${sandbox.origin}${consentPrefix}/consentrequests`;
  const from = orgUrn(options.from ?? restaurant);
  await fetch(api, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      id,
      from,
      to: orgUrn(demo.orgnr),
      validTo: new Date(clock.now.getTime() + (options.validForMs ?? 30 * day)).toISOString(),
      consentRights: [{ action: ['consent'], resource: [{ type: 'urn:altinn:resource', value: options.resource ?? 'skatteetaten-skatteattest' }] }],
    }),
  });
  expect((await fetch(`${api}/${id}/accept`, { method: 'POST' })).status).toBe(200);
  return { id, from, revoke: () => fetch(`${api}/${id}/revoke`, { method: 'POST' }) };
}

const maskinporten = () => createMaskinportenClient({ issuer, clientId: demo.client_id, key: demo.private_jwk });
async function consentToken(consent: { id: string; from: string }) {
  const { accessToken } = await maskinporten().getToken({
    scope: sandboxScopes.taxCertificate,
    authorizationDetails: [{ type: 'urn:altinn:consent', id: consent.id, from: consent.from }],
  });
  return accessToken;
}
async function fetchCertificate(orgnr: string, token?: string) {
  const response = await fetch(`${sandbox.origin}${skatteattestPath}/${orgnr}`, token ? { headers: { authorization: `Bearer ${token}` } } : {});
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('the tax certificate provider', () => {
  it('hands out the company’s tax certificate on its accepted consent to the calling organisation', async () => {
    const { status, body } = await fetchCertificate(restaurant, await consentToken(await acceptedConsent()));
    expect(status).toBe(200);
    expect(body).toMatchObject({
      organisasjonsnummer: restaurant,
      navn: 'SMAKEBITEN KAFE AS',
      harRestanser: false,
      leverteOppgaver: { merverdiavgift: true, aMelding: true, skattemelding: true },
    });
    expect((body['krav'] as { kravtype: string }[]).map((k) => k.kravtype)).toEqual([
      'skatt',
      'merverdiavgift',
      'arbeidsgiveravgift',
      'forskuddstrekk',
    ]);
  });

  it('refuses without a token, and a token that is not Maskinporten’s, with 401', async () => {
    expect(await fetchCertificate(restaurant)).toMatchObject({ status: 401, body: { code: 'invalid-token' } });
    expect(await fetchCertificate(restaurant, 'eyJhbGciOiJub25lIn0.e30.')).toMatchObject({ status: 401 });
  });

  it('refuses a token without the scope, and a plain token without a consent, with 403', async () => {
    const { accessToken: demoScope } = await maskinporten().getToken({ scope: sandboxScopes.demo });
    expect(await fetchCertificate(restaurant, demoScope)).toMatchObject({ status: 403, body: { code: 'missing-scope' } });
    const { accessToken: plain } = await maskinporten().getToken({ scope: sandboxScopes.taxCertificate });
    expect(await fetchCertificate(restaurant, plain)).toMatchObject({ status: 403, body: { code: 'consent-required' } });
  });

  it('refuses a consent from another company than the one asked for', async () => {
    const token = await consentToken(await acceptedConsent());
    const other = await fetchCertificate('932384620', token);
    expect(other).toMatchObject({ status: 403, body: { code: 'consent-other-party' } });
    expect(String(other.body['message'])).toContain(orgUrn('932384620'));
  });

  it('refuses a consent that covers another resource', async () => {
    const token = await consentToken(await acceptedConsent({ resource: 'brreg-enhet-og-roller' }));
    expect(await fetchCertificate(restaurant, token)).toMatchObject({ status: 403, body: { code: 'consent-other-resource' } });
  });

  it('stops at the next fetch once the consent is withdrawn, though the token is still valid', async () => {
    const consent = await acceptedConsent();
    const token = await consentToken(consent);
    expect((await fetchCertificate(restaurant, token)).status).toBe(200);
    await consent.revoke();
    expect(await fetchCertificate(restaurant, token)).toMatchObject({ status: 403, body: { code: 'consent-revoked' } });
  });

  it('stops once the consent has expired', async () => {
    const consent = await acceptedConsent({ validForMs: 2 * day });
    const token = await consentToken(consent);
    clock.now = new Date(clock.now.getTime() + 3 * day);
    try {
      expect(await fetchCertificate(restaurant, token)).toMatchObject({ status: 403, body: { code: 'consent-expired' } });
    } finally {
      clock.now = new Date();
    }
  });
});
