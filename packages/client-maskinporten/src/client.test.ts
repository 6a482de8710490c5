import { exportJWK, generateKeyPair, decodeJwt, decodeProtectedHeader } from 'jose';
import { describe, expect, it } from 'vitest';
import { createMaskinportenClient, MaskinportenError, maskinportenIssuers } from './index.js';

/** A fake Maskinporten: answers the metadata and hands each grant to `answer`. */
async function fakeMaskinporten(answer: (assertion: string) => Response | Promise<Response>) {
  const issuer = 'https://mp.example/';
  const grants: string[] = [];
  const fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    if (url === `${issuer}.well-known/oauth-authorization-server`) return Response.json({ issuer, token_endpoint: `${issuer}token` });
    const assertion = new URLSearchParams(String(init?.body)).get('assertion')!;
    grants.push(assertion);
    return answer(assertion);
  };
  const { privateKey } = await generateKeyPair('RS384', { extractable: true });
  const key = { ...(await exportJWK(privateKey)), kid: 'k1', alg: 'RS384' };
  return { issuer, grants, key, fetch: fetch as typeof globalThis.fetch };
}

const token = (expiresIn = 120) =>
  Response.json({ access_token: `at-${crypto.randomUUID()}`, token_type: 'Bearer', expires_in: expiresIn, scope: 'a b' });

describe('createMaskinportenClient', () => {
  it('names the test and production issuers with their trailing slash', () => {
    expect(maskinportenIssuers).toEqual({ test: 'https://test.maskinporten.no/', production: 'https://maskinporten.no/' });
  });

  it('signs a grant with the claims Maskinporten reads and no others', async () => {
    const mp = await fakeMaskinporten(() => token());
    const client = createMaskinportenClient({ issuer: mp.issuer, clientId: 'c1', key: mp.key, request: { fetch: mp.fetch } });
    await client.getToken({
      scope: ['b', 'a'],
      resource: 'https://api.example/',
      authorizationDetails: [{ type: 'urn:altinn:consent', id: 'x', from: 'urn:altinn:person:identifier-no:1' }],
    });
    const claims = decodeJwt(mp.grants[0]!);
    expect(decodeProtectedHeader(mp.grants[0]!)).toEqual({ alg: 'RS384', kid: 'k1' });
    expect(Object.keys(claims).sort()).toEqual(['aud', 'authorization_details', 'exp', 'iat', 'iss', 'jti', 'resource', 'scope']);
    expect(claims).toMatchObject({ aud: mp.issuer, iss: 'c1', scope: 'a b', resource: 'https://api.example/' });
    expect(claims.exp! - claims.iat!).toBeLessThanOrEqual(120);
  });

  it('keeps one token per (scope, resource, authorization_details) and shares a grant in flight', async () => {
    const mp = await fakeMaskinporten(() => token());
    const client = createMaskinportenClient({ issuer: mp.issuer, clientId: 'c1', key: mp.key, request: { fetch: mp.fetch } });
    const tokens = await Promise.all(Array.from({ length: 20 }, () => client.getToken({ scope: 'a b' })));
    expect(new Set(tokens.map((t) => t.accessToken)).size).toBe(1);
    await client.getToken({ scope: 'b a' });
    await client.getToken({ scope: 'a b', resource: 'https://api.example/' });
    await client.getToken({ scope: 'a b', authorizationDetails: [{ type: 'urn:altinn:consent', id: '1' }] });
    expect(mp.grants).toHaveLength(3);
    expect(new Set(mp.grants.map((g) => decodeJwt(g).jti)).size).toBe(3);
  });

  it('sends consumer_org and keeps a token per organisation acted for and per consent, whatever the key order', async () => {
    const mp = await fakeMaskinporten(() => token());
    const client = createMaskinportenClient({ issuer: mp.issuer, clientId: 'c1', key: mp.key, request: { fetch: mp.fetch } });
    await client.getToken({ scope: 'a', consumerOrg: '310000035' });
    await client.getToken({ scope: 'a', consumerOrg: '310000035' });
    await client.getToken({ scope: 'a', consumerOrg: '310000043' });
    expect(mp.grants.map((g) => decodeJwt(g)['consumer_org'])).toEqual(['310000035', '310000043']);

    const consent = { type: 'urn:altinn:consent', id: 'c-1', from: 'urn:altinn:organization:identifier-no:926535897' };
    await client.getToken({ scope: 'a', authorizationDetails: [consent] });
    await client.getToken({ scope: 'a', authorizationDetails: [{ from: consent.from, id: consent.id, type: consent.type }] });
    await client.getToken({ scope: 'a', authorizationDetails: [{ ...consent, id: 'c-2' }] });
    // An empty list is no authorization details: it shares the plain token (and is not sent).
    await client.getToken({ scope: 'a', authorizationDetails: [] });
    expect(mp.grants).toHaveLength(5);
    expect(decodeJwt(mp.grants[2]!)['authorization_details']).toEqual([consent]);
    expect(decodeJwt(mp.grants[4]!)['authorization_details']).toBeUndefined();
  });

  it('renews a token once it is within the skew of its exp', async () => {
    let now = 1_000_000_000_000;
    const mp = await fakeMaskinporten(() => token(120));
    const client = createMaskinportenClient({
      issuer: mp.issuer,
      clientId: 'c1',
      key: mp.key,
      refreshSkewSeconds: 30,
      now: () => now,
      request: { fetch: mp.fetch },
    });
    const first = await client.getToken({ scope: 'a' });
    now += 89_000;
    expect((await client.getToken({ scope: 'a' })).accessToken).toBe(first.accessToken);
    now += 2_000;
    expect((await client.getToken({ scope: 'a' })).accessToken).not.toBe(first.accessToken);
    expect(mp.grants).toHaveLength(2);
  });

  it('turns a refusal into MaskinportenError with its MP code, and does not cache it', async () => {
    const mp = await fakeMaskinporten(() => Response.json({ error: 'invalid_scope', error_description: 'Invalid scope (MP-062)' }, { status: 400 }));
    const client = createMaskinportenClient({ issuer: mp.issuer, clientId: 'c1', key: mp.key, request: { fetch: mp.fetch } });
    const error = await client.getToken({ scope: 'a' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MaskinportenError);
    expect(error).toMatchObject({ error: 'invalid_scope', error_description: 'Invalid scope (MP-062)', mpCode: 'MP-062', status: 400 });
    await expect(client.getToken({ scope: 'a' })).rejects.toThrow(MaskinportenError);
    expect(mp.grants).toHaveLength(2);
  });

  it('refuses settings Maskinporten would refuse before anything is sent', async () => {
    const mp = await fakeMaskinporten(() => token());
    expect(() => createMaskinportenClient({ issuer: mp.issuer, clientId: 'c1', key: mp.key, grantLifetimeSeconds: 121 })).toThrow(RangeError);
    expect(() => createMaskinportenClient({ issuer: mp.issuer, clientId: 'c1', key: mp.key, alg: 'ES256' as 'RS256' })).toThrow(/RS256/);
    expect(() => createMaskinportenClient({ issuer: mp.issuer, clientId: 'c1', key: { ...mp.key, kid: undefined } })).toThrow(/kid/);
  });

  it('throws a clear error when loaded in a browser bundle', async () => {
    await expect(import('./browser.js')).rejects.toThrow(/server only/);
  });
});
