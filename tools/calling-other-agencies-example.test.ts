import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { altinnFor, askForConsent, mayActFor, taxCertificate, type Setup } from '../docs/examples/calling-other-agencies.js';
import { startSandbox, type RunningSandbox } from './sandbox.js';

/** The examples of docs/calling-other-agencies.mdx, run against the sandbox as written. */
let sandbox: RunningSandbox;
let setup: Setup;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, dataDir: mkdtempSync(join(tmpdir(), 'agencies-')) });
  const issuer = `${sandbox.origin}/maskinporten/`;
  const demo = (await (await fetch(`${issuer}test/clients/felles-demo`)).json()) as { client_id: string; private_jwk: JsonWebKey & { kid: string } };
  setup = {
    maskinportenIssuer: issuer,
    clientId: demo.client_id,
    key: demo.private_jwk,
    registerUrl: sandbox.origin,
    altinnPlatform: sandbox.origin,
    taxCertificateUrl: `${sandbox.origin}/skatteetaten/api/skatteattest/v1`,
    scopes: { roles: 'felles:sandbox.enhetsregisteret.roller', taxCertificate: 'felles:sandbox.skatteattest' },
  };
}, 60_000);
afterAll(() => sandbox?.close());

const restaurant = '926535897';
const kari = '14838512470';
const ola = '02917923453';

describe('the examples of "Calling other agencies"', () => {
  it('checks who may act for a company in the authorised roles', async () => {
    expect(await mayActFor(setup, restaurant, kari)).toBe(true);
    expect(await mayActFor(setup, restaurant, ola)).toBe(false);
  });

  it('asks for consent at Altinn, and fetches the tax certificate once it is accepted, not before', async () => {
    const viewUri = await askForConsent(setup, restaurant, '310000019', 'http://127.0.0.1:4020/soknad/samtykke');
    const id = new URL(viewUri).searchParams.get('id')!;
    const pending = await altinnFor(setup).getRequest(id);
    await expect(taxCertificate(setup, pending, restaurant)).rejects.toThrow(/has not been answered/);

    // The person's decision on viewUri, recorded as the sandbox's consent page records it.
    await fetch(`${sandbox.origin}/samtykke/api/v1/consentrequests/${id}/accept`, { method: 'POST' });
    const accepted = await altinnFor(setup).getRequest(id);
    expect(accepted.status).toBe('accepted');
    expect(await taxCertificate(setup, accepted, restaurant)).toMatchObject({ organisasjonsnummer: restaurant, harRestanser: false });
  });
});
