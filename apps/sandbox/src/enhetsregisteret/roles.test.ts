import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FellesHttpError } from '@felles/client-core';
import { actingRoles, createEnhetsregisterClient } from '@felles/client-enhetsregisteret';
import { createMaskinportenClient } from '@felles/client-maskinporten';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from '../index.js';
import { createMaskinportenService, sandboxScopes } from '../maskinporten/service.js';
import { authorisedPrefix, createAuthorisedEnhetsregisteretService } from './authorised.js';
import { createEnhetsregisteretService, fixtureOrgnr } from './service.js';

let sandbox: RunningSandbox;
let issuer: string;
beforeAll(async () => {
  sandbox = await startSandbox({
    port: 0,
    dataDir: mkdtempSync(join(tmpdir(), 'roles-')),
    services: [createEnhetsregisteretService(), createAuthorisedEnhetsregisteretService(), createMaskinportenService()],
  });
  issuer = `${sandbox.origin}/maskinporten/`;
});
afterAll(() => sandbox.close());

async function maskinportenFor(clientId: string) {
  const { private_jwk } = await (await fetch(`${issuer}test/clients/${clientId}`)).json();
  return createMaskinportenClient({ issuer, clientId, key: private_jwk });
}

const open = () => createEnhetsregisterClient({ baseUrl: sandbox.origin, retry: false });

describe('roles, open API', () => {
  it('lists the restaurant’s roles by name and birth date, without national identity numbers', async () => {
    const result = await open().getRoles(fixtureOrgnr.restaurant);
    expect(result.status).toBe('found');
    if (result.status !== 'found') return;
    const roles = result.roller.rollegrupper.flatMap((g) => g.roller);
    expect(roles.map((r) => [r.type.kode, r.person?.navn.fornavn, r.fratraadt])).toEqual([
      ['DAGL', 'Kari', false],
      ['DAGL', 'Per', true],
      ['LEDE', 'Kari', false],
      ['MEDL', 'Ola', false],
    ]);
    expect(roles[0]!.person?.fodselsdato).toBe('1985-03-14');
    expect(roles.some((r) => r.person?.fodselsnummer)).toBe(false);
    // Ola, a board member, and Per, who has left, may not act for the unit.
    expect(actingRoles(result.roller).map((r) => r.person?.navn.fornavn)).toEqual(['Kari', 'Kari']);
  });

  it('answers 404 for a number no unit has', async () => {
    expect(await open().getRoles(fixtureOrgnr.unknown)).toEqual({ status: 'not-found', organisasjonsnummer: fixtureOrgnr.unknown });
  });

  it('gives a sole proprietorship its innehaver', async () => {
    const search = await open().searchEnheter({ organisasjonsform: ['ENK'], size: 1 });
    const enk = search.enheter[0]!;
    const result = await open().getRoles(enk.organisasjonsnummer);
    if (result.status !== 'found') throw new Error('expected roles');
    expect(result.roller.rollegrupper.map((g) => g.type.kode)).toEqual(['INNH']);
  });
});

describe('roles, authorised API', () => {
  it('adds fodselsnummer for a Maskinporten token with the roles scope', async () => {
    const maskinporten = await maskinportenFor('felles-demo');
    const client = createEnhetsregisterClient({
      baseUrl: sandbox.origin,
      authorisedTokenProvider: maskinporten.tokenProvider({ scope: sandboxScopes.roles }),
    });
    const result = await client.getRoles(fixtureOrgnr.restaurant, { authorised: true });
    if (result.status !== 'found') throw new Error('expected roles');
    expect(actingRoles(result.roller).map((r) => r.person?.fodselsnummer)).toEqual(['14838512470', '14838512470']);
  });

  it('refuses no token (401), a token without the scope (403) and a forged token (401)', async () => {
    const url = `${sandbox.origin}${authorisedPrefix}/enheter/${fixtureOrgnr.restaurant}/roller`;
    expect((await fetch(url)).status).toBe(401);
    const limited = await maskinportenFor('felles-limited');
    const { accessToken } = await limited.getToken({ scope: sandboxScopes.demo });
    const noScope = await fetch(url, { headers: { authorization: `Bearer ${accessToken}` } });
    expect(noScope.status).toBe(403);
    expect(await noScope.json()).toMatchObject({ message: expect.stringContaining(sandboxScopes.roles) });
    const [header, payload] = accessToken.split('.');
    const forged = `${header}.${payload}.${'A'.repeat(342)}`;
    expect((await fetch(url, { headers: { authorization: `Bearer ${forged}` } })).status).toBe(401);
  });

  it('is refused through the client when the scope is missing', async () => {
    const limited = await maskinportenFor('felles-limited');
    const client = createEnhetsregisterClient({
      baseUrl: sandbox.origin,
      retry: false,
      authorisedTokenProvider: limited.tokenProvider({ scope: sandboxScopes.demo }),
    });
    await expect(client.getRoles(fixtureOrgnr.restaurant, { authorised: true })).rejects.toSatisfy(
      (e) => e instanceof FellesHttpError && e.status === 403,
    );
  });
});
