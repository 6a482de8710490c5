import type { Browser, BrowserContext } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consentRequest } from '../test/fixtures.js';
import { launchChromium, page as htmlPage, startSite, type Site } from '../test/site.js';
import { renderElement } from './index.js';

/**
 * With JavaScript off (Playwright's `javaScriptEnabled: false`), a server-rendered page must still
 * work: its declarative shadow DOM is drawn by the HTML parser, and the fallbacks do the rest.
 */
let site: Site;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  [site, browser] = await Promise.all([startSite(), launchChromium()]);
  context = await browser.newContext({ javaScriptEnabled: false });
  // A step that hangs on a loaded machine fails in 20 s and the test is tried again (below), instead
  // of waiting out the whole test's time.
  context.setDefaultTimeout(20_000);
  context.setDefaultNavigationTimeout(20_000);
}, 60_000);

afterAll(async () => {
  await context?.close();
  await Promise.all([browser?.close(), site?.close()]);
});

async function open(path: string, body: string) {
  site.pages.set(path, htmlPage(body));
  const page = await context.newPage();
  await page.goto(site.origin + path);
  // The proof that script is really off: the element is never defined, so never upgraded.
  const defined = await page.evaluate(() =>
    [...document.querySelectorAll('main *')].filter((el) => el.localName.startsWith('felles-')).map((el) => el.matches(':defined')),
  );
  expect(defined.length).toBeGreaterThan(0);
  expect(defined.every((d) => !d)).toBe(true);
  return page;
}

// Each test starts a page, a form post and a navigation: generous on a busy 2-core machine.
describe('without JavaScript', { timeout: 60_000, retry: 2 }, () => {
  it('the address lookup is a plain labelled text field that submits under its name', async () => {
    const field = await renderElement('felles-address-lookup', { attributes: { name: 'adresse', label: 'Adresse', required: true } });
    const page = await open('/nojs-lookup', `<form method="post" action="/submit">${field}<button>Send</button></form>`);
    const input = page.getByRole('textbox', { name: 'Adresse' });
    expect(await input.count()).toBe(1);
    expect(await input.isVisible()).toBe(true);
    // The combobox of the shadow DOM cannot work without script, so it is not shown.
    expect(await page.getByRole('combobox').count()).toBe(0);
    await input.fill('Storgata 1, 0155 Oslo');
    const before = site.posts.length;
    await page.getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => site.posts.length).toBe(before + 1);
    expect(site.posts.at(-1)).toEqual([['adresse', 'Storgata 1, 0155 Oslo']]);
    await page.close();
  });

  it('the organisation lookup is a plain labelled field for the number that submits under its name', async () => {
    const field = await renderElement('felles-organisation-lookup', { attributes: { name: 'virksomhet', label: 'Virksomhet', required: true } });
    expect(field).toContain('inputmode="numeric"');
    const page = await open('/nojs-organisation', `<form method="post" action="/submit">${field}<button>Send</button></form>`);
    const input = page.getByRole('textbox', { name: 'Virksomhet' });
    expect(await input.isVisible()).toBe(true);
    expect(await page.getByRole('combobox').count()).toBe(0);
    await input.fill('926 535 897');
    const before = site.posts.length;
    await page.getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => site.posts.length).toBe(before + 1);
    expect(site.posts.at(-1)).toEqual([['virksomhet', '926 535 897']]);
    await page.close();
  });

  it('an empty required address field is stopped by the browser, as any required field', async () => {
    const field = await renderElement('felles-address-lookup', { attributes: { name: 'adresse', label: 'Adresse', required: true } });
    const page = await open('/nojs-required', `<form method="post" action="/submit">${field}<button>Send</button></form>`);
    const before = site.posts.length;
    await page.getByRole('button', { name: 'Send' }).click();
    await page.waitForTimeout(300);
    expect(site.posts.length).toBe(before);
    expect(await page.getByRole('textbox', { name: 'Adresse' }).evaluate((i: HTMLInputElement) => i.validity.valueMissing)).toBe(true);
    await page.close();
  });

  it("the consent dialog's content is in the page, inline, not a modal, without choices that cannot work", async () => {
    const dialog = await renderElement('felles-consent-dialog', { properties: { request: consentRequest } });
    const page = await open('/nojs-consent', `<h1>Søknad</h1>${dialog}`);
    for (const text of ['Oslo kommune ber om samtykke', 'Skatteattest', 'Behandle søknaden om serveringsbevilling.', '30. juni 2027']) {
      expect(await page.getByText(text).first().isVisible(), text).toBe(true);
    }
    expect(await page.getByRole('link', { name: /Personvernerklæringen/ }).isVisible()).toBe(true);
    const native = page.locator('felles-consent-dialog dialog');
    expect(
      await native.evaluate((d: HTMLDialogElement) => ({ open: d.open, modal: d.matches(':modal'), position: getComputedStyle(d).position })),
    ).toEqual({
      open: false,
      modal: false,
      position: 'static',
    });
    // In the flow of the page: after the heading, not over it.
    const heading = await page.getByRole('heading', { name: 'Søknad' }).boundingBox();
    const box = await native.boundingBox();
    expect(box!.y).toBeGreaterThan(heading!.y + heading!.height - 1);
    expect(await page.getByRole('button', { name: 'Gi samtykke', exact: true }).isVisible()).toBe(false);
    await page.close();
  });

  it("the login button is a working link to the service's login, with the level and language", async () => {
    const button = await renderElement('felles-id-login-button', { attributes: { href: '/login', level: 'substantial' } });
    const page = await open('/nojs-login', button);
    const before = site.logins.length;
    await page.getByRole('link', { name: /Logg inn/ }).click();
    await expect.poll(() => site.logins.length).toBe(before + 1);
    expect(Object.fromEntries(site.logins.at(-1)!.searchParams)).toEqual({ acr: 'idporten-loa-substantial', locale: 'nb' });
    expect(new URL(page.url()).pathname).toBe('/login');
    await page.close();
  });

  it('the stepper shows every step expanded: description, who is responsible, the link', async () => {
    const stepper = await renderElement('felles-life-event-stepper', { attributes: { 'event-id': 'start-business', 'heading-level': 3 } });
    const page = await open('/nojs-stepper', stepper);
    const steps = page.locator('felles-life-event-stepper li');
    const count = await steps.count();
    expect(count).toBeGreaterThan(8);
    expect(await page.getByRole('heading', { level: 3 }).count()).toBe(count);
    const panels = page.locator('felles-life-event-stepper [part="panel"]');
    expect(await panels.count()).toBe(count);
    for (let i = 0; i < count; i++) expect(await panels.nth(i).isVisible(), `step ${i + 1}`).toBe(true);
    expect(await page.getByRole('link', { name: /Gå til tjenesten/ }).count()).toBe(count);
    await page.close();
  });

  it('hand-written fallbacks work without a server render (Java, .NET): a plain field and a link inside the tags', async () => {
    const page = await open(
      '/nojs-plain',
      `<form method="post" action="/submit">
        <felles-address-lookup name="adresse" label="Adresse"><label>Adresse <input name="adresse"></label></felles-address-lookup>
        <button>Send</button>
      </form>
      <felles-id-login-button href="/login"><a href="/login">Logg inn</a></felles-id-login-button>`,
    );
    expect(await page.getByRole('link', { name: 'Logg inn' }).getAttribute('href')).toBe('/login');
    await page.getByRole('textbox', { name: 'Adresse' }).fill('Kirkegata 2');
    const before = site.posts.length;
    await page.getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => site.posts.length).toBe(before + 1);
    expect(site.posts.at(-1)).toEqual([['adresse', 'Kirkegata 2']]);
    await page.close();
  });
});
