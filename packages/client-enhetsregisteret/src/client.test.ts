import { FellesHttpError, FellesValidationError } from '@felles/client-core';
import { describe, expect, it } from 'vitest';
import { createEnhetsregisterClient, type EnhetsregisterClient } from './index.js';

interface Call {
  url: URL;
  headers: Headers;
}

/** A fetch that records every request and answers from `answer`. */
function fakeFetch(answer: (url: URL) => { status: number; body?: unknown }) {
  const calls: Call[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input));
    calls.push({ url, headers: new Headers(init?.headers) });
    const { status, body } = answer(url);
    const text = body === undefined ? '' : JSON.stringify(body);
    return new Response(text || null, { status, headers: { 'content-type': 'application/json' } });
  };
  return { fetch: fetch as typeof globalThis.fetch, calls };
}

function client(answer: (url: URL) => { status: number; body?: unknown }): { api: EnhetsregisterClient; calls: Call[] } {
  const { fetch, calls } = fakeFetch(answer);
  return { api: createEnhetsregisterClient({ fetch, retry: false }), calls };
}

const enhet = {
  organisasjonsnummer: '974760673',
  navn: 'REGISTERENHETEN I BRØNNØYSUND',
  organisasjonsform: { kode: 'ORGL', beskrivelse: 'Organisasjonsledd' },
  forretningsadresse: {
    adresse: ['Havnegata 48'],
    postnummer: '8900',
    poststed: 'BRØNNØYSUND',
    kommunenummer: '1813',
    kommune: 'BRØNNØY',
    landkode: 'NO',
    land: 'Norge',
  },
  naeringskode1: { kode: '84.110', beskrivelse: 'Generell offentlig administrasjon' },
  registrertIMvaregisteret: false,
  maalform: 'Bokmål',
  underAvvikling: false,
  registrertIStiftelsesregisteret: false,
  konkurs: false,
  paategninger: [],
  registrertIFrivillighetsregisteret: false,
  registrertIForetaksregisteret: false,
  registreringsdatoEnhetsregisteret: '1995-08-09',
  underTvangsavviklingEllerTvangsopplosning: false,
  harRegistrertAntallAnsatte: true,
  antallAnsatte: 560,
  epostadresse: 'firmapost@brreg.no',
};

describe('getEnhet', () => {
  it('checks the number before sending: a MOD11 failure sends nothing', async () => {
    const { api, calls } = client(() => ({ status: 200, body: enhet }));
    const error = await api.getEnhet('974760674').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FellesValidationError);
    expect(error).toMatchObject({ source: 'request', field: 'orgnr' });
    await expect(api.getEnhet('12345')).rejects.toMatchObject({ source: 'request', field: 'orgnr', message: expect.stringContaining('9 digits') });
    expect(calls).toHaveLength(0);
  });

  it('finds a unit, sending one request to the real path', async () => {
    const { api, calls } = client(() => ({ status: 200, body: { respons_klasse: 'Enhet', ...enhet } }));
    const result = await api.getEnhet('974 760 673');
    expect(result).toMatchObject({ status: 'found', enhet: { navn: 'REGISTERENHETEN I BRØNNØYSUND', antallAnsatte: 560 } });
    expect(calls.map((call) => call.url.href)).toEqual(['https://data.brreg.no/enhetsregisteret/api/enheter/974760673']);
  });

  it('keeps fields the register adds later', async () => {
    const { api } = client(() => ({ status: 200, body: { ...enhet, nyttFelt: 'x' } }));
    const result = await api.getEnhet('974760673');
    expect(result.status === 'found' && (result.enhet as Record<string, unknown>)['nyttFelt']).toBe('x');
  });

  it('maps 404 to not-found', async () => {
    const { api } = client(() => ({ status: 404 }));
    expect(await api.getEnhet('923609016')).toEqual({ status: 'not-found', organisasjonsnummer: '923609016' });
  });

  it('maps 410 Gone to removed with its date', async () => {
    const { api } = client(() => ({ status: 410, body: { organisasjonsnummer: '923609016', slettedato: '2024-03-09' } }));
    expect(await api.getEnhet('923609016')).toEqual({ status: 'removed', organisasjonsnummer: '923609016', slettedato: '2024-03-09' });
  });

  it('reads a deleted unit (200 SlettetEnhet) as deleted', async () => {
    const slettet = {
      respons_klasse: 'SlettetEnhet',
      organisasjonsnummer: '923609016',
      navn: 'GAMLE AS',
      organisasjonsform: { kode: 'AS', beskrivelse: 'Aksjeselskap' },
      slettedato: '2021-06-30',
    };
    const { api } = client(() => ({ status: 200, body: slettet }));
    expect(await api.getEnhet('923609016')).toMatchObject({ status: 'deleted', enhet: { slettedato: '2021-06-30' } });
  });

  it('rejects a malformed answer naming the field', async () => {
    const { api } = client(() => ({ status: 200, body: { ...enhet, organisasjonsform: { kode: 'AS' } } }));
    await expect(api.getEnhet('974760673')).rejects.toMatchObject({ source: 'response', field: 'organisasjonsform.beskrivelse' });
  });

  it('rejects a 410 without a date', async () => {
    const { api } = client(() => ({ status: 410, body: { organisasjonsnummer: '923609016' } }));
    await expect(api.getEnhet('923609016')).rejects.toMatchObject({ source: 'response', field: 'slettedato' });
  });

  it('leaves other statuses as HTTP errors', async () => {
    const { api } = client(() => ({ status: 500, body: { feilmelding: 'Intern feil' } }));
    await expect(api.getEnhet('974760673')).rejects.toBeInstanceOf(FellesHttpError);
  });
});

describe('searchEnheter', () => {
  const page = (enheter: unknown[]) => ({
    _embedded: { enheter },
    _links: { self: { href: 'https://data.brreg.no/enhetsregisteret/api/enheter?page=0&size=20' } },
    page: { size: 20, totalElements: enheter.length, totalPages: 1, number: 0 },
  });

  it('sends the real parameters, lists comma-separated', async () => {
    const { api, calls } = client(() => ({ status: 200, body: page([enhet]) }));
    const result = await api.searchEnheter({
      navn: '  kafé ',
      kommunenummer: ['0301', '4601'],
      organisasjonsform: 'as',
      naeringskode: '56.101',
      page: 2,
      size: 50,
    });
    expect(result.enheter).toHaveLength(1);
    expect(result.page.totalElements).toBe(1);
    expect(calls).toHaveLength(1);
    expect(Object.fromEntries(calls[0]!.url.searchParams)).toEqual({
      navn: 'kafé',
      kommunenummer: '0301,4601',
      organisasjonsform: 'AS',
      naeringskode: '56.101',
      page: '2',
      size: '50',
    });
    expect(calls[0]!.url.pathname).toBe('/enhetsregisteret/api/enheter');
  });

  it('reads a page without _embedded as no hits', async () => {
    const { api } = client(() => ({ status: 200, body: { _links: {}, page: { size: 20, totalElements: 0, totalPages: 0, number: 0 } } }));
    expect((await api.searchEnheter({ navn: 'finnesikke' })).enheter).toEqual([]);
  });

  it.each([
    [{ page: 500, size: 20 }, 'page'], // (500 + 1) × 20 = 10,020
    [{ page: 0, size: 10_001 }, 'size'],
    [{ page: -1 }, 'page'],
    [{ navn: 'x'.repeat(181) }, 'navn'],
    [{ kommunenummer: '301' }, 'kommunenummer'],
    [{ kommunenummer: ['0301', 'Oslo'] }, 'kommunenummer.1'],
    [{ naeringskode: 'restaurant' }, 'naeringskode'],
    [{ organisasjonsform: 'A/S' }, 'organisasjonsform'],
  ])('rejects %o before sending, naming %s', async (params, field) => {
    const { api, calls } = client(() => ({ status: 200, body: page([]) }));
    await expect(api.searchEnheter(params)).rejects.toMatchObject({ source: 'request', field });
    expect(calls).toHaveLength(0);
  });

  it('allows the last reachable page exactly', async () => {
    const { api, calls } = client(() => ({ status: 200, body: page([]) }));
    await api.searchEnheter({ page: 499, size: 20 }); // (499 + 1) × 20 = 10,000
    expect(calls).toHaveLength(1);
  });

  it('names the wrong field of a malformed page', async () => {
    const { api } = client(() => ({ status: 200, body: page([{ ...enhet, konkurs: 'nei' }]) }));
    await expect(api.searchEnheter({ navn: 'registerenheten' })).rejects.toMatchObject({ source: 'response', field: '_embedded.enheter.0.konkurs' });
  });
});

describe('apiUrl', () => {
  it('joins the open API paths to apiUrl, for a proxy that serves them elsewhere', async () => {
    const { fetch, calls } = fakeFetch((url) =>
      url.pathname.endsWith('/enheter')
        ? { status: 200, body: { _links: {}, page: { number: 0, size: 5, totalPages: 1, totalElements: 1 }, _embedded: { enheter: [enhet] } } }
        : { status: 200, body: enhet },
    );
    const api = createEnhetsregisterClient({ fetch, retry: false, apiUrl: 'https://proxy.example/brreg/' });
    expect((await api.searchEnheter({ navn: 'registerenheten', size: 5 })).enheter[0]!.navn).toBe('REGISTERENHETEN I BRØNNØYSUND');
    expect((await api.getEnhet('974760673')).status).toBe('found');
    expect(calls.map((c) => `${c.url.origin}${c.url.pathname}`)).toEqual([
      'https://proxy.example/brreg/enheter',
      'https://proxy.example/brreg/enheter/974760673',
    ]);
    expect(calls[0]!.url.searchParams.get('navn')).toBe('registerenheten');
  });
});
