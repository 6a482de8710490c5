import { FellesValidationError } from '@felles/client-core';
import { describe, expect, it } from 'vitest';
import { actingRoles, createEnhetsregisterClient, type Roller } from './index.js';

/** The roles shape as Brønnøysundregistrene documents it (its "Roller" section), trimmed to two groups. */
const roller: Roller = {
  rollegrupper: [
    {
      type: { kode: 'DAGL', beskrivelse: 'Daglig leder/ adm.direktør' },
      sistEndret: '2024-05-01',
      roller: [
        {
          type: { kode: 'DAGL', beskrivelse: 'Daglig leder/ adm.direktør' },
          person: { fodselsdato: '1975-03-12', navn: { fornavn: 'Kari', mellomnavn: null, etternavn: 'Nordmann' }, erDoed: false },
          fratraadt: false,
          rekkefolge: 0,
        },
      ],
    },
    {
      type: { kode: 'REVI', beskrivelse: 'Revisor' },
      roller: [
        {
          type: { kode: 'REVI', beskrivelse: 'Revisor' },
          enhet: {
            organisasjonsnummer: '972412112',
            organisasjonsform: { kode: 'AS', beskrivelse: 'Aksjeselskap' },
            navn: ['SLM REVISJON AS'],
            erSlettet: false,
          },
          fratraadt: false,
        },
      ],
    },
  ],
};

function fake(body: unknown, status = 200) {
  const seen: { url: string; authorization: string | null }[] = [];
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    seen.push({ url: String(input), authorization: new Headers(init?.headers).get('authorization') });
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  }) as typeof globalThis.fetch;
  return { fetch, seen };
}

describe('getRoles', () => {
  it('reads the open API without sending the authorised token, and the authorised API with it', async () => {
    const { fetch, seen } = fake(roller);
    const api = createEnhetsregisterClient({ fetch, retry: false, authorisedTokenProvider: { getToken: async () => 'mp-token' } });
    expect(await api.getRoles('974 760 673')).toEqual({ status: 'found', roller });
    await api.getRoles('974760673', { authorised: true });
    expect(seen).toEqual([
      { url: 'https://data.brreg.no/enhetsregisteret/api/enheter/974760673/roller', authorization: null },
      { url: 'https://data.brreg.no/enhetsregisteret/autorisert-api/enheter/974760673/roller', authorization: 'Bearer mp-token' },
    ]);
  });

  it('answers not-found on 404, refuses a bad number and a missing token provider before sending', async () => {
    const { fetch, seen } = fake({}, 404);
    const api = createEnhetsregisterClient({ fetch, retry: false });
    expect(await api.getRoles('974760673')).toEqual({ status: 'not-found', organisasjonsnummer: '974760673' });
    await expect(api.getRoles('974760674')).rejects.toBeInstanceOf(FellesValidationError);
    await expect(api.getRoles('974760673', { authorised: true })).rejects.toThrow(/authorisedTokenProvider/);
    expect(seen).toHaveLength(1);
  });

  it('rejects an answer that is not roles', async () => {
    const { fetch } = fake({ rollegrupper: [{ type: { kode: 'DAGL' }, roller: [{ type: { kode: 'DAGL' } }] }] });
    await expect(createEnhetsregisterClient({ fetch, retry: false }).getRoles('974760673')).rejects.toMatchObject({ source: 'response' });
  });
});

describe('actingRoles', () => {
  it('keeps current roles that may act for the unit, not the auditor nor one who has left', () => {
    const left = structuredClone(roller);
    left.rollegrupper[0]!.roller.push({ ...left.rollegrupper[0]!.roller[0]!, fratraadt: true });
    expect(actingRoles(left).map((r) => r.person?.navn.fornavn)).toEqual(['Kari']);
  });
});
