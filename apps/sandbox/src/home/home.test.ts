import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from '../index.js';
import { fixtureOrgnr } from '../enhetsregisteret/generate.js';
import { testPersons } from '../idporten/persons.js';
import { pickHomeLang } from './page.js';

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, dataDir: '.sandbox-data/test-home' });
});
afterAll(() => sandbox.close());

const page = async (path = '/', headers: Record<string, string> = {}) => {
  const response = await fetch(`${sandbox.origin}${path}`, { headers: { accept: 'text/html,*/*;q=0.8', ...headers } });
  return { response, html: await response.text() };
};

describe('the front page', () => {
  it('lists every service with its base URL, the test persons, companies, faults and the loopback client', async () => {
    const { response, html } = await page();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(html).toContain('<html lang="nb">');
    expect(sandbox.services).toHaveLength(8);
    for (const service of sandbox.services) expect(html).toContain(`<code>${service.url}</code>`);
    for (const person of testPersons) {
      expect(html).toContain(`${person.givenName} ${person.familyName}`);
      if (person.pid) expect(html).toContain(person.pid);
    }
    for (const orgnr of Object.values(fixtureOrgnr)) expect(html).toContain(orgnr);
    expect(html).toContain(`${sandbox.origin}/__sandbox/faults`);
    expect(html).toContain('__fault=503:2');
    expect(html).toContain('localhost-app');
    expect(html).toContain(`<code>${sandbox.origin}/idporten</code>`);
    expect(html).toContain(`<code>${sandbox.origin}/maskinporten</code>`);
    expect(html).toContain('Maskinporten (Digdir)');
  });

  it('speaks English by Accept-Language or ?lang=, Norwegian by default', async () => {
    expect((await page('/', { 'accept-language': 'en-GB,en;q=0.9' })).html).toContain('<html lang="en">');
    expect((await page('/', { 'accept-language': 'en-GB' })).html).toContain('Test persons');
    expect((await page('/?lang=en', { 'accept-language': 'nb' })).html).toContain('<h1 class="ds-heading" data-size="lg">Felles sandbox</h1>');
    expect((await page('/?lang=nb', { 'accept-language': 'en' })).html).toContain('Testpersoner');
    expect(pickHomeLang(null, 'de, en;q=0.5, nb;q=0.7')).toBe('nb');
    expect(pickHomeLang(null, 'fr')).toBe('nb');
    expect(pickHomeLang('en', undefined)).toBe('en');
  });

  it('loads Designsystemet CSS, theme and the Inter font from the sandbox itself (offline)', async () => {
    const { html } = await page();
    const sheets = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)">/g)].map((m) => m[1]!);
    expect(sheets).toEqual(['/__sandbox/assets/inter/index.css', '/__sandbox/assets/theme.css', '/__sandbox/assets/designsystemet.css']);
    for (const sheet of sheets) {
      const response = await fetch(`${sandbox.origin}${sheet}`);
      expect(response.status, sheet).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/css; charset=utf-8');
      expect((await response.text()).length).toBeGreaterThan(500);
    }
    const font = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(await (await fetch(`${sandbox.origin}/__sandbox/assets/inter/index.css`)).text())?.[1];
    expect(font).toBeDefined();
    expect((await fetch(`${sandbox.origin}/__sandbox/assets/inter/files/${font}`)).headers.get('content-type')).toBe('font/woff2');
    // Nothing else from node_modules.
    expect((await fetch(`${sandbox.origin}/__sandbox/assets/inter/package.json`)).status).toBe(404);
    expect((await fetch(`${sandbox.origin}/__sandbox/assets/inter/..%2F..%2Fpackage.json`)).status).toBe(404);
  });

  it('serves the elements bundle its own pages load, with the chunks it loads later, and nothing beside them', async () => {
    const entry = await fetch(`${sandbox.origin}/__sandbox/assets/felles.bundle.js`);
    expect(entry.status).toBe(200);
    const code = await entry.text();
    const chunks = [...code.matchAll(/["']\.\/(felles\.bundle\/[\w.-]+\.js)["']/g)].map((m) => m[1]!);
    expect(chunks.length).toBeGreaterThan(0);
    for (const chunk of new Set(chunks)) {
      const response = await fetch(`${sandbox.origin}/__sandbox/assets/${chunk}`);
      expect(response.status, chunk).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    }
    expect((await fetch(`${sandbox.origin}/__sandbox/assets/felles.bundle/..%2Fhydrate.js`)).status).toBe(404);
    expect((await fetch(`${sandbox.origin}/__sandbox/assets/felles.bundle/..%2F..%2Fpackage.json`)).status).toBe(404);
  });

  it('still answers JSON to clients that ask for it', async () => {
    const response = await fetch(`${sandbox.origin}/`, { headers: { accept: 'application/json' } });
    expect(response.headers.get('content-type')).toContain('application/json');
    const body = (await response.json()) as { services: { name: string; prefix: string }[] };
    expect(body.services.map((s) => s.name).sort()).toEqual([
      'adresser',
      'altinn-samtykke',
      'enhetsregisteret',
      'enhetsregisteret-autorisert',
      'idporten',
      'maskinporten',
      'samtykke',
      'skatteetaten',
    ]);
    expect(await (await fetch(`${sandbox.origin}/__sandbox`)).json()).toEqual(body);
  });
});

describe('the icon browsers ask for', () => {
  it('is "no content", so the login pages leave no 404 in a page\'s console', async () => {
    const response = await fetch(`${sandbox.origin}/favicon.ico`);
    expect(response.status).toBe(204);
  });
});
