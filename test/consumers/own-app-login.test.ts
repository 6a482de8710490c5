import { join } from 'node:path';
import type { Browser } from 'playwright';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createApp, inApp, launchBrowser, openPage, serve, versions, type Site } from './app.js';

/**
 * A service team's own app, on an origin and port the sandbox has never heard of, logs a person in
 * through the sandbox's ID-porten with the documented loopback client (`localhost-app`), using only
 * what it installed from the registry: the login button in public-client mode (PKCE, tokens in memory).
 */
const sandbox = inject('sandboxOrigin');

const files = {
  'index.html': `<!doctype html>
<html lang="nb"><head><meta charset="utf-8"><title>Min tjeneste</title><link rel="icon" href="data:,">
<script type="module" src="/main.js"></script></head>
<body><main>
<felles-id-login-button issuer="${sandbox}/idporten" client-id="localhost-app"></felles-id-login-button>
<p id="who"></p>
</main></body></html>
`,
  // The callback is this page itself, on whatever port the app was given.
  'main.js': `const button = document.querySelector('felles-id-login-button');
button.setAttribute('redirect-uri', location.origin + '/');
button.addEventListener('felles-logged-in', (event) => {
  document.querySelector('#who').textContent = event.detail.claims.pid + ' ' + event.detail.claims.acr;
});
await import('@felles/elements/id-login-button/define.js');
`,
};

let browser: Browser | undefined;
let site: Site | undefined;
afterAll(async () => Promise.all([browser?.close(), site?.close()]));

describe("a team's own app on its own origin", () => {
  it('logs in against the sandbox with the loopback client, no registration', async () => {
    const dir = await createApp('own-app-login', { '@felles/elements': '*', vite: versions.vite }, files);
    await inApp(dir, 'npx', ['vite', 'build']);
    [browser, site] = await Promise.all([launchBrowser(), serve(join(dir, 'dist'))]);
    const { page, errors, close } = await openPage(browser, site.origin);

    await page.getByRole('button', { name: /Logg inn/ }).click();
    await page.waitForURL(`${sandbox}/idporten/**`);
    await page.getByLabel('Kari Nordmann').check();
    await page.getByRole('button', { name: 'Logg inn', exact: true }).click();
    await page.waitForURL(`${site.origin}/**`);
    await expect.poll(() => page.locator('#who').textContent(), { timeout: 20_000 }).toBe('14838512470 idporten-loa-substantial');
    // The code and state are gone from the address bar, and nothing was kept in the browser's storage.
    expect(new URL(page.url()).search).toBe('');
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });
});
