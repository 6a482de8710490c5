import { FellesNetworkError, FellesTimeoutError } from '@felles/client-core';
import { describe, expect, it } from 'vitest';
import { createIdportenBrowserClient } from './browser.js';
import { createIdportenClient, IdportenConfigurationError, IdportenIssuerMismatchError, IdportenStateMismatchError } from './index.js';

const issuer = 'https://test.idporten.no';

function metadata(overrides: Record<string, unknown> = {}) {
  return {
    issuer,
    authorization_endpoint: 'https://login.test.idporten.no/authorize',
    token_endpoint: `${issuer}/token`,
    jwks_uri: `${issuer}/jwks.json`,
    userinfo_endpoint: `${issuer}/userinfo`,
    end_session_endpoint: 'https://login.test.idporten.no/logout',
    authorization_response_iss_parameter_supported: true,
    ...overrides,
  };
}

/** A fetch that answers discovery and counts requests. */
function fakeFetch(body: () => unknown = metadata) {
  const calls: string[] = [];
  const fn = (async (input: RequestInfo | URL) => {
    calls.push(String(input));
    return new Response(JSON.stringify(body()), { status: 200, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return { fn, calls };
}

function backend(fetchFn: typeof fetch, extra = {}) {
  return createIdportenClient({
    issuer,
    clientId: 'my-service',
    redirectUri: 'https://service.example/auth/callback',
    postLogoutRedirectUri: 'https://service.example/',
    clientAuth: { method: 'client_secret_basic', clientSecret: 's3cret' },
    fetch: fetchFn,
    ...extra,
  });
}

describe('createLogin', () => {
  it('builds an ID-porten authorization URL with PKCE S256, state, nonce, acr_values, ui_locales and prompt', async () => {
    const { fn } = fakeFetch();
    const login = await backend(fn).createLogin({ acr: 'Level4', uiLocales: ['se', 'nb'], prompt: 'login' });
    const url = new URL(login.url);
    expect(url.origin + url.pathname).toBe('https://login.test.idporten.no/authorize');
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      client_id: 'my-service',
      redirect_uri: 'https://service.example/auth/callback',
      response_type: 'code',
      scope: 'openid profile',
      code_challenge_method: 'S256',
      acr_values: 'idporten-loa-high',
      ui_locales: 'se nb',
      prompt: 'login',
      state: login.state,
      nonce: login.nonce,
    });
    expect(login.codeVerifier.length).toBeGreaterThanOrEqual(43);
    expect(login.codeVerifier.length).toBeLessThanOrEqual(128);
    expect(url.searchParams.get('code_challenge')).not.toBe(login.codeVerifier);
    expect(login.acr).toBe('idporten-loa-high');
  });

  it('makes state, nonce and verifier unique per login', async () => {
    const client = backend(fakeFetch().fn);
    const logins = await Promise.all(Array.from({ length: 20 }, () => client.createLogin()));
    for (const key of ['state', 'nonce', 'codeVerifier'] as const) expect(new Set(logins.map((l) => l[key])).size).toBe(20);
    expect(logins[0]!.acr).toBe('idporten-loa-substantial');
  });
});

describe('discovery', () => {
  it('is fetched once and reused within the TTL, shared by concurrent callers', async () => {
    const { fn, calls } = fakeFetch();
    const client = backend(fn);
    await Promise.all([client.createLogin(), client.createLogin(), client.metadata()]);
    await client.createLogout();
    expect(calls).toEqual([`${issuer}/.well-known/openid-configuration`]);
  });

  it('is fetched again after the TTL', async () => {
    const { fn, calls } = fakeFetch();
    const client = backend(fn, { discoveryTtlMs: 0 });
    await client.metadata();
    await client.metadata();
    expect(calls).toHaveLength(2);
  });

  it('does not cache a failure', async () => {
    let fail = true;
    const calls: string[] = [];
    const fn = (async (input: RequestInfo | URL) => {
      calls.push(String(input));
      if (fail) throw new TypeError('fetch failed');
      return Response.json(metadata());
    }) as typeof fetch;
    const client = backend(fn);
    await expect(client.metadata()).rejects.toBeInstanceOf(FellesNetworkError);
    fail = false;
    await expect(client.metadata()).resolves.toMatchObject({ issuer });
    expect(calls).toHaveLength(2);
  });

  it('times out as a FellesTimeoutError', async () => {
    const fn = ((_input: RequestInfo | URL, init?: RequestInit) =>
      new Promise((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      )) as typeof fetch;
    await expect(backend(fn, { timeoutMs: 50 }).metadata()).rejects.toBeInstanceOf(FellesTimeoutError);
  });

  it('rejects metadata of another issuer', async () => {
    const { fn } = fakeFetch(() => metadata({ issuer: 'https://evil.example' }));
    await expect(backend(fn).metadata()).rejects.toBeInstanceOf(IdportenIssuerMismatchError);
  });

  it('rejects plain-http endpoints off loopback', async () => {
    const { fn } = fakeFetch(() => metadata({ token_endpoint: 'http://test.idporten.no/token' }));
    await expect(backend(fn).metadata()).rejects.toBeInstanceOf(IdportenConfigurationError);
  });
});

describe('configuration', () => {
  it.each([
    [{ issuer: 'http://idporten.example' }, /issuer/],
    [{ redirectUri: 'javascript:alert(1)' }, /redirectUri/],
    [{ clientId: '' }, /clientId/],
  ])('refuses %o', (override, message) => {
    expect(() => backend(fakeFetch().fn, override)).toThrow(message);
  });

  it('allows http on loopback only (the sandbox)', () => {
    expect(() => backend(fakeFetch().fn, { issuer: 'http://127.0.0.1:4010/idporten', redirectUri: 'http://localhost:4020/cb' })).not.toThrow();
  });
});

describe('createLogout', () => {
  it('gives the end-session endpoint and parameters for a POST form, with a generated state', async () => {
    const logout = await backend(fakeFetch().fn).createLogout({ idTokenHint: 'a.b.c', uiLocales: 'nn' });
    expect(logout.endpoint).toBe('https://login.test.idporten.no/logout');
    expect(logout.params).toEqual({
      client_id: 'my-service',
      id_token_hint: 'a.b.c',
      post_logout_redirect_uri: 'https://service.example/',
      state: logout.state,
      ui_locales: 'nn',
    });
    expect(logout.state.length).toBeGreaterThanOrEqual(32);
    expect(new URL(logout.url).searchParams.get('id_token_hint')).toBe('a.b.c');
  });
});

describe('browser client storage', () => {
  function storage() {
    const map = new Map<string, string>();
    return {
      map,
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, v: string) => void map.set(k, v),
      removeItem: (k: string) => void map.delete(k),
    };
  }

  it('refuses a callback when no login was started in this tab, and forgets a pending login after one try', async () => {
    const store = storage();
    const client = createIdportenBrowserClient({
      issuer,
      clientId: 'spa',
      redirectUri: 'https://service.example/',
      fetch: fakeFetch().fn,
      storage: store,
      navigate: () => {},
    });
    await expect(client.handleCallback('https://service.example/?code=x&state=y')).rejects.toBeInstanceOf(IdportenStateMismatchError);
    await client.login();
    expect(store.map.size).toBe(1);
    const { state } = JSON.parse([...store.map.values()][0]!) as { state: string };
    expect(client.isCallback(`https://service.example/?code=x&state=${state}`)).toBe(true);
    expect(client.isCallback('https://service.example/?code=x&state=other')).toBe(false);
    await expect(client.handleCallback(`https://service.example/?code=x&state=${state}&iss=https%3A%2F%2Fevil.example`)).rejects.toBeInstanceOf(
      IdportenIssuerMismatchError,
    );
    expect(store.map.size).toBe(0);
  });
});
