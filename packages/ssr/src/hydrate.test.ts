// The sandbox is an app: package tests reach it only through tools/sandbox.ts.
import { startSandbox, type RunningSandbox } from '../../../tools/sandbox.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright';
import { createConsentClient } from '@felles/client-samtykke';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consentRequest } from '../test/fixtures.js';
import { launchChromium, page as htmlPage, startSite, type Site } from '../test/site.js';
import { clientSnapshot, pageSnapshot } from '../test/snapshot.js';
import { renderElement } from './index.js';

/**
 * Server-rendered elements in Chromium: the HTML comes from `renderElement` in Node, the page loads
 * the single-file bundle, and each element must (1) hydrate: keep the nodes the server sent, (2) end up
 * exactly as the same element rendered in the browser (no silent mismatch), (3) log no error, and
 * (4) work.
 */
let site: Site;
let sandbox: RunningSandbox;
let browser: Browser;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'felles-ssr-'));
  [site, sandbox, browser] = await Promise.all([startSite(), startSandbox({ port: 0, dataDir }), launchChromium()]);
}, 60_000);

afterAll(async () => {
  await Promise.all([browser?.close(), site?.close(), sandbox?.close()]);
  rmSync(dataDir, { recursive: true, force: true });
});

interface Opened {
  page: Page;
  errors: string[];
  /** Lets the bundle load: until then the page is the server's HTML only. */
  release(): Promise<void>;
}

/** Opens a page with the bundle held back, so a test can look at (and mark) the server's DOM first. */
async function open(path: string, body: string): Promise<Opened> {
  site.pages.set(path, htmlPage(body));
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(`${message.type()}: ${message.text()}`);
  });
  let letThrough!: () => void;
  const gate = new Promise<void>((resolve) => (letThrough = resolve));
  await page.route('**/felles.bundle.js', async (route) => {
    await gate;
    await route.continue();
  });
  await page.goto(site.origin + path, { waitUntil: 'commit' });
  // Parsed to the end (the held-back module script keeps DOMContentLoaded from firing, not the parser).
  await page.waitForFunction(() => document.readyState !== 'loading');
  return {
    page,
    errors,
    async release() {
      letThrough();
      await page.waitForFunction(() =>
        [...document.querySelectorAll('main *')].every(
          (el) => !el.localName.startsWith('felles-') || (customElements.get(el.localName) && !el.hasAttribute('defer-hydration')),
        ),
      );
    },
  };
}

/** Requests the sandbox has answered, all services together. */
const sandboxRequests = async () =>
  Object.values((await (await fetch(`${sandbox.origin}/__sandbox/requests`)).json()) as Record<string, number>).reduce((a, b) => a + b, 0);

/** Marks every node in the element's server-rendered shadow root, to find them again after hydration. */
const markServerNodes = (page: Page, tag: string) =>
  page
    .locator(tag)
    .first()
    .evaluate((el) => {
      const nodes = [...el.shadowRoot!.querySelectorAll('*')];
      for (const node of nodes) (node as unknown as { fromServer: boolean }).fromServer = true;
      return nodes.length;
    });

/** How many of the element's shadow nodes are still the server's. */
const serverNodesKept = (page: Page, tag: string) =>
  page
    .locator(tag)
    .first()
    .evaluate((el) => [...el.shadowRoot!.querySelectorAll('*')].filter((n) => (n as unknown as { fromServer?: boolean }).fromServer).length);

describe('server-rendered elements hydrate in Chromium without a mismatch', () => {
  it('address lookup: the server field works at once, text typed before the script moves in, then search, pick and submit', async () => {
    const attributes = { name: 'adresse', label: 'Adresse', required: true, endpoint: `${sandbox.origin}/adresser/v1`, debounce: 50 };
    const field = await renderElement('felles-address-lookup', { attributes });
    const { page, errors, release } = await open('/lookup', `<form method="post" action="/submit">${field}<button>Send</button></form>`);

    // Before the script: declarative shadow DOM is there, the plain fallback field is what shows.
    const marked = await markServerNodes(page, 'felles-address-lookup');
    expect(marked).toBeGreaterThan(5);
    const fallback = page.locator('felles-address-lookup > label > input');
    await expect.poll(() => fallback.isVisible()).toBe(true);
    expect(await page.locator('felles-address-lookup input[role=combobox]').isVisible()).toBe(false);
    await fallback.fill('Myrvollveien');

    await release();
    expect(await serverNodesKept(page, 'felles-address-lookup')).toBe(marked);
    const state = await page.locator('felles-address-lookup').evaluate((el: HTMLElement & { value: string }) => ({
      value: el.value,
      fallbackDisabled: el.querySelector('input')!.disabled,
    }));
    expect(state).toEqual({ value: 'Myrvollveien', fallbackDisabled: true });
    // The person was typing: they go on in the element's own field, and are not told off for leaving it.
    await expect
      .poll(() => page.locator('felles-address-lookup').evaluate((el) => el.shadowRoot!.activeElement?.getAttribute('role')))
      .toBe('combobox');
    expect(await pageSnapshot(page, 'felles-address-lookup')).toBe(
      await clientSnapshot(
        page,
        'felles-address-lookup',
        { name: 'adresse', label: 'Adresse', required: '', endpoint: attributes.endpoint, debounce: '50' },
        { value: 'Myrvollveien' },
      ),
    );

    // The enhanced field: the one labelled field is now the combobox.
    const combobox = page.getByRole('combobox', { name: 'Adresse' });
    await combobox.fill('');
    await combobox.pressSequentially('Myrvollveien 5', { delay: 30 });
    await page.getByRole('option', { name: /Myrvollveien 5C/ }).click();
    await page.getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => site.posts.length).toBe(1);
    const posted = site.posts[0]!;
    expect(posted.filter(([name]) => name === 'adresse')).toEqual([['adresse', 'Myrvollveien 5C, 1415 OPPEGÅRD']]);
    expect(Object.fromEntries(posted)).toMatchObject({ 'adresse.postnummer': '1415', 'adresse.kommunenummer': '3207', 'adresse.bokstav': 'C' });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('organisation lookup: the server field takes a number at once, it moves in, then search by name, pick and submit', async () => {
    const tag = 'felles-organisation-lookup';
    const attributes = { name: 'virksomhet', label: 'Virksomhet', required: true, endpoint: `${sandbox.origin}/enhetsregisteret/api`, debounce: 50 };
    const field = await renderElement(tag, { attributes });
    const { page, errors, release } = await open('/organisation', `<form method="post" action="/submit">${field}<button>Send</button></form>`);

    const marked = await markServerNodes(page, tag);
    expect(marked).toBeGreaterThan(5);
    const fallback = page.locator(`${tag} > label > input`);
    await expect.poll(() => fallback.isVisible()).toBe(true);
    expect(await page.locator(`${tag} input[role=combobox]`).isVisible()).toBe(false);
    await fallback.fill('926535897');

    await release();
    expect(await serverNodesKept(page, tag)).toBe(marked);
    const state = await page.locator(tag).evaluate((el: HTMLElement & { value: string }) => ({
      value: el.value,
      fallbackDisabled: el.querySelector('input')!.disabled,
    }));
    expect(state).toEqual({ value: '926535897', fallbackDisabled: true });
    expect(await pageSnapshot(page, tag)).toBe(
      await clientSnapshot(
        page,
        tag,
        { name: 'virksomhet', label: 'Virksomhet', required: '', endpoint: attributes.endpoint, debounce: '50' },
        { value: '926535897' },
      ),
    );

    const combobox = page.getByRole('combobox', { name: 'Virksomhet' });
    await combobox.fill('');
    await combobox.pressSequentially('smakebiten', { delay: 30 });
    await page.getByRole('option', { name: /SMAKEBITEN KAFE AS/ }).click();
    const before = site.posts.length;
    await page.getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => site.posts.length).toBe(before + 1);
    expect(site.posts.at(-1)).toEqual([
      ['virksomhet', '926535897'],
      ['virksomhet.navn', 'SMAKEBITEN KAFE AS'],
    ]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('consent dialog: server-side properties arrive as JSON, it hydrates, opens as a modal and decides', async () => {
    const dialog = await renderElement('felles-consent-dialog', { properties: { request: consentRequest } });
    expect(dialog).toContain('defer-hydration');
    // The request's text is escaped in the HTML and in the JSON.
    expect(dialog).not.toContain('<img src=x');
    expect(dialog.match(/<\/script>/g)).toHaveLength(1);
    const { page, errors, release } = await open('/consent', dialog);

    const marked = await markServerNodes(page, 'felles-consent-dialog');
    await release();
    expect(await serverNodesKept(page, 'felles-consent-dialog')).toBe(marked);
    expect(await page.locator('script[data-felles-properties]').count()).toBe(0);

    const decisions = page.evaluate(
      () => new Promise((resolve) => document.addEventListener('felles-consent-decision', (e) => resolve((e as CustomEvent).detail), { once: true })),
    );
    await page.locator('felles-consent-dialog').evaluate((el: HTMLElement & { show(): void }) => el.show());
    await expect
      .poll(() => page.locator('felles-consent-dialog dialog').evaluate((d: HTMLDialogElement) => d.open && d.matches(':modal')))
      .toBe(true);
    await expect.poll(() => page.getByText('Du må laste opp skatteattesten selv. </script><img src=x onerror=alert(1)>').isVisible()).toBe(true);
    // Compared open: rendered in the browser, a dialog that has never been open holds only its <dialog>.
    expect(await pageSnapshot(page, 'felles-consent-dialog')).toBe(
      await clientSnapshot(page, 'felles-consent-dialog', { open: '' }, { request: consentRequest }),
    );
    await page.getByRole('button', { name: 'Gi samtykke', exact: true }).click();
    expect(await decisions).toMatchObject({ requestId: consentRequest.id, decision: 'accept' });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('consent dialog with request-id and endpoint: the server writes the loading state, the browser loads the request', async () => {
    const consent = createConsentClient({ baseUrl: `${sandbox.origin}/samtykke/api/v1`, retry: false });
    const { texts, to, validTo, consentRights } = consentRequest;
    const created = await consent.createRequest({
      id: crypto.randomUUID(),
      from: 'urn:altinn:organization:identifier-no:315842018',
      to,
      validTo,
      consentRights,
      texts,
    });
    const before = await sandboxRequests();
    const attributes = { 'request-id': created.id, endpoint: `${sandbox.origin}/samtykke/api/v1` };
    const html = await renderElement('felles-consent-dialog', { attributes });
    // Rendering asked the consent API nothing, not even later: the person's request is the browser's business.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await sandboxRequests()).toBe(before);
    expect(html).toContain('Henter forespørselen');
    const { page, errors, release } = await open('/consent-by-id', html);
    await release();
    await page.locator('felles-consent-dialog').evaluate((el: HTMLElement & { show(): void }) => el.show());
    await expect.poll(() => page.getByRole('button', { name: 'Gi samtykke', exact: true }).isVisible()).toBe(true);
    expect(await pageSnapshot(page, 'felles-consent-dialog')).toBe(
      await clientSnapshot(page, 'felles-consent-dialog', { ...attributes, open: '' }, {}),
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("login button: the server's link is already right (acr, locale), hydrates, and logs in", async () => {
    const button = await renderElement('felles-id-login-button', { attributes: { href: '/login', level: 'high' } });
    expect(button).toContain('href="/login?acr=idporten-loa-high&amp;locale=nb"');
    const { page, errors, release } = await open('/login-button', button);
    const marked = await markServerNodes(page, 'felles-id-login-button');
    await release();
    expect(await serverNodesKept(page, 'felles-id-login-button')).toBe(marked);
    expect(await pageSnapshot(page, 'felles-id-login-button')).toBe(
      await clientSnapshot(page, 'felles-id-login-button', { href: '/login', level: 'high' }, {}),
    );
    const events = page.evaluate(
      () => new Promise((resolve) => document.addEventListener('felles-login', (e) => resolve((e as CustomEvent).detail), { once: true })),
    );
    const before = site.logins.length;
    await page.getByRole('link', { name: /Logg inn/ }).click();
    expect(await events).toMatchObject({ mode: 'href', level: 'high' });
    await expect.poll(() => site.logins.length).toBe(before + 1);
    expect(Object.fromEntries(site.logins.at(-1)!.searchParams)).toEqual({ acr: 'idporten-loa-high', locale: 'nb' });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("life-event stepper: every step open from the server, then the browser's own state, toggling works", async () => {
    const stepper = await renderElement('felles-life-event-stepper', { attributes: { 'event-id': 'start-business' } });
    const { page, errors, release } = await open('/stepper', stepper);
    const panels = page.locator('felles-life-event-stepper [part="panel"]');
    const count = await panels.count();
    expect(count).toBeGreaterThan(8);
    // The server's HTML: every step open.
    expect(await panels.evaluateAll((els) => els.filter((el) => !(el as HTMLElement).hidden).length)).toBe(count);
    const marked = await markServerNodes(page, 'felles-life-event-stepper');
    await release();
    expect(await serverNodesKept(page, 'felles-life-event-stepper')).toBe(marked);
    // The browser's state (nothing remembered yet): every step closed, and the DOM says so.
    await expect.poll(() => panels.evaluateAll((els) => els.filter((el) => !(el as HTMLElement).hidden).length)).toBe(0);
    const event = JSON.parse(/data-felles-properties>(.*?)<\/script>/s.exec(stepper)![1]!).event as unknown;
    expect(await pageSnapshot(page, 'felles-life-event-stepper')).toBe(
      await clientSnapshot(page, 'felles-life-event-stepper', { 'event-id': 'start-business' }, { event }),
    );
    const toggles = page.evaluate(
      () => new Promise((resolve) => document.addEventListener('felles-step-toggle', (e) => resolve((e as CustomEvent).detail), { once: true })),
    );
    await page.locator('felles-life-event-stepper li button').first().click();
    expect(await toggles).toMatchObject({ expanded: true });
    expect(await panels.first().isVisible()).toBe(true);
    expect(await panels.evaluateAll((els) => els.filter((el) => !(el as HTMLElement).hidden).length)).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('consent list: a list the page already has hydrates as the browser would render it', async () => {
    const requests = [{ ...consentRequest, status: 'accepted', consented: '2026-11-01T10:00:00.000Z' }];
    const list = await renderElement('felles-consent-list', { properties: { requests } });
    const { page, errors, release } = await open('/consent-list', list);
    const marked = await markServerNodes(page, 'felles-consent-list');
    expect(marked).toBeGreaterThan(2);
    await release();
    expect(await serverNodesKept(page, 'felles-consent-list')).toBe(marked);
    expect(await pageSnapshot(page, 'felles-consent-list')).toBe(await clientSnapshot(page, 'felles-consent-list', {}, { requests }));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('speaks the language of its own lang attribute on the server, and keeps it when hydrated', async () => {
    const attributes = { name: 'adresse', label: 'Address', lang: 'en', required: true };
    const html = await renderElement('felles-consent-dialog', { attributes: { lang: 'en' }, properties: { request: consentRequest } });
    expect(html).toContain('City of Oslo');
    expect(html).toContain('Give consent');
    const field = await renderElement('felles-address-lookup', { attributes });
    const stepper = await renderElement('felles-life-event-stepper', { attributes: { 'event-id': 'having-a-child', lang: 'en' } });
    expect(stepper).toContain('Hide all steps');
    const { page, errors, release } = await open('/english', html + field + stepper);
    await release();
    // Compared open: rendered in the browser, a dialog that has never been open holds only its <dialog>.
    await page.locator('felles-consent-dialog').evaluate((el: HTMLElement & { show(): void }) => el.show());
    expect(await pageSnapshot(page, 'felles-consent-dialog')).toBe(
      await clientSnapshot(page, 'felles-consent-dialog', { lang: 'en', open: '' }, { request: consentRequest }),
    );
    const event = JSON.parse(/data-felles-properties>(.*?)<\/script>/s.exec(stepper)![1]!).event as unknown;
    const hydrated = await pageSnapshot(page, 'felles-life-event-stepper');
    expect(hydrated).toContain('Show all steps');
    expect(hydrated).toBe(await clientSnapshot(page, 'felles-life-event-stepper', { 'event-id': 'having-a-child', lang: 'en' }, { event }));
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
