import { readFileSync } from 'node:fs';
import { FellesValidationError } from '@felles/client-core';
import { describe, expect, it } from 'vitest';
import {
  altinnPlatforms,
  consentAuthorizationDetails,
  ConsentAccessError,
  ConsentConflictError,
  createEnterpriseConsentClient,
  type EnterpriseConsentRequestInput,
} from './index.js';

// Altinn's own examples, copied from the "Request consent" guide (see test/fixtures).
const fixture = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`../test/fixtures/${name}`, import.meta.url), 'utf8')) as Record<string, unknown>;
const beforeExpiry = () => new Date('2025-07-18T07:00:00Z');

/** A fake Altinn: records each call and answers with `answer`. */
function fakeAltinn(answer: (url: string, init: RequestInit) => Response) {
  const calls: { url: string; method: string; authorization: string | null; body: unknown }[] = [];
  const fetch = async (input: string | URL | Request, init: RequestInit = {}) => {
    const url = String(input instanceof Request ? input.url : input);
    const headers = new Headers(init.headers);
    calls.push({
      url,
      method: init.method ?? 'GET',
      authorization: headers.get('authorization'),
      body: init.body ? JSON.parse(String(init.body)) : undefined,
    });
    return answer(url, init);
  };
  return { calls, fetch: fetch as typeof globalThis.fetch };
}

const tokenProvider = { getToken: async () => 'mp-token' };

describe('createEnterpriseConsentClient', () => {
  it('names TT02 and production', () => {
    expect(altinnPlatforms).toEqual({ test: 'https://platform.tt02.altinn.no', production: 'https://platform.altinn.no' });
  });

  it('creates at Altinn’s path with the Maskinporten token, and reads Altinn’s answer (no status field) with a derived status', async () => {
    const altinn = fakeAltinn(() => Response.json(fixture('consentrequest-response.json'), { status: 201 }));
    const client = createEnterpriseConsentClient({ platform: 'test', tokenProvider, fetch: altinn.fetch, now: beforeExpiry });
    const created = await client.createRequest(fixture('consentrequest-request.json') as unknown as EnterpriseConsentRequestInput);
    expect(altinn.calls[0]).toMatchObject({
      url: 'https://platform.tt02.altinn.no/accessmanagement/api/v1/enterprise/consentrequests/',
      method: 'POST',
      authorization: 'Bearer mp-token',
      body: fixture('consentrequest-request.json'),
    });
    expect(created.status).toBe('pending');
    expect(created.viewUri).toMatch(/^https:\/\/am\.ui\.tt02\.altinn\.no\//);

    await client.getRequest('77ed8698-e619-4066-9eb4-5c1eb3f165a1');
    expect(altinn.calls[1]).toMatchObject({
      url: 'https://platform.tt02.altinn.no/accessmanagement/api/v1/enterprise/consentrequests/77ed8698-e619-4066-9eb4-5c1eb3f165a1',
      method: 'GET',
      authorization: 'Bearer mp-token',
    });
  });

  it('derives accepted, revoked and expired from the events and validTo', async () => {
    const response = fixture('consentrequest-response.json');
    const event = (eventType: string) => ({
      consentEventID: crypto.randomUUID(),
      created: '2025-07-18T06:20:00Z',
      eventType,
      consentRequestID: response['id'],
    });
    const events = [(response['consentRequestEvents'] as unknown[])[0], event('Accepted')];
    let answer: unknown = { ...response, consented: '2025-07-18T06:20:00Z', consentRequestEvents: events };
    const altinn = fakeAltinn(() => Response.json(answer));
    const at = { now: beforeExpiry() };
    const client = createEnterpriseConsentClient({ platform: 'production', tokenProvider, fetch: altinn.fetch, now: () => at.now });
    expect((await client.getRequest(String(response['id']))).status).toBe('accepted');
    answer = { ...(answer as object), consentRequestEvents: [...events, event('Revoked')] };
    expect((await client.getRequest(String(response['id']))).status).toBe('revoked');
    answer = { ...response, consentRequestEvents: events, consented: '2025-07-18T06:20:00Z' };
    at.now = new Date('2026-08-01T00:00:00Z');
    expect((await client.getRequest(String(response['id']))).status).toBe('expired');
  });

  it('checks input before anything is sent', async () => {
    const altinn = fakeAltinn(() => Response.json({}));
    const client = createEnterpriseConsentClient({ platform: 'test', tokenProvider, fetch: altinn.fetch, now: beforeExpiry });
    const request = fixture('consentrequest-request.json') as unknown as EnterpriseConsentRequestInput;
    await expect(client.createRequest({ ...request, to: 'urn:altinn:organization:identifier-no:991825828' })).rejects.toBeInstanceOf(
      FellesValidationError,
    );
    await expect(client.createRequest({ ...request, redirectUrl: 'javascript:alert(1)' })).rejects.toThrow(/http or https/);
    await expect(client.getRequest('not-a-uuid')).rejects.toBeInstanceOf(FellesValidationError);
    expect(() => createEnterpriseConsentClient({ platform: 'test' } as never)).toThrow(/tokenProvider/);
    expect(altinn.calls).toHaveLength(0);
  });

  it('turns 401 and 403 into ConsentAccessError with Altinn’s detail, and 409 into ConsentConflictError with the request as it stands', async () => {
    const request = fixture('consentrequest-request.json') as unknown as EnterpriseConsentRequestInput;
    const refusing = fakeAltinn(() =>
      Response.json({ title: 'Forbidden', status: 403, detail: 'The token lacks the scope altinn:consentrequests.write.' }, { status: 403 }),
    );
    const error = await createEnterpriseConsentClient({ platform: 'test', tokenProvider, fetch: refusing.fetch, now: beforeExpiry })
      .createRequest(request)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConsentAccessError);
    expect(error).toMatchObject({ status: 403, code: 'forbidden', detail: 'The token lacks the scope altinn:consentrequests.write.' });

    const clash = fakeAltinn(() =>
      Response.json({ title: 'Conflict', status: 409, current: fixture('consentrequest-response.json') }, { status: 409 }),
    );
    const conflict = await createEnterpriseConsentClient({ platform: 'test', tokenProvider, fetch: clash.fetch, now: beforeExpiry })
      .createRequest(request)
      .catch((e: unknown) => e);
    expect(conflict).toBeInstanceOf(ConsentConflictError);
    expect((conflict as ConsentConflictError).current).toMatchObject({ id: request.id, status: 'pending' });
  });
});

describe('consentAuthorizationDetails', () => {
  it('is what Maskinporten takes to issue a consent token', () => {
    expect(consentAuthorizationDetails({ id: '77ed8698-e619-4066-9eb4-5c1eb3f165a1', from: 'urn:altinn:person:identifier-no:21818297804' })).toEqual([
      { type: 'urn:altinn:consent', id: '77ed8698-e619-4066-9eb4-5c1eb3f165a1', from: 'urn:altinn:person:identifier-no:21818297804' },
    ]);
  });
});
