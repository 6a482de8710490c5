import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from '../../sandbox/src/index.js';
import { demoMaskinporten } from '../src/maskinporten.js';
import { createTaxCertificateClient, type TaxCertificateClient } from '../src/steps/licence/tax-certificate.js';

/**
 * The demo's tax certificate client against the sandbox's Maskinporten and skatteattest provider: what
 * each refusal becomes, so the licence step can tell a consent that does not stand (stop, and say so)
 * from a provider that is down (keep the consent, try again later).
 */
let sandbox: RunningSandbox;
let dataDir: string;
let certificates: TaxCertificateClient;
let demoOrgnr: string;
const restaurant = '926535897';
const urn = (orgnr: string) => `urn:altinn:organization:identifier-no:${orgnr}`;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'felles-tax-certificate-'));
  sandbox = await startSandbox({ port: 0, dataDir });
  const issuer = `${sandbox.origin}/maskinporten/`;
  demoOrgnr = ((await (await fetch(`${issuer}test/clients/felles-demo`)).json()) as { orgnr: string }).orgnr;
  certificates = createTaxCertificateClient({
    baseUrl: `${sandbox.origin}/skatteetaten/api/skatteattest/v1`,
    scope: 'felles:sandbox.skatteattest',
    maskinporten: demoMaskinporten({ issuer, timeoutMs: 5_000 }),
    timeoutMs: 5_000,
  });
});
afterAll(async () => {
  await sandbox.close();
  await rm(dataDir, { recursive: true, force: true });
});

/** A consent request from `from` to the demo's organisation in the sandbox's store, taken through `then`. */
async function consent(then: ('accept' | 'reject' | 'revoke')[], from = restaurant): Promise<{ id: string; from: string }> {
  const id = crypto.randomUUID();
  const api = `${sandbox.origin}/samtykke/api/v1/consentrequests`;
  const created = await fetch(api, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      id,
      from: urn(from),
      to: urn(demoOrgnr),
      validTo: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      consentRights: [{ action: ['consent'], resource: [{ type: 'urn:altinn:resource', value: 'skatteetaten-skatteattest' }] }],
    }),
  });
  expect(created.status).toBe(201);
  for (const step of then) expect((await fetch(`${api}/${id}/${step}`, { method: 'POST' })).status).toBe(200);
  return { id, from: urn(from) };
}

describe("the demo's tax certificate client", () => {
  it('fetches the certificate with a consent token for an accepted consent', async () => {
    const outcome = await certificates.fetch(await consent(['accept']), restaurant);
    expect(outcome).toMatchObject({ kind: 'fetched', certificate: { organisasjonsnummer: restaurant, harRestanser: false } });
  });

  it.each([
    ['pending', [] as const],
    ['rejected', ['reject'] as const],
    ['revoked', ['accept', 'revoke'] as const],
  ])('takes a %s consent as refused: Maskinporten gives no consent token', async (_, steps) => {
    expect(await certificates.fetch(await consent([...steps]), restaurant)).toEqual({ kind: 'refused', reason: 'invalid_authorization_details' });
  });

  it("takes a certificate asked for another company than the consent's as refused by the provider", async () => {
    const outcome = await certificates.fetch(await consent(['accept']), '958935420');
    expect(outcome.kind).toBe('refused');
  });

  it('takes a provider that is down as unavailable, not as a refusal, so the consent is kept', async () => {
    const given = await consent(['accept']);
    await fetch(`${sandbox.origin}/__sandbox/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ service: 'skatteetaten', fault: '503', count: 1 }),
    });
    expect((await certificates.fetch(given, restaurant)).kind).toBe('unavailable');
    expect((await certificates.fetch(given, restaurant)).kind).toBe('fetched');
  });
});
