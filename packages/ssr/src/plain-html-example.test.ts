import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The sandbox is an app: package tests reach it only through tools/sandbox.ts.
import { startSandbox, type RunningSandbox } from '../../../tools/sandbox.js';
import { launchChromium, startSite, type Site } from '../test/site.js';

/**
 * The plain-HTML example of the docs (docs/examples/plain-html.html), exactly as published: a page
 * with no bundler that loads the bundle. Kartverket's address API is answered by the
 * sandbox, so the page runs as it would on a service's own server.
 */
const example = readFileSync(new URL('../../../docs/examples/plain-html.html', import.meta.url), 'utf8');
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let site: Site;
let sandbox: RunningSandbox;
let browser: Browser;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'felles-example-'));
  [site, sandbox, browser] = await Promise.all([startSite(), startSandbox({ port: 0, dataDir }), launchChromium()]);
  site.pages.set('/', example);
}, 60_000);

afterAll(async () => {
  await Promise.all([browser?.close(), site?.close(), sandbox?.close()]);
  rmSync(dataDir, { recursive: true, force: true });
});

describe('docs: the plain-HTML example page', () => {
  it('works: login link, address lookup in a form with its event, the stepper; no errors, no axe violations', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    const searches: string[] = [];
    await page.route('https://ws.geonorge.no/adresser/v1/**', async (route) => {
      const url = new URL(route.request().url());
      searches.push(url.searchParams.get('sok') ?? '');
      const response = await route.fetch({ url: `${sandbox.origin}/adresser/v1${url.pathname.slice('/adresser/v1'.length)}${url.search}` });
      await route.fulfill({ response });
    });
    await page.goto(site.origin + '/');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('felles-')).every((el) => el.matches(':defined')),
    );

    const login = new URL(await page.getByRole('link', { name: /Logg inn/ }).evaluate((a: HTMLAnchorElement) => a.href));
    expect([login.pathname, login.searchParams.get('acr'), login.searchParams.get('locale')]).toEqual(['/login', 'idporten-loa-substantial', 'nb']);

    const steps = page.locator('felles-life-event-stepper li');
    await expect.poll(() => steps.count()).toBeGreaterThan(8);
    await page.locator('felles-life-event-stepper li button').first().click();
    expect(await page.locator('felles-life-event-stepper [part="panel"]').first().isVisible()).toBe(true);

    const field = page.getByRole('combobox', { name: 'Adressen til serveringsstedet' });
    await field.pressSequentially('Myrvollveien 5', { delay: 30 });
    await page.getByRole('option', { name: /Myrvollveien 5C/ }).click();
    await expect.poll(() => page.locator('#kommune').textContent()).toBe('Kommune: NORDRE FOLLO (3207)');
    expect(searches.length).toBeGreaterThan(0);

    const results = await page.evaluate(
      async (source) => {
        (0, eval)(source);
        const axe = (globalThis as unknown as { axe: { run(node: Node): Promise<{ violations: { id: string }[]; passes: unknown[] }> } }).axe;
        const { violations, passes } = await axe.run(document);
        return { violations: violations.map((v) => v.id), passes: passes.length };
      },
      readFileSync(axePath, 'utf8'),
    );
    expect(results.violations).toEqual([]);
    expect(results.passes).toBeGreaterThan(10);

    await page.getByRole('button', { name: 'Send søknaden' }).click();
    await expect.poll(() => site.posts.length).toBe(1);
    const posted = site.posts[0]!;
    expect(posted.filter(([name]) => name === 'adresse')).toEqual([['adresse', 'Myrvollveien 5C, 1415 OPPEGÅRD']]);
    expect(Object.fromEntries(posted)).toMatchObject({ 'adresse.postnummer': '1415', 'adresse.kommunenummer': '3207' });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('works without JavaScript: the fallback link and field', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.origin + '/');
    await page.getByRole('textbox', { name: 'Adressen til serveringsstedet' }).fill('Storgata 1, Oslo');
    const before = site.posts.length;
    await page.getByRole('button', { name: 'Send søknaden' }).click();
    await expect.poll(() => site.posts.length).toBe(before + 1);
    expect(site.posts.at(-1)).toEqual([['adresse', 'Storgata 1, Oslo']]);
    await page.goto(site.origin + '/');
    await page.getByRole('link', { name: 'Logg inn' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/login');
    await context.close();
  });
});
