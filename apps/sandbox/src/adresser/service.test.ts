import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAddressClient } from '@felles/client-adresser';
import { FellesHttpError, FellesValidationError } from '@felles/client-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from '../index.js';
import { addressService } from './service.js';

const fixtureText = readFileSync(new URL('../../../../packages/client-adresser/test/fixtures/sok-myrvollveien-5c.json', import.meta.url), 'utf8');

let sandbox: RunningSandbox;
let base = '';
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, dataDir: mkdtempSync(join(tmpdir(), 'adr-')), services: [addressService] });
  base = `${sandbox.origin}/adresser/v1`;
}, 30_000);
afterAll(() => sandbox.close());
beforeEach(async () => {
  await fetch(`${sandbox.origin}/__sandbox/faults`, { method: 'DELETE' });
});

const get = async (query: string, path = 'sok') => {
  const res = await fetch(`${base}/${path}?${query}`);
  return { status: res.status, text: await res.clone().text(), json: (await res.json()) as any }; // eslint-disable-line @typescript-eslint/no-explicit-any
};
const client = () => createAddressClient({ baseUrl: base, retry: { baseDelayMs: 1, maxDelayMs: 50 } });

describe('GET /adresser/v1/sok', () => {
  it('answers the fixture query exactly as Kartverket did', async () => {
    const { json } = await get('sok=myrvollveien%205c');
    expect(json).toEqual(JSON.parse(fixtureText));
  });

  it('escapes non-ASCII by default (asciiKompatibel) and not with asciiKompatibel=false', async () => {
    expect((await get('sok=myrvollveien%205c')).text).toContain('"OPPEG\\u00c5RD"');
    expect((await get('sok=myrvollveien%205c&asciiKompatibel=false')).text).toContain('"OPPEGÅRD"');
  });

  it('is parsed by @felles/client-adresser', async () => {
    const result = await client().searchAddresses({ sok: 'myrvollveien 5c' });
    expect(result.adresser).toHaveLength(1);
    expect(result.adresser[0]?.representasjonspunkt).toEqual({ epsg: 'EPSG:4258', lat: 59.78502106569645, lon: 10.799290993113777 });
  });

  it('needs whole words unless a * wildcard is used', async () => {
    expect((await get('sok=myrvoll')).json.metadata.totaltAntallTreff).toBe(0);
    const prefix = await get('sok=myrvoll*%205*&treffPerSide=100');
    const texts: string[] = prefix.json.adresser.map((a: { adressetekst: string }) => a.adressetekst);
    expect(texts).toEqual(expect.arrayContaining(['Myrvollveien 5A', 'Myrvollveien 5B', 'Myrvollveien 5C']));
    // Every hit has a word starting with "myrvoll" and one starting with "5" (house number or postal code).
    for (const a of prefix.json.adresser as { adressetekst: string; postnummer: string }[]) {
      expect(a.adressetekst).toMatch(/(^|\s)Myrvoll/);
      expect(`${a.adressetekst} ${a.postnummer}`).toMatch(/\s5/);
    }
    const middle = await get('sok=*vollveien%205c');
    expect(middle.json.adresser[0].adressetekst).toBe('Myrvollveien 5C');
  });

  it('finds near-misses with fuzzy=true', async () => {
    expect((await get('sok=myrvolveien%205c')).json.metadata.totaltAntallTreff).toBe(0);
    const fuzzy = await get('sok=myrvolveien%205c&fuzzy=true');
    expect(fuzzy.json.adresser[0].adressetekst).toBe('Myrvollveien 5C');
  });

  it('combines words with AND by default and OR on request', async () => {
    const and = (await get('sok=myrvollveien%20oppeg%C3%A5rd&treffPerSide=1')).json.metadata.totaltAntallTreff;
    const or = (await get('sok=myrvollveien%20oppeg%C3%A5rd&sokemodus=OR&treffPerSide=1')).json.metadata.totaltAntallTreff;
    const town = (await get('poststed=OPPEG%C3%85RD&treffPerSide=1')).json.metadata.totaltAntallTreff;
    expect(and).toBeGreaterThan(0);
    expect(or).toBeGreaterThan(and);
    expect(or).toBeGreaterThanOrEqual(town);
  });

  it('filters by fields, including bokstav= for numbers without a letter', async () => {
    const { json } = await get('adressenavn=Myrvollveien&nummer=5&kommunenummer=3207&treffPerSide=10');
    expect(json.adresser.map((a: { bokstav: string }) => a.bokstav)).toEqual(['A', 'B', 'C']);
    const plain = await get('adressenavn=Myrvollveien&bokstav=&treffPerSide=100');
    expect(plain.json.adresser.length).toBeGreaterThan(0);
    expect(plain.json.adresser.every((a: { bokstav: string }) => a.bokstav === '')).toBe(true);
    const oslo = await get('sok=kirke*&kommunenummer=0301&treffPerSide=50');
    expect(oslo.json.adresser.every((a: { kommunenavn: string }) => a.kommunenavn === 'OSLO')).toBe(true);
  });

  it('keeps only the fields asked for with filtrer', async () => {
    const { json } = await get('sok=myrvollveien%205c&filtrer=adresser.adressetekst,adresser.representasjonspunkt.lat,metadata.totaltAntallTreff');
    expect(json).toEqual({
      adresser: [{ adressetekst: 'Myrvollveien 5C', representasjonspunkt: { lat: 59.78502106569645 } }],
      metadata: { totaltAntallTreff: 1 },
    });
  });

  it('pages through hits, and refuses pages beyond the first 10,000', async () => {
    const first = await get('kommunenummer=0301&treffPerSide=3&side=0');
    const second = await get('kommunenummer=0301&treffPerSide=3&side=1');
    expect(first.json.metadata).toMatchObject({ side: 0, treffPerSide: 3, viserFra: 0, viserTil: 3 });
    expect(second.json.metadata).toMatchObject({ side: 1, viserFra: 3, viserTil: 6 });
    expect(first.json.metadata.totaltAntallTreff).toBeGreaterThan(1000);
    expect(second.json.adresser[0]).not.toEqual(first.json.adresser[0]);
    expect((await get('kommunenummer=0301&treffPerSide=1000&side=9')).status).toBe(200);
    const beyond = await get('kommunenummer=0301&treffPerSide=1000&side=10');
    expect(beyond.status).toBe(400);
    expect(beyond.json.errors).toHaveProperty('side');
  });

  it('answers 400 for bad parameters, in the service error shape', async () => {
    expect(await get('')).toMatchObject({ status: 400, json: { message: 'Minst ett søkeparameter må benyttes.' } });
    for (const [query, field] of [
      ['sok=x&treffPerSide=1001', 'treffPerSide'],
      ['sok=x&treffPerSide=abc', 'treffPerSide'],
      ['sok=x&side=-1', 'side'],
      ['postnummer=141', 'postnummer'],
      ['kommunenummer=301', 'kommunenummer'],
      ['sok=x&sokemodus=XOR', 'sokemodus'],
      ['sok=x&fuzzy=maybe', 'fuzzy'],
      ['sok=myrv*&fuzzy=true', 'fuzzy'],
      ['sok=x&objtype=Gate', 'objtype'],
    ]) {
      const { status, json } = await get(query!);
      expect([query, status]).toEqual([query, 400]);
      expect(json).toMatchObject({ message: 'Input payload validation failed' });
      expect(Object.keys(json.errors)).toEqual([field]);
    }
  });

  it('is a FellesHttpError with that body through the client', async () => {
    const error = await client()
      .searchAddresses({ sok: 'x', utkoordsys: 25833 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FellesHttpError);
    expect((error as FellesHttpError).body).toMatchObject({ errors: { utkoordsys: expect.any(String) } });
  });
});

describe('GET /adresser/v1/punktsok', () => {
  const point = 'lat=59.78502&lon=10.79929';
  it('returns addresses within the radius, nearest first, with their distance', async () => {
    const { json } = await get(`${point}&radius=200&treffPerSide=50`, 'punktsok');
    const distances: number[] = json.adresser.map((a: { meterDistanseTilPunkt: number }) => a.meterDistanseTilPunkt);
    expect(json.adresser[0].adressetekst).toBe('Myrvollveien 5C');
    expect(distances.length).toBeGreaterThan(3);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(Math.max(...distances)).toBeLessThanOrEqual(200);
  });

  it('is parsed by the client', async () => {
    const result = await client().searchAddressesNear({ lat: 59.78502, lon: 10.79929, radius: 50 });
    expect(result.adresser[0]?.meterDistanseTilPunkt).toBeLessThan(5);
  });

  it('needs lat, lon and radius', async () => {
    const { status, json } = await get('lat=59.7', 'punktsok');
    expect(status).toBe(400);
    expect(Object.keys(json.errors).sort()).toEqual(['lon', 'radius']);
  });
});

describe('faults through the client', () => {
  const program = (fault: string, count = 1) =>
    fetch(`${sandbox.origin}/__sandbox/faults`, { method: 'POST', body: JSON.stringify({ service: 'adresser', fault, count }) });

  it('500 is a FellesHttpError', async () => {
    await program('500');
    await expect(client().searchAddresses({ sok: 'myrvollveien 5c' })).rejects.toMatchObject({ status: 500 });
  });

  it('429 then success: the client waits and retries', async () => {
    await program('429:0');
    const result = await client().searchAddresses({ sok: 'myrvollveien 5c' });
    expect(result.adresser).toHaveLength(1);
  });

  it('malformed and wrong-shape answers are response validation errors', async () => {
    await program('malformed');
    const malformed = await client()
      .searchAddresses({ sok: 'myrvollveien 5c' })
      .catch((e: unknown) => e);
    expect(malformed).toBeInstanceOf(FellesValidationError);
    await program('shape');
    const shape = await client()
      .searchAddresses({ sok: 'myrvollveien 5c' })
      .catch((e: unknown) => e);
    expect(shape).toMatchObject({ source: 'response', field: 'metadata' });
  });
});
