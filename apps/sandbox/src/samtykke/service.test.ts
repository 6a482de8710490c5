import { appendFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ConsentRequest } from '@felles/client-samtykke';
import { afterEach, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from '../index.js';
import { services } from '../services.js';
import { SEED_COMPANY, SEED_PERSON, SERVERINGSBEVILLING_CONSENT_ID } from './seed.js';
import { consentPrefix, createConsentService } from './service.js';

const running: RunningSandbox[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((sandbox) => sandbox.close()));
});

const dataDirs = () => mkdtempSync(join(tmpdir(), 'samtykke-'));

/** A sandbox with only the consent service, and a clock the test can move. */
async function start(dataDir = dataDirs(), clock = { now: new Date() }) {
  const sandbox = await startSandbox({
    port: 0,
    dataDir,
    services: [createConsentService({ now: () => clock.now })],
  });
  running.push(sandbox);
  const api = `${sandbox.origin}${consentPrefix}/consentrequests`;
  const call = async (path: string, init: RequestInit & { key?: string } = {}) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (init.key) headers['idempotency-key'] = init.key;
    const res = await fetch(`${api}${path}`, { ...init, headers: { ...headers, ...(init.headers as Record<string, string>) } });
    return { status: res.status, headers: res.headers, body: (await res.json()) as ConsentRequest & Record<string, unknown> };
  };
  const post = (path: string, key?: string, body?: unknown) =>
    call(path, { method: 'POST', ...(key ? { key } : {}), ...(body ? { body: JSON.stringify(body) } : {}) });
  return { sandbox, dataDir, clock, api, call, post };
}

const types = (request: ConsentRequest) => request.consentRequestEvents.map((event) => event.eventType);
const DEMO = `/${SERVERINGSBEVILLING_CONSENT_ID}`;

const inAMonth = new Date(Date.now() + 30 * 86_400_000).toISOString();
const newRequest = (id: string, validTo = inAMonth) => ({
  id,
  from: 'urn:altinn:person:identifier-no:21818297804',
  to: 'urn:altinn:organization:identifier-no:991825827',
  validTo,
  consentRights: [
    { action: ['consent'], resource: [{ type: 'urn:altinn:resource', value: 'standard-samtykke-for-dele-data' }], metaData: { inntektsaar: '2024' } },
  ],
  redirectUrl: `https://bankenmin.no/huslaan?consentId=${id}`,
});

describe('seeded requests', () => {
  it('serves the serving-licence request the demo uses, pending, with texts in four languages', async () => {
    const { call } = await start();
    const { status, body } = await call(DEMO);
    expect(status).toBe(200);
    expect(body).toMatchObject({ id: SERVERINGSBEVILLING_CONSENT_ID, from: SEED_COMPANY, status: 'pending', consented: null });
    expect(body.texts?.requester).toEqual({ nb: 'Oslo kommune', nn: 'Oslo kommune', en: 'City of Oslo', se: 'Oslo gielda' });
    expect(body.texts?.datasets.map((dataset) => dataset.source.nb)).toEqual(['Brønnøysundregistrene', 'Skatteetaten']);
    for (const text of [body.texts!.purpose, body.texts!.legalBasis, body.texts!.consequenceOfNo]) {
      expect(Object.keys(text).sort()).toEqual(['en', 'nb', 'nn', 'se']);
    }
    expect(Date.parse(body.validTo)).toBeGreaterThan(Date.now());
  });

  it('lists a person’s requests in every state, newest first', async () => {
    const { call } = await start();
    const { status, body } = await call(`?from=${encodeURIComponent(SEED_PERSON)}`);
    expect(status).toBe(200);
    const list = body.consentRequests as ConsentRequest[];
    expect(list.map((request) => request.status).sort()).toEqual(['accepted', 'pending', 'revoked']);
    expect(list.find((request) => request.status === 'revoked')!.consentRequestEvents.map((e) => e.eventType)).toEqual([
      'Created',
      'Accepted',
      'Revoked',
    ]);
  });

  it('refuses a list without a subject or with a URN failing its checksum', async () => {
    const { call } = await start();
    expect((await call('')).status).toBe(400);
    expect((await call('?from=urn:altinn:person:identifier-no:21818297805')).status).toBe(400);
  });
});

describe('create', () => {
  it('creates once: the same request again is 200 with one Created event, other content is 409', async () => {
    const { post } = await start();
    const id = '0f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b';
    const first = await post('', undefined, newRequest(id));
    expect(first.status).toBe(201);
    expect(types(first.body)).toEqual(['Created']);
    expect(first.body.consentRequestEvents[0]!.performedBy).toBe('urn:altinn:organization:identifier-no:991825827');
    const again = await post('', undefined, newRequest(id));
    expect(again.status).toBe(200);
    expect(types(again.body)).toEqual(['Created']);
    const other = await post('', undefined, { ...newRequest(id), redirectUrl: 'https://example.no/' });
    expect(other.status).toBe(409);
    expect((other.body.current as ConsentRequest).redirectUrl).toBe(first.body.redirectUrl);
  });

  it('says which field is wrong', async () => {
    const { post } = await start();
    const id = '1f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b';
    const badPerson = await post('', undefined, { ...newRequest(id), from: 'urn:altinn:person:identifier-no:21818297805' });
    expect(badPerson.status).toBe(400);
    expect(badPerson.body.issues).toEqual([expect.objectContaining({ path: 'from' })]);
    const past = await post('', undefined, newRequest(id, '2020-01-01T00:00:00Z'));
    expect((past.body.issues as { path: string }[])[0]!.path).toBe('validTo');
    expect((await post('/not-a-uuid/accept', 'k')).status).toBe(400);
    expect((await post(`/${'2'.repeat(8)}-2222-4222-8222-${'2'.repeat(12)}/accept`, 'k')).status).toBe(404);
  });
});

describe('decisions', () => {
  it('the first decision wins; the other gets 409 with the current state; repeating it records nothing', async () => {
    const { post } = await start();
    const accepted = await post(`${DEMO}/accept`, 'decision-a');
    expect(accepted.status).toBe(200);
    expect(accepted.body.status).toBe('accepted');
    expect(accepted.body.consented).toBe(accepted.body.consentRequestEvents[1]!.created);
    expect(accepted.body.consentRequestEvents[1]!.performedBy).toBe(SEED_COMPANY);

    const rejected = await post(`${DEMO}/reject`, 'decision-b');
    expect(rejected.status).toBe(409);
    expect((rejected.body.current as ConsentRequest).status).toBe('accepted');

    const repeated = await post(`${DEMO}/accept`, 'decision-c');
    expect(repeated.status).toBe(200);
    expect(types(repeated.body)).toEqual(['Created', 'Accepted']);
  });

  it('of many decisions racing, exactly one is recorded', async () => {
    const { post, call } = await start();
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => post(`${DEMO}/${i % 2 ? 'reject' : 'accept'}`, `race-${i}`)));
    const { body } = await call(DEMO);
    expect(types(body)).toHaveLength(2);
    const winner = body.status === 'accepted' ? 'accept' : 'reject';
    answers.forEach((answer, i) => expect(answer.status).toBe((i % 2 ? 'reject' : 'accept') === winner ? 200 : 409));
  });

  it('honours idempotency keys: same key, same answer, recorded once; a key reused elsewhere is 422', async () => {
    const { post, call } = await start();
    const first = await post(`${DEMO}/reject`, 'same-key');
    const second = await post(`${DEMO}/reject`, 'same-key');
    expect(second.status).toBe(200);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(second.body).toEqual(first.body);
    expect(types((await call(DEMO)).body)).toEqual(['Created', 'Rejected']);
    expect((await post(`${DEMO}/accept`, 'same-key')).status).toBe(422);
    expect((await post(`${DEMO}/accept`, 'x'.repeat(256))).status).toBe(400);
  });

  it('revokes an accepted consent, and refuses to revoke what was never accepted', async () => {
    const { post } = await start();
    expect((await post(`${DEMO}/revoke`, 'r1')).status).toBe(409);
    await post(`${DEMO}/accept`, 'a1');
    const revoked = await post(`${DEMO}/revoke`, 'r2');
    expect(revoked.body.status).toBe('revoked');
    expect(types(revoked.body)).toEqual(['Created', 'Accepted', 'Revoked']);
    expect((await post(`${DEMO}/accept`, 'a2')).status).toBe(409);
  });

  it('refuses a decision after validTo with 409 and status expired', async () => {
    const { post, clock } = await start();
    clock.now = new Date(clock.now.getTime() + 366 * 86_400_000);
    const late = await post(`${DEMO}/accept`, 'late');
    expect(late.status).toBe(409);
    expect((late.body.current as ConsentRequest).status).toBe('expired');
  });
});

describe('durability', () => {
  it('finds a decision after the sandbox restarts, and still answers its key the same way', async () => {
    const first = await start();
    const decided = await first.post(`${DEMO}/accept`, 'before-restart');
    await first.sandbox.close();

    const started = performance.now();
    const second = await start(first.dataDir);
    const restartMs = performance.now() - started;
    const read = await second.call(DEMO);
    expect(read.body.status).toBe('accepted');
    expect(read.body.consentRequestEvents).toEqual(decided.body.consentRequestEvents);
    const replay = await second.post(`${DEMO}/accept`, 'before-restart');
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    // The same answer, except that viewUri names where the sandbox runs now (another port).
    expect({ ...replay.body, viewUri: undefined }).toEqual({ ...decided.body, viewUri: undefined });
    expect(replay.body.viewUri).toBe(`${second.sandbox.origin}/accessmanagement/ui/consent/request?id=${SERVERINGSBEVILLING_CONSENT_ID}`);
    expect(types((await second.call(DEMO)).body)).toEqual(['Created', 'Accepted']);
    // Seeds are journalled once, not again at every start.
    const lines = readFileSync(join(first.dataDir, 'samtykke', 'consents.jsonl'), 'utf8')
      .trim()
      .split('\n');
    expect(lines.filter((line) => line.includes('"type":"created"'))).toHaveLength(4);
    expect(restartMs).toBeLessThan(2000);
  });

  it('starts after a crash that tore the last journal line, losing only that unanswered write', async () => {
    const first = await start();
    await first.post(`${DEMO}/reject`, 'kept');
    await first.sandbox.close();
    appendFileSync(join(first.dataDir, 'samtykke', 'consents.jsonl'), '{"type":"event","event":{"consentRequestID"');
    const second = await start(first.dataDir);
    expect((await second.call(DEMO)).body.status).toBe('rejected');
  });
});

describe('faults', () => {
  it('a programmed 500 fails the save without recording it; the retry with the same key records once', async () => {
    const { sandbox, post, call } = await start();
    await fetch(`${sandbox.origin}/__sandbox/faults`, {
      method: 'POST',
      body: JSON.stringify({ service: 'samtykke', fault: '500', count: 1 }),
    });
    expect((await post(`${DEMO}/accept`, 'retry-me')).status).toBe(500);
    expect(types((await call(DEMO)).body)).toEqual(['Created']);
    expect((await post(`${DEMO}/accept`, 'retry-me')).status).toBe(200);
    expect(types((await call(DEMO)).body)).toEqual(['Created', 'Accepted']);
  });

  it('per-request faults apply as for every service', async () => {
    const { call } = await start();
    const shape = await call(`${DEMO}?__fault=shape`);
    expect(shape.status).toBe(200);
    expect(shape.body).not.toHaveProperty('consentRights');
    expect((await call(DEMO, { headers: { 'x-felles-fault': '429:2' } })).headers.get('retry-after')).toBe('2');
  });
});

describe('registration', () => {
  it('is one of the sandbox services', async () => {
    const sandbox = await startSandbox({ port: 0, dataDir: dataDirs(), services });
    running.push(sandbox);
    expect(sandbox.services.map((s) => s.url)).toContain(`${sandbox.origin}${consentPrefix}`);
  });
});
