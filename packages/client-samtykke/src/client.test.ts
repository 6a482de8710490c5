import { readFileSync } from 'node:fs';
import { FellesHttpError, FellesValidationError } from '@felles/client-core';
import { describe, expect, it } from 'vitest';
import { createConsentClient, createConsentDecisionClient } from './client.js';
import { ConsentConflictError } from './errors.js';
import type { ConsentRequestInput } from './types.js';

const fixture = (name: string): Record<string, unknown> => JSON.parse(readFileSync(new URL(`../test/fixtures/${name}`, import.meta.url), 'utf8'));

const ID = '77ed8698-e619-4066-9eb4-5c1eb3f165a1';
const now = () => new Date('2025-07-18T07:00:00Z');

interface Sent {
  method: string;
  url: string;
  headers: Headers;
  body: unknown;
}

/** A fetch that records what is sent and answers from a queue. */
function fakeFetch(...answers: { status: number; body: unknown; headers?: Record<string, string> }[]) {
  const sent: Sent[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    sent.push({
      method: init?.method ?? 'GET',
      url: String(input),
      headers: new Headers(init?.headers),
      body: init?.body ? JSON.parse(String(init.body)) : undefined,
    });
    const answer = answers.shift() ?? { status: 500, body: { message: 'no answer queued' } };
    return new Response(JSON.stringify(answer.body), {
      status: answer.status,
      headers: { 'content-type': 'application/json', ...answer.headers },
    });
  };
  return { sent, fetch: fetch as typeof globalThis.fetch };
}

const client = (fetch: typeof globalThis.fetch) =>
  createConsentClient({ baseUrl: 'http://127.0.0.1:4010/samtykke/api/v1', fetch, now, retry: { baseDelayMs: 1, maxDelayMs: 5 } });

const decided = (eventType: 'Accepted' | 'Rejected') => {
  const body = fixture('consentrequest-response.json');
  (body.consentRequestEvents as unknown[]).push({
    consentEventID: '01981c2f-1de4-7b9f-a7c7-854f1dd4f116',
    created: '2025-07-18T06:30:00Z',
    performedBy: 'urn:altinn:person:identifier-no:21818297804',
    eventType,
    consentRequestID: ID,
  });
  if (eventType === 'Accepted') body.consented = '2025-07-18T06:30:00Z';
  return body;
};

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

describe('validation before sending', () => {
  const input = fixture('consentrequest-request.json') as unknown as ConsentRequestInput;

  it.each([
    ['a person URN with a wrong check digit', { from: 'urn:altinn:person:identifier-no:21818297805' }, 'from'],
    ['an organisation number failing MOD11', { to: 'urn:altinn:organization:identifier-no:991825828' }, 'to'],
    ['validTo in the past', { validTo: '2025-07-18T06:00:00Z' }, 'validTo'],
    ['an id that is not a UUID', { id: '42' }, 'id'],
  ])('createRequest refuses %s and sends nothing', async (_, change, field) => {
    const { sent, fetch } = fakeFetch({ status: 201, body: fixture('consentrequest-response.json') });
    const error = await rejection(client(fetch).createRequest({ ...input, ...change }));
    expect(error).toBeInstanceOf(FellesValidationError);
    expect(error).toMatchObject({ source: 'request', field });
    expect(sent).toHaveLength(0);
  });

  it('listForSubject, getRequest, decide and revoke refuse bad input and send nothing', async () => {
    const { sent, fetch } = fakeFetch();
    const consent = client(fetch);
    const errors = [
      await rejection(consent.listForSubject('urn:altinn:person:identifier-no:12345678901')),
      await rejection(consent.listForSubject('21818297804')),
      await rejection(consent.getRequest('../admin')),
      await rejection(consent.decide(ID, 'maybe' as 'accept', { idempotencyKey: 'k' })),
      await rejection(consent.decide(ID, 'accept', { idempotencyKey: '' })),
      await rejection(consent.revoke('not-a-uuid')),
      await rejection(consent.decide(ID, 'accept', { idempotencyKey: 'k'.repeat(256) })),
      await rejection(consent.listForSubject(undefined as unknown as string)),
    ];
    for (const error of errors) expect(error).toMatchObject({ code: 'validation', source: 'request' });
    expect(errors.map((error) => (error as { field: string }).field)).toEqual([
      'subject',
      'subject',
      'id',
      'decision',
      'idempotencyKey',
      'id',
      'idempotencyKey',
      'subject',
    ]);
    expect(sent).toHaveLength(0);
  });
});

describe('requests', () => {
  it('creates with the request id as idempotency key and reads back the status', async () => {
    const { sent, fetch } = fakeFetch({ status: 201, body: fixture('consentrequest-response.json') });
    const created = await client(fetch).createRequest(fixture('consentrequest-request.json') as unknown as ConsentRequestInput);
    expect(created.status).toBe('pending');
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ method: 'POST', url: 'http://127.0.0.1:4010/samtykke/api/v1/consentrequests' });
    expect(sent[0]!.headers.get('idempotency-key')).toBe(ID);
    expect((sent[0]!.body as { consentRights: unknown[] }).consentRights).toHaveLength(2);
  });

  it('lists a subject by URN', async () => {
    const { sent, fetch } = fakeFetch({ status: 200, body: { consentRequests: [decided('Accepted')] } });
    const list = await client(fetch).listForSubject('urn:altinn:person:identifier-no:21818297804');
    expect(list.map((request) => request.status)).toEqual(['accepted']);
    expect(new URL(sent[0]!.url).searchParams.get('from')).toBe('urn:altinn:person:identifier-no:21818297804');
  });

  it('decides with the given key, and retries a 503 with the same key', async () => {
    const { sent, fetch } = fakeFetch(
      { status: 503, body: { message: 'busy' }, headers: { 'retry-after': '0' } },
      { status: 200, body: decided('Accepted') },
    );
    const result = await client(fetch).decide(ID, 'accept', { idempotencyKey: 'decision-1' });
    expect(result.status).toBe('accepted');
    expect(sent.map((request) => `${request.method} ${new URL(request.url).pathname}`)).toEqual([
      `POST /samtykke/api/v1/consentrequests/${ID}/accept`,
      `POST /samtykke/api/v1/consentrequests/${ID}/accept`,
    ]);
    expect(sent.map((request) => request.headers.get('idempotency-key'))).toEqual(['decision-1', 'decision-1']);
  });

  it('revokes with a fresh key when none is given', async () => {
    const { sent, fetch } = fakeFetch({ status: 200, body: decided('Accepted') });
    await client(fetch).revoke(ID);
    expect(sent[0]!.url).toMatch(/\/revoke$/);
    expect(sent[0]!.headers.get('idempotency-key')).toMatch(/^[\da-f-]{36}$/);
  });

  it('turns a 409 into a ConsentConflictError carrying the current state', async () => {
    const { fetch } = fakeFetch({ status: 409, body: { message: 'Already rejected', current: decided('Rejected') } });
    const error = await rejection(client(fetch).decide(ID, 'accept', { idempotencyKey: 'decision-2' }));
    expect(error).toBeInstanceOf(ConsentConflictError);
    expect(error).toBeInstanceOf(FellesHttpError);
    expect(error).toMatchObject({ code: 'conflict', status: 409 });
    expect((error as ConsentConflictError).current.status).toBe('rejected');
  });

  it('reports a response of the wrong shape as a response validation error', async () => {
    const { fetch } = fakeFetch({ status: 200, body: { id: ID, consentRights: 'all' } });
    const error = await rejection(client(fetch).getRequest(ID));
    expect(error).toMatchObject({ code: 'validation', source: 'response' });
  });

  it('keeps a server-given status over its own reading of the events', async () => {
    const { fetch } = fakeFetch({ status: 200, body: { ...fixture('consentrequest-response.json'), status: 'expired' } });
    expect((await client(fetch).getRequest(ID)).status).toBe('expired');
  });
});

describe('the person-facing client', () => {
  it('reads and decides like the full client but cannot create requests', async () => {
    const { sent, fetch } = fakeFetch({ status: 200, body: decided('Rejected') });
    const consent = createConsentDecisionClient({ baseUrl: 'http://127.0.0.1:4010/samtykke/api/v1', fetch, now });
    expect('createRequest' in consent).toBe(false);
    expect((await consent.decide(ID, 'reject', { idempotencyKey: 'k-1' })).status).toBe('rejected');
    expect(sent).toHaveLength(1);
  });
});
