import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, findChromium } from './chromium.mjs';
import { startSandbox, type RunningSandbox } from './sandbox.js';

/**
 * Two example pages of the docs, as published, with no bundler: docs/examples/cdn-import-map.html (an
 * import map sends every bare import to npm's files on jsDelivr) and docs/examples/minimal-page.html
 * (the smallest complete page: Inter, the theme, Designsystemet's CSS and the single-file bundle). Here
 * jsDelivr is answered from node_modules with the same `/npm/<package>@<version>/<file>` layout, so a
 * missing entry in the import map, or a file the packages do not ship, fails the test.
 */
const example = (name: string) => readFileSync(new URL(`../docs/examples/${name}`, import.meta.url), 'utf8');
const nodeModules = new URL('../node_modules/', import.meta.url);
const types: Record<string, string> = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/** A file of an installed package, as jsDelivr serves `https://cdn.jsdelivr.net/npm/<name>@<version>/<path>`. */
function cdnFile(url: URL): { file: string; name: string; path: string } | undefined {
  const match = /^\/npm\/((?:@[^/@]+\/)?[^/@]+)@[^/]+\/(.+)$/.exec(url.pathname);
  if (!match) return undefined;
  const [, name = '', path = ''] = match;
  const dir = realpathSync(new URL(`${name}/`, nodeModules));
  const file = normalize(join(dir, decodeURIComponent(path)));
  // Only what the published package contains: for our packages, its `files` (dist).
  if (!file.startsWith(dir + sep) || !existsSync(file)) return undefined;
  if (name.startsWith('@felles/') && !file.startsWith(join(dir, 'dist') + sep)) return undefined;
  return { file, name, path };
}

let browser: Browser;
let sandbox: RunningSandbox;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'felles-cdn-'));
  [browser, sandbox] = await Promise.all([
    chromium.launch({ executablePath: findChromium(), args: chromiumArgs }),
    startSandbox({ port: 0, dataDir }),
  ]);
}, 60_000);

afterAll(async () => {
  await Promise.all([browser?.close(), sandbox?.close()]);
  rmSync(dataDir, { recursive: true, force: true });
});

/** Opens an example page at https://service.example/ with jsDelivr and Kartverket answered locally. */
async function openExample(name: string) {
  const page = await browser.newPage();
  const errors: string[] = [];
  const missing: string[] = [];
  const loaded = new Set<string>();
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin === 'https://service.example') {
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: example(name) });
    }
    if (url.origin === 'https://cdn.jsdelivr.net') {
      const found = cdnFile(url);
      if (!found) {
        missing.push(url.href);
        return route.fulfill({ status: 404, body: 'Not found' });
      }
      loaded.add(`${found.name}/${found.path}`);
      return route.fulfill({
        status: 200,
        contentType: types[extname(found.file)] ?? 'application/octet-stream',
        body: readFileSync(found.file),
        headers: { 'access-control-allow-origin': '*' },
      });
    }
    if (url.href.startsWith('https://ws.geonorge.no/adresser/v1/')) {
      const response = await route.fetch({ url: `${sandbox.origin}/adresser/v1${url.pathname.slice('/adresser/v1'.length)}${url.search}` });
      return route.fulfill({ response, headers: { ...response.headers(), 'access-control-allow-origin': '*' } });
    }
    missing.push(url.href);
    return route.abort();
  });
  await page.goto('https://service.example/');
  return { page, errors, missing, loaded };
}

const designsystemet = [
  '@digdir/designsystemet-css/dist/src/index.css',
  '@digdir/designsystemet-theme/src/themes/designsystemet.css',
  '@fontsource-variable/inter/index.css',
];

describe('docs: plain HTML through a CDN with an import map', () => {
  it('loads Designsystemet and only the elements it imports, and they work', async () => {
    const { page, errors, missing, loaded } = await openExample('cdn-import-map.html');
    const defined = await page
      .waitForFunction(() => customElements.get('felles-address-lookup') && customElements.get('felles-life-event-stepper'), undefined, {
        timeout: 10_000,
      })
      .then(
        () => true,
        () => false,
      );
    // A bare import the map lacks shows up here (a module that failed to resolve), not as a timeout.
    expect({ defined, errors, missing }).toEqual({ defined: true, errors: [], missing: [] });

    // The life event's steps, from @felles/life-events through the import map.
    await expect.poll(() => page.locator('felles-life-event-stepper li').count()).toBeGreaterThan(3);
    // The address lookup asks Kartverket's API (answered by the sandbox) and shows the answers.
    await page.getByRole('combobox', { name: 'Forretningsadresse' }).pressSequentially('Myrvollveien 5', { delay: 30 });
    await expect.poll(() => page.getByRole('option', { name: /Myrvollveien 5C/ }).count()).toBe(1);

    expect(missing).toEqual([]);
    expect(errors).toEqual([]);
    expect([...loaded]).toEqual(expect.arrayContaining([...designsystemet, 'lit/index.js']));
    // No other element, and not the single-file bundle.
    expect([...loaded].filter((file) => /consent|id-login|felles\.bundle/.test(file))).toEqual([]);
    await page.close();
  });
});

describe('docs: the smallest complete page', () => {
  it("is set in Inter with the theme's colours, outside the elements and inside them", async () => {
    const { page, errors, missing, loaded } = await openExample('minimal-page.html');
    await page.waitForFunction(() => customElements.get('felles-address-lookup'), undefined, { timeout: 10_000 }).catch(() => {});
    expect({ errors, missing }).toEqual({ errors: [], missing: [] });
    expect([...loaded].sort()).toEqual(expect.arrayContaining([...designsystemet, '@felles/elements/dist/felles.bundle.js']));

    const look = await page.evaluate(async () => {
      await document.fonts.ready;
      const field = document.querySelector('felles-address-lookup')?.shadowRoot?.querySelector('input');
      const root = getComputedStyle(document.documentElement);
      return {
        body: getComputedStyle(document.body).fontFamily,
        heading: getComputedStyle(document.querySelector('h1')!).fontFamily,
        field: field ? getComputedStyle(field).fontFamily : undefined,
        interLoaded: [...document.fonts].some((font) => font.family.replace(/"/g, '') === 'Inter Variable' && font.status === 'loaded'),
        themeBackground: root.getPropertyValue('--ds-color-neutral-background-default').trim(),
        bodyBackground: getComputedStyle(document.body).backgroundColor,
        button: getComputedStyle(document.querySelector('button')!).backgroundColor,
      };
    });
    expect(look.body).toMatch(/^"Inter Variable"/);
    expect(look.heading).toMatch(/^"Inter Variable"/);
    expect(look.field).toMatch(/^"Inter Variable"/);
    expect(look.interLoaded).toBe(true);
    expect(look.themeBackground).not.toBe('');
    // Designsystemet's button, in the theme's accent colour (not the browser's grey).
    expect(look.button).not.toMatch(/^rgba?\((239, 239, 239|0, 0, 0, 0)/);
    await page.close();
  });
});
