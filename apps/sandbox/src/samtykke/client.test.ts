import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FellesValidationError } from '@felles/client-core';
import { ConsentConflictError, createConsentClient, type ConsentRequestInput } from '@felles/client-samtykke';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from '../index.js';
import { SEED_PERSON, SERVERINGSBEVILLING_CONSENT_ID } from './seed.js';
import { consentPrefix, createConsentService } from './service.js';

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, dataDir: mkdtempSync(join(tmpdir(), 'samtykke-client-')), services: [createConsentService()] });
});
afterAll(() => sandbox.close());
beforeEach(async () => {
  await fetch(`${sandbox.origin}/__sandbox/requests`, { method: 'DELETE' });
});

const requestsSeen = async () => ((await (await fetch(`${sandbox.origin}/__sandbox/requests`)).json()) as { samtykke: number }).samtykke;
const program = (fault: string, count = 1) =>
  fetch(`${sandbox.origin}/__sandbox/faults`, { method: 'POST', body: JSON.stringify({ service: 'samtykke', fault, count }) });
const client = () => createConsentClient({ baseUrl: `${sandbox.origin}${consentPrefix}`, retry: { baseDelayMs: 10, maxDelayMs: 50 } });

describe('the consent client against the sandbox', () => {
  it('creates, reads, lists, accepts through a 503 (recorded once) and revokes', async () => {
    const consent = client();
    const input: ConsentRequestInput = {
      id: '6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d',
      from: SEED_PERSON,
      to: 'urn:altinn:organization:identifier-no:960885406',
      validTo: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      consentRights: [
        {
          action: ['consent'],
          resource: [{ type: 'urn:altinn:resource', value: 'skatteetaten-inntekt-og-formue' }],
          metaData: { inntektsaar: '2025' },
        },
      ],
    };
    const created = await consent.createRequest(input);
    expect(created.status).toBe('pending');
    expect((await consent.createRequest(input)).consentRequestEvents).toHaveLength(1);
    expect((await consent.listForSubject(SEED_PERSON)).map((r) => r.id)).toContain(input.id);

    await program('503:0');
    const accepted = await consent.decide(input.id, 'accept', { idempotencyKey: 'client-accept-1' });
    expect(accepted.status).toBe('accepted');
    expect((await consent.getRequest(input.id)).consentRequestEvents.map((e) => e.eventType)).toEqual(['Created', 'Accepted']);

    const revoked = await consent.revoke(input.id);
    expect(revoked.status).toBe('revoked');
    // 2 creates + list + 503 + accept + read + revoke
    expect(await requestsSeen()).toBe(7);
  });

  it('gets a ConsentConflictError with the current state when someone decided first', async () => {
    const consent = client();
    await consent.decide(SERVERINGSBEVILLING_CONSENT_ID, 'reject', { idempotencyKey: 'first' });
    const error = await consent.decide(SERVERINGSBEVILLING_CONSENT_ID, 'accept', { idempotencyKey: 'second' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConsentConflictError);
    expect((error as ConsentConflictError).current.status).toBe('rejected');
  });

  it('sends nothing when the input is wrong', async () => {
    const consent = client();
    const error = await consent.listForSubject('urn:altinn:person:identifier-no:21818297805').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FellesValidationError);
    expect(error).toMatchObject({ source: 'request' });
    expect(await requestsSeen()).toBe(0);
  });

  it('reports a malformed or wrongly shaped answer as a response validation error', async () => {
    await program('shape');
    const error = await client()
      .getRequest(SERVERINGSBEVILLING_CONSENT_ID)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'validation', source: 'response' });
  });
});
