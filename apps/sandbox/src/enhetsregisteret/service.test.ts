import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FellesHttpError, FellesValidationError } from '@felles/client-core';
import { badRequestSchema, createEnhetsregisterClient, enheterPageSchema, enhetSchema } from '@felles/client-enhetsregisteret';
import * as v from 'valibot';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from '../index.js';
import { createEnhetsregisteretService, enhetsregisteretPrefix, fixtureOrgnr } from './service.js';

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, dataDir: mkdtempSync(join(tmpdir(), 'enhetsregisteret-')), services: [createEnhetsregisteretService()] });
});
afterAll(() => sandbox.close());
beforeEach(async () => {
  await fetch(`${sandbox.origin}/__sandbox/requests`, { method: 'DELETE' });
});

const requestsSeen = async () =>
  ((await (await fetch(`${sandbox.origin}/__sandbox/requests`)).json()) as { enhetsregisteret: number }).enhetsregisteret;
const client = () => createEnhetsregisterClient({ baseUrl: sandbox.origin, retry: { baseDelayMs: 10, maxDelayMs: 50 } });
const api = (path: string, init?: RequestInit) => fetch(`${sandbox.origin}${enhetsregisteretPrefix}${path}`, init);

describe('GET /enheter/{orgnr} through the client', () => {
  it('finds a unit with the real shape, self link included', async () => {
    const result = await client().getEnhet(fixtureOrgnr.restaurant);
    expect(result.status).toBe('found');
    if (result.status !== 'found') return;
    expect(result.enhet).toMatchObject({ navn: 'SMAKEBITEN KAFE AS', naeringskode1: { kode: '56.101' }, respons_klasse: 'Enhet' });
    expect(result.enhet._links?.self?.href).toBe(`${sandbox.origin}/enhetsregisteret/api/enheter/${fixtureOrgnr.restaurant}`);
  });

  it('maps 404 to not-found and 410 to removed with its date', async () => {
    expect(await client().getEnhet(fixtureOrgnr.unknown)).toEqual({ status: 'not-found', organisasjonsnummer: fixtureOrgnr.unknown });
    expect(await client().getEnhet(fixtureOrgnr.removed)).toEqual({
      status: 'removed',
      organisasjonsnummer: fixtureOrgnr.removed,
      slettedato: '2024-03-09',
    });
    expect(await client().getEnhet(fixtureOrgnr.deleted)).toMatchObject({
      status: 'deleted',
      enhet: { navn: 'GAMLEBYEN KAFE AS', slettedato: '2023-06-30' },
    });
    expect(await requestsSeen()).toBe(3);
  });

  it('answers the raw statuses the real service does', async () => {
    expect((await api(`/enheter/${fixtureOrgnr.unknown}`)).status).toBe(404);
    const gone = await api(`/enheter/${fixtureOrgnr.removed}`);
    expect(gone.status).toBe(410);
    expect(await gone.json()).toMatchObject({ organisasjonsnummer: fixtureOrgnr.removed, slettedato: '2024-03-09' });
    const bad = await api('/enheter/12345');
    expect(bad.status).toBe(400);
    expect(v.is(badRequestSchema, await bad.json())).toBe(true);
  });

  it('sends nothing for a number failing MOD11', async () => {
    await expect(client().getEnhet('926535898')).rejects.toMatchObject({ source: 'request', field: 'orgnr' });
    expect(await requestsSeen()).toBe(0);
  });

  it('honours the fault switches: a malformed or wrongly shaped answer is a validation error', async () => {
    await expect(client().getEnhet(fixtureOrgnr.restaurant, { headers: { 'x-felles-fault': 'malformed' } })).rejects.toBeInstanceOf(
      FellesValidationError,
    );
    await expect(client().getEnhet(fixtureOrgnr.restaurant, { headers: { 'x-felles-fault': 'shape' } })).rejects.toMatchObject({
      source: 'response',
    });
  });

  it('retries through a programmed 503 and gets the unit', async () => {
    await fetch(`${sandbox.origin}/__sandbox/faults`, {
      method: 'POST',
      body: JSON.stringify({ service: 'enhetsregisteret', fault: '503', count: 1 }),
    });
    expect((await client().getEnhet(fixtureOrgnr.restaurant)).status).toBe('found');
    expect(await requestsSeen()).toBe(2);
  });

  it('gives up on a persistent 500 as an HTTP error', async () => {
    await expect(client().getEnhet(fixtureOrgnr.restaurant, { headers: { 'x-felles-fault': '500' } })).rejects.toBeInstanceOf(FellesHttpError);
  });
});

describe('GET /enheter (search) through the client', () => {
  it('finds restaurants in Oslo, every hit matching every filter', async () => {
    const result = await client().searchEnheter({ naeringskode: '56.101', kommunenummer: '0301', size: 100 });
    expect(result.enheter.length).toBeGreaterThan(5);
    expect(result.page).toMatchObject({ number: 0, size: 100, totalElements: result.enheter.length });
    for (const enhet of result.enheter) {
      expect([enhet.naeringskode1?.kode, enhet.naeringskode2?.kode]).toContain('56.101');
      expect([enhet.forretningsadresse?.kommunenummer, enhet.postadresse?.kommunenummer]).toContain('0301');
    }
    expect(result.enheter.map((enhet) => enhet.organisasjonsnummer)).toContain(fixtureOrgnr.restaurant);
  });

  it('matches name words and organisation forms', async () => {
    const result = await client().searchEnheter({ navn: 'smakebiten', organisasjonsform: 'AS' });
    expect(result.enheter.map((enhet) => enhet.navn)).toContain('SMAKEBITEN KAFE AS');
    for (const enhet of result.enheter) expect(enhet.organisasjonsform.kode).toBe('AS');
    expect((await client().searchEnheter({ navn: 'smakebiten', organisasjonsform: 'ENK' })).enheter.map((enhet) => enhet.navn)).not.toContain(
      'SMAKEBITEN KAFE AS',
    );
  });

  it('pages through all hits with HAL links, and no page repeats a unit', async () => {
    const first = await client().searchEnheter({ organisasjonsform: ['ANS', 'DA'], size: 20 });
    const { totalElements, totalPages } = first.page;
    expect(totalPages).toBe(Math.ceil(totalElements / 20));
    const seen = new Set(first.enheter.map((enhet) => enhet.organisasjonsnummer));
    for (let page = 1; page < totalPages; page++) {
      for (const enhet of (await client().searchEnheter({ organisasjonsform: ['ANS', 'DA'], size: 20, page })).enheter)
        seen.add(enhet.organisasjonsnummer);
    }
    expect(seen.size).toBe(totalElements);
    const next = await (await fetch(first.links.next!.href!)).json();
    expect(v.parse(enheterPageSchema, next).page.number).toBe(1);
  });

  it('answers a page past the end without _embedded', async () => {
    const response = await api('/enheter?navn=finnesikkeiregisteret');
    const body = await response.json();
    expect(body).not.toHaveProperty('_embedded');
    expect(body.page).toEqual({ size: 20, totalElements: 0, totalPages: 0, number: 0 });
    expect((await client().searchEnheter({ navn: 'finnesikkeiregisteret' })).enheter).toEqual([]);
  });

  it('refuses (page + 1) × size over 10,000 with the real 400, and the client sends nothing', async () => {
    const response = await api('/enheter?page=500&size=20');
    expect(response.status).toBe(400);
    const body = v.parse(badRequestSchema, await response.json());
    expect(body.valideringsfeil[0]!.parametere).toEqual(['page', 'size']);
    expect((await api('/enheter?page=499&size=20')).status).toBe(200);
    await fetch(`${sandbox.origin}/__sandbox/requests`, { method: 'DELETE' });
    await expect(client().searchEnheter({ page: 500, size: 20 })).rejects.toMatchObject({ source: 'request', field: 'page' });
    expect(await requestsSeen()).toBe(0);
  });

  it('serves every unit of a full listing in the real shape', async () => {
    const started = performance.now();
    const body = await (await api('/enheter?size=3000')).json();
    const elapsed = performance.now() - started;
    const parsed = v.parse(enheterPageSchema, body);
    expect(parsed._embedded?.enheter).toHaveLength(3000);
    expect(parsed._embedded!.enheter.every((enhet) => v.is(enhetSchema, enhet))).toBe(true);
    expect(elapsed).toBeLessThan(2000);
  });

  it('answers the v2 media type when asked for it', async () => {
    const response = await api(`/enheter/${fixtureOrgnr.restaurant}`, {
      headers: { accept: 'application/vnd.brreg.enhetsregisteret.enhet.v2+json' },
    });
    expect(response.headers.get('content-type')).toMatch(/^application\/vnd\.brreg\.enhetsregisteret\.enhet\.v2\+json/);
  });
});
