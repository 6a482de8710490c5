import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FellesHttpError, FellesValidationError } from '@felles/client-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAddressClient, createAddressSearchClient, defaultBaseUrl, searchAddresses, type SearchParams } from './index.js';

const fixtureText = readFileSync(new URL('../test/fixtures/sok-myrvollveien-5c.json', import.meta.url), 'utf8');

/** A local stand-in for Kartverket that answers with the real sample and records what it was asked. */
const requests: URL[] = [];
let answer: (url: URL) => { status: number; body: string } = () => ({ status: 200, body: fixtureText });
const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  requests.push(url);
  const { status, body } = answer(url);
  res.writeHead(status, { 'content-type': 'application/json' }).end(body);
});
let baseUrl = '';
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/adresser/v1`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));
beforeEach(() => {
  requests.length = 0;
  answer = () => ({ status: 200, body: fixtureText });
});

describe('searchAddresses', () => {
  it('sends GET /sok with the parameters and parses the real answer', async () => {
    const result = await createAddressClient({ baseUrl }).searchAddresses({ sok: ' myrvollveien 5c ', treffPerSide: 5, fuzzy: false });
    expect(requests).toHaveLength(1);
    expect(requests[0]?.pathname).toBe('/adresser/v1/sok');
    expect(Object.fromEntries(requests[0]!.searchParams)).toEqual({ sok: 'myrvollveien 5c', treffPerSide: '5', fuzzy: 'false' });
    expect(result.metadata.totaltAntallTreff).toBe(1);
    expect(result.adresser[0]).toMatchObject({ adressetekst: 'Myrvollveien 5C', postnummer: '1415', kommunenummer: '3207' });
  });

  it('sends no request when the input is wrong', async () => {
    const client = createAddressClient({ baseUrl });
    const bad: SearchParams[] = [
      {},
      { sok: '  ' },
      { postnummer: '141' },
      { kommunenummer: '32070' },
      { sok: 'a', treffPerSide: 0 },
      { sok: 'a', side: 1000 },
    ];
    for (const params of bad) {
      const error = await client.searchAddresses(params).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(FellesValidationError);
      expect((error as FellesValidationError).source).toBe('request');
    }
    expect(requests).toHaveLength(0);
  });

  it('turns a missing representasjonspunkt.lat into a response error naming it', async () => {
    answer = () => ({ status: 200, body: fixtureText.replace(/"lat": [\d.]+,/, '') });
    const error = await createAddressClient({ baseUrl })
      .searchAddresses({ sok: 'myrvollveien 5c' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FellesValidationError);
    expect(error).toMatchObject({ source: 'response', field: 'adresser.0.representasjonspunkt.lat' });
  });

  it('checks only the fields asked for with filtrer', async () => {
    answer = () => ({ status: 200, body: JSON.stringify({ adresser: [{ adressetekst: 'Myrvollveien 5C' }] }) });
    const result = await createAddressClient({ baseUrl }).searchAddresses({ sok: 'myrvollveien', filtrer: 'adresser.adressetekst' });
    expect(result.adresser?.[0]?.adressetekst).toBe('Myrvollveien 5C');
    expect(requests[0]?.searchParams.get('filtrer')).toBe('adresser.adressetekst');
  });

  it('passes a 400 on as FellesHttpError with its body', async () => {
    answer = () => ({ status: 400, body: JSON.stringify({ code: 400, message: 'Ugyldig parameter' }) });
    const error = await createAddressClient({ baseUrl })
      .searchAddresses({ sok: 'x' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FellesHttpError);
    expect(error).toMatchObject({ status: 400, body: { message: 'Ugyldig parameter' } });
    expect(requests).toHaveLength(1);
  });

  it('uses Kartverket by default, and a base URL per call', async () => {
    const seen: string[] = [];
    const fetch: typeof globalThis.fetch = async (input) => {
      seen.push(String(input));
      return new Response(fixtureText, { headers: { 'content-type': 'application/json' } });
    };
    await createAddressClient({ fetch }).searchAddresses({ sok: 'myrvollveien 5c' });
    expect(seen[0]).toBe(`${defaultBaseUrl}/sok?sok=myrvollveien+5c`);
    await searchAddresses({ sok: 'myrvollveien 5c' }, { baseUrl });
    expect(requests).toHaveLength(1);
  });
});

describe('createAddressSearchClient', () => {
  it('searches like the full client and has nothing else', async () => {
    const client = createAddressSearchClient({ baseUrl, retry: false });
    expect(Object.keys(client)).toEqual(['searchAddresses']);
    const result = await client.searchAddresses({ sok: 'myrvollveien 5c', kommunenummer: '3207' });
    expect(result.adresser[0]?.adressetekst).toBe('Myrvollveien 5C');
    expect(requests[0]?.search).toBe('?sok=myrvollveien+5c&kommunenummer=3207');
  });

  it('checks the input before sending', async () => {
    const error = await createAddressSearchClient({ baseUrl })
      .searchAddresses({ sok: 'a', kommunenummer: '301' })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'validation', source: 'request', field: 'kommunenummer' });
    expect(requests).toHaveLength(0);
  });
});

describe('searchAddressesNear', () => {
  it('sends GET /punktsok with lat, lon and radius and wants the distance', async () => {
    const near = JSON.parse(fixtureText) as { adresser: Record<string, unknown>[] };
    near.adresser[0]!.meterDistanseTilPunkt = 3.2;
    answer = () => ({ status: 200, body: JSON.stringify(near) });
    const result = await createAddressClient({ baseUrl }).searchAddressesNear({ lat: 59.785, lon: 10.799, radius: 50 });
    expect(requests[0]?.pathname).toBe('/adresser/v1/punktsok');
    expect(requests[0]?.search).toBe('?lat=59.785&lon=10.799&radius=50');
    expect(result.adresser[0]?.meterDistanseTilPunkt).toBe(3.2);
  });

  it('sends nothing for a point out of range', async () => {
    const error = await createAddressClient({ baseUrl })
      .searchAddressesNear({ lat: 100, lon: 10, radius: 50 })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ source: 'request', field: 'lat' });
    expect(requests).toHaveLength(0);
  });

  it('stops on abort', async () => {
    answer = () => ({ status: 200, body: fixtureText });
    const error = await createAddressClient({ baseUrl })
      .searchAddressesNear({ lat: 59.785, lon: 10.799, radius: 50 }, { signal: AbortSignal.abort() })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'abort' });
    expect(requests).toHaveLength(0);
  });
});
