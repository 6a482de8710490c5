import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemo, type RunningDemo } from '../src/index.js';
import { PlainBrowser } from './http-client.js';

/**
 * The demo behind a proxy that terminates TLS: the public origin decides the cookies, and only a
 * trusted proxy's forwarding headers are believed. No sandbox is needed: a login start makes its
 * session (and cookie) before it asks ID-porten, which here is not there and answers 503.
 */

const quiet = { warn: () => {}, error: () => {} };
// Port 9 (discard) has nothing listening: the login start fails fast after the session is made.
const base = { port: 0, sandboxOrigin: 'http://127.0.0.1:9', dataDir: false as const, log: quiet };

let plain: RunningDemo;
let behindTls: RunningDemo;
let trusted: RunningDemo;
beforeAll(async () => {
  [plain, behindTls, trusted] = await Promise.all([
    startDemo(base),
    startDemo({ ...base, publicOrigin: 'https://demo.example.no' }),
    startDemo({ ...base, publicOrigin: 'https://demo.example.no/', trustProxy: true, loginStarts: { burst: 2, perMinute: 1 } }),
  ]);
});
afterAll(async () => {
  await Promise.all([plain, behindTls, trusted].map((demo) => demo?.close()));
});

/** The Set-Cookie lines of a login start and a language switch. */
async function cookiesOf(demo: RunningDemo, headers: Record<string, string> = {}): Promise<string[]> {
  const browser = new PlainBrowser(demo.origin);
  await browser.request('GET', '/auth/login', undefined, headers);
  await browser.request('GET', '/settings?lang=en&scheme=dark', undefined, headers);
  return browser.setCookies;
}

describe('cookies', () => {
  it('over plain http on loopback are neither Secure nor prefixed', async () => {
    const lines = await cookiesOf(plain);
    expect(lines.map((line) => line.split('=')[0])).toEqual(['felles-demo-session', 'felles-demo-lang', 'felles-demo-scheme']);
    for (const line of lines) expect(line).not.toMatch(/Secure/);
  });

  it('with an https public origin are Secure, Path=/, without Domain, and named __Host-', async () => {
    const lines = await cookiesOf(behindTls);
    expect(lines.map((line) => line.split('=')[0])).toEqual(['__Host-felles-demo-session', '__Host-felles-demo-lang', '__Host-felles-demo-scheme']);
    for (const line of lines) {
      expect(line).toMatch(/; Secure(;|$)/);
      expect(line).toMatch(/; Path=\/(;|$)/);
      expect(line).not.toMatch(/Domain=/i);
    }
    expect(lines[0]).toMatch(/; HttpOnly/);
  });

  it('are read under the prefixed name only, so an unprefixed cookie planted over http counts for nothing', async () => {
    const browser = new PlainBrowser(behindTls.origin);
    browser.cookies.set('felles-demo-lang', 'en');
    expect((await browser.get('/privacy')).html).toContain('<html lang="nb"');
    browser.cookies.set('__Host-felles-demo-lang', 'en');
    expect((await browser.get('/privacy')).html).toContain('<html lang="en"');
  });

  it('behind TLS use the public origin for the redirect URI and the CSRF origin check', async () => {
    expect(behindTls.config.origin).toBe('https://demo.example.no');
    expect(trusted.config.origin).toBe('https://demo.example.no');
    await expect(startDemo({ ...base, publicOrigin: 'https://demo.example.no/app' })).rejects.toThrow(/no path/);
    await expect(startDemo({ ...base, publicOrigin: 'ftp://demo.example.no' })).rejects.toThrow(/http\(s\)/);
  });
});

describe('forwarding headers', () => {
  it('from a trusted proxy: a request it received over http is sent to https', async () => {
    const browser = new PlainBrowser(trusted.origin);
    const response = await browser.request('GET', '/privacy?lang=en', undefined, { 'x-forwarded-proto': 'http' });
    expect(response.status).toBe(308);
    expect(response.headers.get('location')).toBe('https://demo.example.no/privacy?lang=en');
    expect(response.headers.getSetCookie()).toEqual([]);
    expect((await browser.request('GET', '/privacy', undefined, { 'x-forwarded-proto': 'https' })).status).toBe(200);
    // A proxy that says nothing is not a reason to redirect (that would loop).
    expect((await browser.get('/privacy')).status).toBe(200);
  });

  it('without a trusted proxy are ignored: no redirect, and a forged X-Forwarded-For gets no budget of its own', async () => {
    const browser = new PlainBrowser(behindTls.origin);
    expect((await browser.request('GET', '/privacy', undefined, { 'x-forwarded-proto': 'http' })).status).toBe(200);

    const guarded = await startDemo({ ...base, loginStarts: { burst: 2, perMinute: 1 } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 3; i += 1) {
        const start = await new PlainBrowser(guarded.origin).request('GET', '/auth/login', undefined, { 'x-forwarded-for': `198.51.100.${i}` });
        statuses.push(start.status);
      }
      expect(statuses).toEqual([503, 503, 429]);
    } finally {
      await guarded.close();
    }
  });

  it('from a trusted proxy: the budget of login starts is per address the proxy saw, the last X-Forwarded-For entry', async () => {
    const start = (forwardedFor: string) =>
      new PlainBrowser(trusted.origin).request('GET', '/auth/login', undefined, { 'x-forwarded-proto': 'https', 'x-forwarded-for': forwardedFor });
    // The first entries are whatever the client wrote; the proxy appends the address it saw.
    const statuses = [];
    for (const chain of ['1.1.1.1, 203.0.113.7', '2.2.2.2, 203.0.113.7', '3.3.3.3, 203.0.113.7', '203.0.113.8'])
      statuses.push((await start(chain)).status);
    expect(statuses).toEqual([503, 503, 429, 503]);
  });
});

describe('security headers', () => {
  it('isolate the pages and the assets from other origins', async () => {
    const browser = new PlainBrowser(plain.origin);
    for (const path of ['/', '/privacy', '/assets/demo.css', '/nothing']) {
      const { headers } = await browser.get(path);
      expect(headers.get('cross-origin-opener-policy'), path).toBe('same-origin');
      expect(headers.get('cross-origin-resource-policy'), path).toBe('same-origin');
      expect(headers.get('referrer-policy'), path).toBe('same-origin');
      expect(headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(headers.get('content-security-policy'), path).toMatch(
        /default-src 'self'; ?script-src 'self'.*frame-ancestors 'none'; ?base-uri 'none'; ?object-src 'none'/,
      );
      expect(headers.get('strict-transport-security'), path).toBeNull();
    }
  });

  it('tell browsers to use https only when the public origin is https', async () => {
    const { headers } = await new PlainBrowser(behindTls.origin).get('/');
    expect(headers.get('strict-transport-security')).toBe('max-age=31536000');
  });
});
