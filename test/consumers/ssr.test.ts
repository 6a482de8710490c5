import { afterAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright';
import { chooseMyrvollveien, createApp, inApp, launchBrowser, openPage, serve, type Site } from './app.js';

/**
 * A server-rendered page: a Node script renders the elements with `@felles/ssr` (declarative shadow
 * DOM and the no-JavaScript fallback), the page loads the bundle, which hydrates them.
 */
const sandbox = inject('sandboxOrigin');

const files = {
  'render.mjs': `import { renderElement } from '@felles/ssr';
const field = await renderElement('felles-address-lookup', { attributes: { name: 'adresse', label: 'Adresse', required: true, endpoint: process.argv[2], debounce: 50 } });
const stepper = await renderElement('felles-life-event-stepper', { attributes: { 'event-id': 'start-business' } });
process.stdout.write(\`<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Starte bedrift</title>
<script type="module" src="/node_modules/@felles/elements/dist/felles.bundle.js"></script></head>
<body><main><form method="post" action="/submit">\${field}<button>Send</button></form>\${stepper}</main></body></html>\`);
`,
};

let browser: Browser | undefined;
let site: Site | undefined;
afterAll(async () => Promise.all([browser?.close(), site?.close()]));

describe('a page server-rendered with @felles/ssr', () => {
  it('has declarative shadow DOM before any script, then hydrates and works', async () => {
    const dir = await createApp('ssr', { '@felles/ssr': '*', '@felles/elements': '*' }, files);
    const html = await inApp(dir, 'node', ['render.mjs', `${sandbox}/adresser/v1`]);
    expect(html).toMatch(/<felles-address-lookup[^>]*>\s*<template shadowroot(mode)?="open"/);
    [browser, site] = await Promise.all([launchBrowser(), serve(dir, async (url) => (url.pathname === '/' ? html : undefined))]);

    // Without JavaScript: the shadow roots come from the HTML alone, the steps are there.
    const still = await openPage(browser, site.origin, { javaScriptEnabled: false });
    expect(await still.page.locator('felles-address-lookup').evaluate((el) => Boolean(el.shadowRoot?.childElementCount))).toBe(true);
    expect(await still.page.locator('felles-life-event-stepper li').count()).toBeGreaterThan(3);
    await still.close();

    const { page, errors, close } = await openPage(browser, site.origin);
    await page.waitForFunction(() => customElements.get('felles-address-lookup') && !document.querySelector('[defer-hydration]'));
    await chooseMyrvollveien(page, 'Adresse');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await expect.poll(() => site!.posts.length).toBe(1);
    expect(site.posts[0]!.filter(([name]) => name === 'adresse')).toEqual([['adresse', 'Myrvollveien 5C, 1415 OPPEGÅRD']]);
    expect(errors).toEqual([]);
    await close();
  });
});
