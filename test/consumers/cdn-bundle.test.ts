import { afterAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright';
import { chooseMyrvollveien, createApp, launchBrowser, openPage, serve, type Site } from './app.js';

/**
 * A page with no build step that loads only the CDN bundle, `dist/felles.bundle.js`, through an import
 * map, served from the installed package as a CDN would serve it. The bundle fetches what it needs later
 * (the address client, other languages' texts) from `dist/felles.bundle/` beside it, and nothing else.
 */
const sandbox = inject('sandboxOrigin');

const files = {
  'index.html': `<!doctype html>
<html lang="nb"><head><meta charset="utf-8"><title>Starte bedrift</title>
<script type="importmap">{ "imports": { "@felles/elements/bundle.js": "/node_modules/@felles/elements/dist/felles.bundle.js" } }</script>
<script type="module">import '@felles/elements/bundle.js';</script></head>
<body><main>
<form method="post" action="/submit">
  <felles-address-lookup name="adresse" label="Adresse" endpoint="${sandbox}/adresser/v1" debounce="50"></felles-address-lookup>
  <button>Send</button>
</form>
<felles-life-event-stepper event-id="start-business"></felles-life-event-stepper>
</main></body></html>
`,
};

let browser: Browser | undefined;
let site: Site | undefined;
afterAll(async () => Promise.all([browser?.close(), site?.close()]));

describe('the CDN bundle through an import map', () => {
  it('loads nothing but the bundle and, when needed, the chunks beside it, and the elements work', async () => {
    const dir = await createApp('cdn-bundle', { '@felles/elements': '*' }, files);
    [browser, site] = await Promise.all([launchBrowser(), serve(dir)]);
    const { page, errors, requests, close } = await openPage(browser, site.origin);

    await expect.poll(() => page.locator('felles-life-event-stepper li').count()).toBeGreaterThan(3);
    await chooseMyrvollveien(page, 'Adresse');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await expect.poll(() => site!.posts.length).toBe(1);
    expect(Object.fromEntries(site.posts[0]!)).toMatchObject({ adresse: 'Myrvollveien 5C, 1415 OPPEGÅRD' });
    const scripts = requests.filter((url) => url.startsWith(site!.origin) && url.endsWith('.js'));
    const dist = `${site.origin}/node_modules/@felles/elements/dist/`;
    expect(scripts[0]).toBe(`${dist}felles.bundle.js`);
    expect(scripts.slice(1).filter((url) => !url.startsWith(`${dist}felles.bundle/`))).toEqual([]);
    // Loaded when the search began, not with the page; a Bokmål page never fetches other languages.
    expect(scripts.some((url) => /\/load-client-[\w-]+\.js$/.test(url))).toBe(true);
    expect(scripts.filter((url) => /\/messages\.(nn|en|se)-/.test(url))).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });
});
