import { createIdportenClient, IdportenProviderError } from '@felles/client-idporten';
import { createIdportenBrowserClient } from '@felles/client-idporten/browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../index.js';
import { sandboxClientSecrets } from './clients.js';
import { isTenorSynthetic } from './fodselsnummer.js';
import { testPersons } from './persons.js';
import { Browserless } from './testing/browserless.js';
import { startIdportenSandbox, testClient } from './testing/fixtures.js';

let sandbox: RunningSandbox;

beforeAll(async () => {
  sandbox = await startIdportenSandbox();
});
afterAll(() => sandbox.close());

const kari = testPersons.find((p) => p.id === 'kari')!;

describe('login with the backend client against the sandbox', () => {
  it('logs in at level high with pid, acr, amr, sid, locale and a pairwise sub', async () => {
    const client = testClient(sandbox.origin);
    const login = await client.createLogin({ acr: 'high', uiLocales: ['nn', 'en'] });
    const browser = new Browserless(sandbox.origin);
    const { callbackUrl, loginPage } = await browser.login(login.url, { person: 'kari', level: 'high' });

    // The login page spoke nynorsk and offered only the level asked for.
    expect(loginPage).toContain('<html lang="nn">');
    expect(loginPage).toContain('value="high"');
    expect(loginPage).not.toContain('value="substantial"');
    // RFC 9207: the provider names itself in the callback.
    expect(new URL(callbackUrl).searchParams.get('iss')).toBe(`${sandbox.origin}/idporten`);

    const result = await client.handleCallback(callbackUrl, login);
    expect(result.claims).toMatchObject({
      pid: kari.pid,
      acr: 'idporten-loa-high',
      level: 'high',
      amr: ['TestID'],
      locale: 'nn',
      iss: `${sandbox.origin}/idporten`,
      aud: 'felles-test-post',
    });
    // sid only for clients registered with front-channel logout with session (see the demo below).
    expect(result.claims.sid).toBeUndefined();
    expect(result.claims.authTime).toBeGreaterThan(0);
    expect(result.claims.sub).not.toBe('kari');
    expect(result.claims.sub).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(isTenorSynthetic(result.claims.pid!)).toBe(true);

    // Names come from userinfo only, as in ID-porten.
    expect(result.claims).not.toHaveProperty('given_name');
    const info = await client.userinfo(result);
    expect(info).toMatchObject({ sub: result.claims.sub, pid: kari.pid, given_name: 'Kari', family_name: 'Nordmann', name: 'Kari Nordmann' });
  });

  it.each(['felles-test-basic', 'felles-test-post', 'felles-test-jwt'])('authenticates the client with %s', async (clientId) => {
    const client = testClient(sandbox.origin, clientId);
    const login = await client.createLogin();
    const { callbackUrl } = await new Browserless(sandbox.origin).login(login.url, { person: 'ola' });
    const result = await client.handleCallback(callbackUrl, login);
    expect(result.claims.aud).toBe(clientId);
    expect(result.claims.level).toBe('substantial');
  });

  it('gives each client its own sub for the same person (pairwise)', async () => {
    const subs = new Set<string>();
    for (const clientId of ['felles-test-basic', 'felles-test-post']) {
      const client = testClient(sandbox.origin, clientId);
      const login = await client.createLogin();
      const { callbackUrl } = await new Browserless(sandbox.origin).login(login.url, { person: 'per' });
      subs.add((await client.handleCallback(callbackUrl, login)).claims.sub);
    }
    expect(subs.size).toBe(2);
  });

  it('logs in a foreign eID without pid', async () => {
    const client = testClient(sandbox.origin);
    const login = await client.createLogin();
    const { callbackUrl } = await new Browserless(sandbox.origin).login(login.url, { person: 'erika' });
    const result = await client.handleCallback(callbackUrl, login);
    expect(result.claims.pid).toBeUndefined();
    expect(result.claims.sub).toBeTruthy();
  });

  it('reuses the ID-porten session, and asks again for a higher level (step-up) or prompt=login', async () => {
    const client = testClient(sandbox.origin);
    const browser = new Browserless(sandbox.origin);
    const first = await client.createLogin({ acr: 'substantial' });
    await client.handleCallback((await browser.login(first.url, { level: 'substantial' })).callbackUrl, first);

    const sso = await client.createLogin({ acr: 'substantial' });
    const again = await browser.login(sso.url);
    expect(again.loginPage).toBeUndefined();
    expect((await client.handleCallback(again.callbackUrl, sso)).claims.level).toBe('substantial');

    const stepUp = await client.createLogin({ acr: 'high' });
    const raised = await browser.login(stepUp.url, { level: 'high' });
    expect(raised.loginPage).toContain('value="high"');
    expect((await client.handleCallback(raised.callbackUrl, stepUp)).claims.level).toBe('high');

    const forced = await client.createLogin({ acr: 'substantial', prompt: 'login' });
    expect((await browser.login(forced.url)).loginPage).toBeDefined();
  });

  it('reports a cancelled login as a provider error access_denied', async () => {
    const client = testClient(sandbox.origin);
    const login = await client.createLogin();
    const { callbackUrl } = await new Browserless(sandbox.origin).login(login.url, { cancel: true });
    const error = await client.handleCallback(callbackUrl, login).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IdportenProviderError);
    expect(error).toMatchObject({ error: 'access_denied', source: 'authorization', code: 'idporten.provider_error' });
  });

  it('refuses an authorization request without PKCE', async () => {
    const client = testClient(sandbox.origin);
    const url = new URL((await client.createLogin()).url);
    url.searchParams.delete('code_challenge');
    url.searchParams.delete('code_challenge_method');
    const response = await fetch(url, { redirect: 'manual' });
    const location = new URL(response.headers.get('location') ?? '');
    expect(location.searchParams.get('error')).toBe('invalid_request');
    expect(location.searchParams.get('error_description')).toMatch(/PKCE/);
  });

  it('fetches discovery once for many logins (cached)', async () => {
    let discoveryRequests = 0;
    const client = testClient(sandbox.origin, 'felles-test-post', {
      fetch: (input, init) => {
        if (String(input).endsWith('/.well-known/openid-configuration')) discoveryRequests++;
        return fetch(input, init);
      },
    });
    await Promise.all([client.createLogin(), client.createLogin(), client.createLogin()]);
    await client.createLogin();
    expect(discoveryRequests).toBe(1);
  });
});

describe('logout', () => {
  it('ends the ID-porten session (RP-initiated) and returns with state', async () => {
    const client = testClient(sandbox.origin);
    const browser = new Browserless(sandbox.origin);
    const login = await client.createLogin();
    const result = await client.handleCallback((await browser.login(login.url)).callbackUrl, login);

    const logout = await client.createLogout({ idTokenHint: result.idToken, state: 'after-logout' });
    expect(logout.params).toMatchObject({ id_token_hint: result.idToken, client_id: 'felles-test-post', state: 'after-logout' });
    const { leftTo } = await browser.logout(logout.url);
    expect(leftTo).toBe('http://127.0.0.1:4999/auth/logged-out?state=after-logout');

    // The session is gone: the next login shows the login page again.
    const next = await client.createLogin();
    expect((await browser.login(next.url)).loginPage).toBeDefined();
  });

  it("loads the demo's front-channel logout URI with iss and sid", async () => {
    const demo = createIdportenClient({
      issuer: `${sandbox.origin}/idporten`,
      clientId: 'felles-demo',
      redirectUri: 'http://127.0.0.1:4020/auth/callback',
      postLogoutRedirectUri: 'http://127.0.0.1:4020/auth/logged-out',
      clientAuth: { method: 'client_secret_post', clientSecret: sandboxClientSecrets.demo },
    });
    const browser = new Browserless(sandbox.origin);
    const login = await demo.createLogin();
    const result = await demo.handleCallback((await browser.login(login.url)).callbackUrl, login);
    const logout = await demo.createLogout({ idTokenHint: result.idToken });
    expect(result.claims.sid).toMatch(/^[\w-]{20,}$/);
    const { frontChannel, leftTo } = await browser.logout(logout.url);
    expect(frontChannel).toEqual([
      `http://127.0.0.1:4020/auth/frontchannel-logout?iss=${encodeURIComponent(`${sandbox.origin}/idporten`)}&sid=${result.claims.sid}`,
    ]);
    expect(leftTo).toBe(`http://127.0.0.1:4020/auth/logged-out?state=${logout.state}`);
  });
});

describe('public browser client against the sandbox', () => {
  function memoryStorage() {
    const map = new Map<string, string>();
    return {
      map,
      getItem: (key: string) => map.get(key) ?? null,
      setItem: (key: string, value: string) => void map.set(key, value),
      removeItem: (key: string) => void map.delete(key),
    };
  }

  it('keeps transient values in sessionStorage until the callback, tokens only in memory', async () => {
    const session = memoryStorage();
    const local = memoryStorage();
    const navigations: string[] = [];
    const previous = { sessionStorage: globalThis.sessionStorage, localStorage: globalThis.localStorage };
    Object.assign(globalThis, { sessionStorage: session, localStorage: local });
    try {
      const client = createIdportenBrowserClient({
        issuer: `${sandbox.origin}/idporten`,
        clientId: 'felles-test-public',
        redirectUri: 'http://localhost:4999/public',
        navigate: (url) => navigations.push(url),
      });
      await client.login({ acr: 'high' });
      expect(navigations).toHaveLength(1);
      expect(session.map.size).toBe(1);
      const pending = JSON.parse([...session.map.values()][0]!) as Record<string, string>;
      expect(Object.keys(pending).sort()).toEqual(['acr', 'clientId', 'codeVerifier', 'issuer', 'nonce', 'redirectUri', 'state']);

      const browser = new Browserless(sandbox.origin);
      const { callbackUrl } = await browser.login(navigations[0]!, { person: 'aile', level: 'high' });
      expect(client.isCallback(callbackUrl)).toBe(true);
      const result = await client.handleCallback(callbackUrl);
      expect(result.claims).toMatchObject({ pid: '21869234688', level: 'high' });
      expect(client.session?.idToken).toBe(result.idToken);
      expect((await client.userinfo()).name).toBe('Áile Ovllá');

      // Used once, then gone; nothing ever written to localStorage.
      expect(session.map.size).toBe(0);
      expect(local.map.size).toBe(0);
      expect(JSON.stringify([...session.map.values()])).not.toContain(result.accessToken);

      const logout = await client.createLogout();
      expect(logout.params.id_token_hint).toBe(result.idToken);
      expect(client.session).toBeUndefined();
      // POSTed to the end-session endpoint, as ID-porten recommends (and as the login button does).
      const posted = await browser.follow('POST', logout.endpoint, new URLSearchParams(logout.params));
      expect(posted.page).toContain('id="op.logoutForm"');
    } finally {
      Object.assign(globalThis, previous);
    }
  });
});
