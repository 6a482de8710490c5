import { afterAll, describe, expect, inject, it } from 'vitest';
import { join } from 'node:path';
import type { Browser } from 'playwright';
import { chooseMyrvollveien, createApp, inApp, launchBrowser, openPage, serve, versions, type Site } from './app.js';

/** A plain HTML page built with Vite: two elements imported by their `define.js` entries, in a form. */
const sandbox = inject('sandboxOrigin');

const files = {
  'index.html': `<!doctype html>
<html lang="nb"><head><meta charset="utf-8"><title>Starte bedrift</title>
<script type="module" src="/main.js"></script></head>
<body><main>
<form method="post" action="/submit">
  <felles-address-lookup name="adresse" label="Forretningsadresse" required endpoint="${sandbox}/adresser/v1" debounce="50"></felles-address-lookup>
  <button>Send</button>
</form>
<felles-life-event-stepper event-id="start-business"></felles-life-event-stepper>
</main></body></html>
`,
  'main.js': "import '@felles/elements/address-lookup/define.js';\nimport '@felles/elements/life-event-stepper/define.js';\n",
};

let browser: Browser | undefined;
let site: Site | undefined;
afterAll(async () => Promise.all([browser?.close(), site?.close()]));

describe('a plain HTML page built with Vite', () => {
  it('shows addresses from the sandbox, submits the chosen one, and shows the life event', async () => {
    const dir = await createApp('vite-html', { '@felles/elements': '*', vite: versions.vite }, files);
    await inApp(dir, 'npx', ['vite', 'build']);
    [browser, site] = await Promise.all([launchBrowser(), serve(join(dir, 'dist'))]);
    const { page, errors, close } = await openPage(browser, site.origin);

    await expect.poll(() => page.locator('felles-life-event-stepper li').count()).toBeGreaterThan(3);
    await chooseMyrvollveien(page, 'Forretningsadresse');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await expect.poll(() => site!.posts.length).toBe(1);
    expect(Object.fromEntries(site.posts[0]!)).toMatchObject({ adresse: 'Myrvollveien 5C, 1415 OPPEGÅRD', 'adresse.postnummer': '1415' });
    expect(errors).toEqual([]);
    await close();
  });
});
