import { mkdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Journey } from '../src/index.js';
import {
  demoOrganisation,
  axeViolations,
  clearFaults,
  consentApiRequests,
  findAddress,
  findCompany,
  newPerson,
  programFault,
  requestCounts,
  resetRequestCounts,
  startWorld,
  type SandboxAddress,
  type World,
} from './world.js';

/**
 * "Start serveringssted" end to end in Chromium: login through the sandbox's ID-porten, the three
 * steps, the summary and logout, with axe on every page and screenshots for the README. Then the
 * same journey with the address service failing, and with the consent API down.
 */

const screenshots = resolve(import.meta.dirname, '../../../.screenshots'); // tools/screenshots.ts: copied to docs/ by `npm run screenshots`
const restaurant = { orgnr: '926535897', navn: 'SMAKEBITEN KAFE AS' };

let world: World;
/** An address in Oslo, whose municipality the demo knows. */
let premises: SandboxAddress;

beforeAll(async () => {
  world = await startWorld();
  premises = await findAddress(world, '0301');
  await mkdir(screenshots, { recursive: true });
}, 60_000);

afterEach(async () => {
  // A failed test must not leave the sandbox failing for the next.
  if (world) await clearFaults(world);
});

afterAll(async () => {
  await world?.close();
});

/** Waits for a value like a person would, long enough for a busy two-core machine running every test. */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000, interval: 100 });

/** axe on the page, with the page named in the failure message. */
async function expectAccessible(page: Page, name: string): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations, `axe on ${name}`).toEqual([]);
}

/**
 * At 320 CSS px wide (WCAG 1.4.10, reflow) the page scrolls only downwards: nothing sticks out to
 * the right, where a person on a phone would not know to look.
 */
async function expectReflow(page: Page, name: string): Promise<void> {
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 800 });
  try {
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth), { message: `width of ${name} at 320 px` })
      .toBeLessThanOrEqual(320);
    await expectAccessible(page, `${name} at 320 px`);
  } finally {
    if (viewport) await page.setViewportSize(viewport);
  }
}

async function shoot(page: Page, name: string, fullPage = false): Promise<void> {
  await page.screenshot({ path: join(screenshots, `demo-${name}.png`), fullPage });
}

async function login(page: Page, person: string): Promise<void> {
  await page.goto(world.demo.origin);
  await page
    .getByRole('main')
    .getByRole('link', { name: /^Logg inn/ })
    .click();
  await page.waitForURL(`${world.sandbox.origin}/idporten/**`);
  await page.getByLabel(person).check();
  await page.getByRole('button', { name: 'Logg inn', exact: true }).click();
  await page.waitForURL(`${world.demo.origin}/journey`);
}

function stored(pid: string): Journey {
  const journey = world.demo.journeys.get(pid);
  if (!journey) throw new Error(`Nothing stored for ${pid}`);
  return journey;
}

const addressLine = (a: SandboxAddress) => `${a.adressetekst}, ${a.postnummer} ${a.poststed}`;

/** Types like a person (the element searches after a pause), until suggestions show. */
async function typeAddress(page: Page, address: SandboxAddress): Promise<void> {
  const field = page.getByRole('combobox', { name: 'Adressen til lokalet' });
  await field.click();
  await field.pressSequentially(address.adressetekst, { delay: 20 });
  // Past the element's pause after the last key, so the suggestions are those of the whole text.
  await page.waitForTimeout(400);
  await page
    .getByRole('option', { name: new RegExp(address.postnummer) })
    .first()
    .waitFor();
}

async function openConsent(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Les og svar på forespørselen' }).click();
  await page.getByRole('dialog', { name: 'Felles demo (testvirksomhet) ber om samtykke' }).waitFor();
}

/** Answers in the dialog, waits for the receipt, closes it: the page then shows the result. */
async function answerConsent(page: Page, answer: 'Gi samtykke' | 'Ikke gi samtykke'): Promise<void> {
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: answer, exact: true }).click();
  await dialog.getByRole('heading', { name: answer === 'Gi samtykke' ? 'Du har gitt samtykke' : 'Du har ikke gitt samtykke' }).waitFor();
  await dialog.getByRole('button', { name: 'Lukk' }).last().click();
  await page.getByTestId('licence-result').waitFor();
}

async function chooseCompany(page: Page, company = restaurant): Promise<void> {
  await page.goto(`${world.demo.origin}/company`);
  // With script, the company is picked in <felles-organisation-lookup> from the register's suggestions.
  await page.getByRole('combobox', { name: 'Organisasjonsnummer eller navn' }).fill(company.orgnr);
  await page.getByRole('option', { name: company.navn, exact: false }).click();
}

describe('the demo, end to end', () => {
  it('walks the restaurant journey: login, company, premises, licence with consent, summary, logout', async () => {
    const { context, page, problems } = await newPerson(world);
    const kari = '14838512470';

    await page.goto(world.demo.origin);
    await poll(() => page.locator('html').getAttribute('lang')).toBe('nb');
    await expectAccessible(page, 'start');
    await shoot(page, 'start');

    await login(page, 'Kari Nordmann');
    await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Hei, Kari Nordmann');
    // The stepper shows the whole life event with the progress the server keeps: nothing done yet,
    // and the person is at registering the company.
    const stepper = page.locator('felles-life-event-stepper');
    await poll(() => stepper.locator('[part~="summary"]').textContent()).toMatch(/^\s*0 av \d+ steg fullført\s*$/);
    const current = stepper.locator('[part~="current-step"] [aria-current="step"]');
    expect(await current.textContent({ timeout: 5_000 })).toContain('Registrer foretaket');
    await expectAccessible(page, 'journey');

    // Step 1: the company, found in Enhetsregisteret by number.
    await chooseCompany(page);
    await expectAccessible(page, 'company with a hit');
    await shoot(page, 'company');
    await page.getByRole('button', { name: 'Bruk dette foretaket' }).click();
    await page.waitForURL('**/premises');
    expect(stored(kari).company).toMatchObject({
      source: 'register',
      organisasjonsnummer: restaurant.orgnr,
      navn: restaurant.navn,
      typed: restaurant.orgnr,
    });

    // Step 2: the premises, chosen in <felles-address-lookup> against the sandbox's address search.
    await expectAccessible(page, 'premises');
    await typeAddress(page, premises);
    await expectAccessible(page, 'premises with suggestions');
    await shoot(page, 'premises');
    await page
      .getByRole('option', { name: new RegExp(`${premises.postnummer}`) })
      .first()
      .click();
    await page.getByRole('button', { name: 'Lagre adressen' }).click();
    await page.waitForURL('**/licence');
    expect(stored(kari).premises).toMatchObject({
      adressetekst: premises.adressetekst,
      postnummer: premises.postnummer,
      kommunenummer: '0301',
      typed: addressLine(premises),
    });

    // Step 3: the licence. The backend creates the consent request; the person answers in
    // <felles-consent-dialog>, which sends the decision to the sandbox's consent API itself.
    await expectAccessible(page, 'licence before applying');
    const browserCalls = consentApiRequests(world, page);
    await page.getByRole('button', { name: 'Send søknaden og be om samtykke' }).click();
    const consentId = stored(kari).licence?.consentId;
    expect(consentId).toMatch(/^[\da-f-]{36}$/);
    expect(stored(kari).licence?.consentStatus).toBe('pending');
    await expectAccessible(page, 'licence with the consent request');
    await openConsent(page);
    // The dialog shows the request the server embedded in the page: the browser does not fetch it again.
    expect(browserCalls).toEqual([]);
    // A reload asks Altinn once, for the server's fresh status, and the browser nothing.
    await resetRequestCounts(world);
    await page.reload();
    await openConsent(page);
    expect((await requestCounts(world))['altinn-samtykke']).toBe(1);
    expect(browserCalls).toEqual([]);
    await expectAccessible(page, 'licence with the consent dialog open');
    await shoot(page, 'licence');
    await answerConsent(page, 'Gi samtykke');
    await expectAccessible(page, 'licence sent');
    await expectReflow(page, 'licence sent');

    const journey = stored(kari);
    expect(journey.licence).toMatchObject({
      consentStatus: 'accepted',
      municipality: { kommunenummer: '0301', organisasjonsnummer: '958935420' },
      fetched: { organisasjonsnummer: restaurant.orgnr, navn: restaurant.navn },
      taxCertificate: { organisasjonsnummer: restaurant.orgnr },
    });
    expect(journey.progress).toMatchObject({ 'register-company': 'done', 'change-of-use': 'done', 'serving-licence': 'done' });
    const consent = (await (await fetch(`${world.demo.config.samtykkeBaseUrl}/consentrequests/${consentId}`)).json()) as {
      from: string;
      to: string;
      consentRequestEvents: { eventType: string }[];
    };
    expect(consent.from).toBe(`urn:altinn:organization:identifier-no:${restaurant.orgnr}`);
    expect(consent.to).toBe(`urn:altinn:organization:identifier-no:${await demoOrganisation(world)}`);
    expect(consent.consentRequestEvents.map((e) => e.eventType)).toEqual(['Created', 'Accepted']);

    // The summary: two things typed, each reused.
    await page.getByRole('link', { name: 'Se oppsummeringen' }).click();
    await poll(() => page.getByTestId('only-once-counts').textContent()).toBe('Du skrev 2 opplysninger. De ble gjenbrukt 5 ganger i senere steg.');
    // The tax certificate fetched with the consent token is on it.
    await page.getByText('ingen restanse', { exact: false }).first().waitFor();
    await expectAccessible(page, 'summary');
    await shoot(page, 'summary', true);
    // On a phone the table shows each row as a block, every value under its column's name.
    await expectReflow(page, 'summary');

    // The same pages in Nynorsk and English, and dark.
    await page.getByRole('link', { name: 'Nynorsk' }).click();
    await poll(() => page.locator('html').getAttribute('lang')).toBe('nn');
    await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Oppsummering');
    await page.getByRole('link', { name: 'Mørkt' }).click();
    await poll(() => page.locator('html').getAttribute('data-color-scheme')).toBe('dark');
    await expectAccessible(page, 'summary, nn, dark');
    await page.getByRole('link', { name: 'Reisa di', exact: true }).click();
    await expectAccessible(page, 'journey, nn, dark');
    await shoot(page, 'journey-dark');
    await page.getByRole('link', { name: 'English' }).click();
    await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Hello, Kari Nordmann');
    await expectAccessible(page, 'journey, en, dark');
    await page.getByRole('link', { name: 'Light' }).click();
    await expectAccessible(page, 'journey, en, light');
    await shoot(page, 'journey');

    // Northern Sámi: what is written in it shows as Sámi, the rest is Bokmål and says so.
    await page.getByRole('link', { name: 'Davvisámegiella' }).click();
    await poll(() => page.locator('html').getAttribute('lang')).toBe('se');
    await poll(() => page.locator('h1 > [lang="nb"]').textContent()).toBe('Hei, Kari Nordmann');
    expect(await page.getByRole('navigation', { name: 'Giella' }).count()).toBe(1);
    await expectAccessible(page, 'journey, se');
    await page.getByRole('link', { name: 'English' }).click();
    await poll(() => page.locator('html').getAttribute('lang')).toBe('en');

    // Logout is a POST; the session is gone on the server, the journey stays.
    const sessionsBefore = world.demo.sessions.size;
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.waitForURL('**/auth/logged-out**');
    await poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('You are logged out');
    // A page without elements of its own has the header's login as <felles-id-login-button> too,
    // starting the login at the demo's backend.
    await poll(() =>
      page.locator('felles-id-login-button').evaluate((el) => el.shadowRoot?.querySelector('a[part~="button"]')?.getAttribute('href') ?? null),
    ).toMatch(new RegExp(`^${world.demo.origin}/auth/login\\?`));
    await expectAccessible(page, 'logged out');
    expect(world.demo.sessions.size).toBe(sessionsBefore - 1);
    await page.goto(`${world.demo.origin}/summary`);
    expect(new URL(page.url()).pathname).toBe('/');

    // What the server wrote to disk is what it holds.
    await world.demo.journeys.flush();
    const file = JSON.parse(await readFile(join(world.dataDir, 'demo', 'journeys.json'), 'utf8')) as { journeys: Journey[] };
    expect(file.journeys.find((j) => j.pid === kari)?.licence?.consentStatus).toBe('accepted');

    expect(problems).toEqual([]);
    expect(world.log.splice(0)).toEqual([]);
    await context.close();
  }, 90_000);

  it('keeps the search button beside its field when a message shows under the field, without script', async () => {
    const { context, page, problems } = await newPerson(world);
    await login(page, 'Kari Nordmann');
    // The same person in a browser without JavaScript: the plain search form, not the lookup element.
    const plain = await world.browser.newContext({ javaScriptEnabled: false, locale: 'nb-NO', storageState: await context.storageState() });
    const noScript = await plain.newPage();
    for (const [query, message] of [
      ['926535897', undefined],
      ['1234', 'Organisasjonsnummeret er ikke gyldig.'],
    ] as const) {
      await noScript.goto(`${world.demo.origin}/company?q=${query}`);
      if (message) await noScript.locator('#q-error').getByText(message, { exact: false }).waitFor();
      const field = await noScript.getByRole('searchbox', { name: 'Organisasjonsnummer eller navn' }).boundingBox();
      const button = await noScript.getByRole('button', { name: 'Søk', exact: true }).boundingBox();
      // In the field's row: the same top and bottom, to the right of it.
      expect(Math.abs(button!.y - field!.y), query).toBeLessThanOrEqual(1);
      expect(Math.abs(button!.y + button!.height - (field!.y + field!.height)), query).toBeLessThanOrEqual(1);
      expect(button!.x, query).toBeGreaterThanOrEqual(field!.x + field!.width - 1);
    }
    await plain.close();
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);

  it('shows the address service failing, in the element and on the server, and completes after a retry', async () => {
    const { context, page, problems } = await newPerson(world);
    const ola = '02917923453';
    // Ola is only a board member of the restaurant: a company he leads.
    const company = await findCompany(world, 'kafe', restaurant.orgnr, ola);
    await login(page, 'Ola Nordmann');
    await chooseCompany(page, { orgnr: company.organisasjonsnummer, navn: company.navn });
    await page.getByRole('button', { name: 'Bruk dette foretaket' }).click();
    await page.waitForURL('**/premises');

    // The element's search fails: it says so and offers a retry, and nothing is thrown.
    await programFault(world, 'adresser', '500', 10_000);
    const before = (await requestCounts(world)).adresser ?? 0;
    const field = page.getByRole('combobox', { name: 'Adressen til lokalet' });
    await field.click();
    await field.pressSequentially(premises.adressetekst, { delay: 20 });
    await page.locator('felles-address-lookup').getByText('Adressesøket virker ikke akkurat nå.').waitFor();
    expect((await requestCounts(world)).adresser).toBeGreaterThan(before);
    await expectAccessible(page, 'premises, address search failing');
    await shoot(page, 'premises-error');
    await clearFaults(world);
    await page.getByRole('button', { name: 'Prøv igjen' }).click();
    await page
      .getByRole('option', { name: new RegExp(premises.postnummer) })
      .first()
      .click();

    // The server's own check fails once: the page says so and keeps the chosen address.
    await programFault(world, 'adresser', '500', 1);
    await page.getByRole('button', { name: 'Lagre adressen' }).click();
    await page.getByText('Adresseregisteret svarer ikke akkurat nå').waitFor();
    expect(stored(ola).premises).toBeUndefined();
    await expectAccessible(page, 'premises, address check failing on the server');
    // With script the element holds the field's id, so the page's links to the field reach it, and
    // the plain field is gone.
    expect(await page.locator('[id="adresse"]').evaluateAll((all) => all.map((e) => e.localName))).toEqual(['felles-address-lookup']);
    expect(await page.locator('felles-address-lookup [data-fallback]').count()).toBe(0);
    await poll(() => field.inputValue()).toBe(addressLine(premises));
    await page.getByRole('button', { name: 'Lagre adressen' }).click();
    await page.waitForURL('**/licence');
    expect(stored(ola).premises).toMatchObject({ adressetekst: premises.adressetekst, kommunenummer: '0301' });

    expect(problems).toEqual([]);
    expect(world.log.splice(0)).toEqual([expect.stringMatching(/^warn address check failed: HTTP 500/)]);
    await context.close();
  }, 90_000);

  it("takes the consent on Altinn's page and shows the tax certificate on the summary", async () => {
    const { context, page, problems } = await newPerson(world);
    const nora = '09890651264';
    const company = await findCompany(world, 'kafe', restaurant.orgnr, nora);
    await login(page, 'Nora Lie');
    // A company the register gives her no role in can be found in the lookup, but not chosen: the
    // server checks the roles and says why, in plain words.
    await chooseCompany(page);
    await page.getByRole('button', { name: 'Bruk dette foretaket' }).click();
    // Said at the field and in the error summary above the form, which links to it.
    const refused = `Enhetsregisteret viser ingen rolle for deg i ${restaurant.navn} (${restaurant.orgnr})`;
    await page.locator('[data-field="validation"]').getByText(refused).waitFor();
    await page.getByRole('link', { name: refused }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/company');
    expect(world.demo.journeys.get(nora)?.company).toBeUndefined();
    await expectAccessible(page, 'company refused');
    await chooseCompany(page, { orgnr: company.organisasjonsnummer, navn: company.navn });
    await page.getByRole('button', { name: 'Bruk dette foretaket' }).click();
    await page.waitForURL('**/premises');
    await typeAddress(page, premises);
    await page
      .getByRole('option', { name: new RegExp(premises.postnummer) })
      .first()
      .click();
    await page.getByRole('button', { name: 'Lagre adressen' }).click();
    await page.waitForURL('**/licence');
    await page.getByRole('button', { name: 'Send søknaden og be om samtykke' }).click();
    const consentId = stored(nora).licence!.consentId;

    // Altinn's page logs the person in with ID-porten, takes the answer and sends them back.
    await page.getByRole('link', { name: 'Gå til Altinn og svar' }).click();
    await page.waitForURL(`${world.sandbox.origin}/**`);
    if (new URL(page.url()).pathname.startsWith('/idporten/')) {
      await page.getByLabel('Nora Lie').check();
      await page.getByRole('button', { name: 'Logg inn', exact: true }).click();
    }
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Gi samtykke', exact: true }).click();
    await page.waitForURL(`${world.demo.origin}/licence/return?**`);
    expect(new URL(page.url()).searchParams.get('consentId')).toBe(consentId);
    await page.getByRole('heading', { name: 'Søknaden er sendt' }).waitFor();
    expect(stored(nora).licence).toMatchObject({ consentStatus: 'accepted', taxCertificate: { organisasjonsnummer: company.organisasjonsnummer } });

    await page.goto(`${world.demo.origin}/summary`);
    await page.getByText('ingen restanse', { exact: false }).first().waitFor();
    expect(problems).toEqual([]);
    await context.close();
  }, 90_000);

  it('keeps a consent decision while the consent API is down, across a reload, and delivers it once', async () => {
    const { context, page, problems } = await newPerson(world);
    const per = '30814841207';
    // A company of its own, so its list of consents holds this test's consent only.
    const company = await findCompany(world, 'kafe', restaurant.orgnr, per);
    await login(page, 'Per Berg');
    await chooseCompany(page, { orgnr: company.organisasjonsnummer, navn: company.navn });
    await page.getByRole('button', { name: 'Bruk dette foretaket' }).click();
    await page.waitForURL('**/premises');
    await typeAddress(page, premises);
    await page
      .getByRole('option', { name: new RegExp(premises.postnummer) })
      .first()
      .click();
    await page.getByRole('button', { name: 'Lagre adressen' }).click();
    await page.waitForURL('**/licence');
    await page.getByRole('button', { name: 'Send søknaden og be om samtykke' }).click();
    const consentId = stored(per).licence!.consentId;

    // The consent API goes down after the dialog has the request.
    await openConsent(page);
    await programFault(world, 'samtykke', '503', 10_000);
    await programFault(world, 'altinn-samtykke', '503', 10_000);
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Gi samtykke', exact: true }).click();
    // The dialog's alert, not the live region that may still be announcing the same words.
    await dialog.getByRole('alert').getByText('Valget ditt er ikke lagret ennå.').waitFor();
    await expectAccessible(page, 'licence, consent API down');
    await shoot(page, 'licence-offline');

    // A reload while it is down: the server shows what it knew, the dialog carries on.
    await page.reload();
    await page.getByText('Vi fikk ikke sjekket status for samtykket').waitFor();
    await page.getByRole('dialog').getByRole('alert').getByText('Valget ditt er ikke lagret ennå.').waitFor();
    expect(stored(per).licence?.consentStatus).toBe('pending');

    // Back up: the dialog's retry delivers the decision, once.
    await clearFaults(world);
    await page.getByRole('dialog').getByRole('heading', { name: 'Du har gitt samtykke' }).waitFor({ timeout: 20_000 });
    await page.getByRole('dialog').getByRole('button', { name: 'Lukk' }).last().click();
    await page.getByRole('heading', { name: 'Søknaden er sendt' }).waitFor();
    expect(stored(per).licence?.consentStatus).toBe('accepted');
    const consent = (await (await fetch(`${world.demo.config.samtykkeBaseUrl}/consentrequests/${consentId}`)).json()) as {
      consentRequestEvents: { eventType: string }[];
    };
    expect(consent.consentRequestEvents.map((e) => e.eventType)).toEqual(['Created', 'Accepted']);

    // Withdrawing is as easy as giving: one button in <felles-consent-list>, straight to the API.
    const browserCalls = consentApiRequests(world, page);
    await resetRequestCounts(world);
    await page.getByRole('link', { name: 'Se samtykkene dine' }).click();
    await page.waitForURL('**/consents');
    await page
      .locator('felles-consent-list')
      .getByRole('button', { name: /^Trekk tilbake/ })
      .waitFor();
    // The list the server fetched once is the list the element shows: the browser does not fetch it again.
    expect((await requestCounts(world)).samtykke).toBe(1);
    expect(browserCalls).toEqual([]);
    await expectAccessible(page, 'consents');
    await shoot(page, 'consents');
    await page
      .locator('felles-consent-list')
      .getByRole('button', { name: /^Trekk tilbake/ })
      .click();
    await page.locator('felles-consent-list').getByText('Trukket tilbake', { exact: true }).waitFor();
    expect(browserCalls).toEqual([`POST /samtykke/api/v1/consentrequests/${consentId}/revoke`]);
    expect(stored(per).licence?.taxCertificate).toMatchObject({ organisasjonsnummer: company.organisasjonsnummer });
    await resetRequestCounts(world);
    await page.goto(`${world.demo.origin}/licence`);
    expect(stored(per).licence?.consentStatus).toBe('revoked');
    // The withdrawal stops the next fetch: the certificate fetched before is no longer kept, the
    // provider is not asked, and a fetch tried anyway is refused: the provider checks the consent
    // behind a consent token still cached from before, and Maskinporten gives no new one.
    expect(stored(per).licence?.taxCertificate).toBeUndefined();
    expect(stored(per).licence?.taxCertificateStopped?.reason).toBe('revoked');
    expect((await requestCounts(world)).skatteetaten ?? 0).toBe(0);
    const from = `urn:altinn:organization:identifier-no:${company.organisasjonsnummer}`;
    await expect(world.demo.services.taxCertificates.fetch({ id: consentId, from }, company.organisasjonsnummer)).resolves.toEqual({
      kind: 'refused',
      reason: expect.stringMatching(/^(consent-revoked|invalid_authorization_details)$/),
    });
    await page.goto(`${world.demo.origin}/summary`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByText('ingen restanse', { exact: false }).count()).toBe(0);

    expect(problems).toEqual([]);
    // While the APIs were down the server said it could not refresh the status (the reload) and
    // could not record the dialog's decision (which goes through it), and nothing else.
    const logged = world.log.splice(0);
    expect(logged).toContainEqual(expect.stringMatching(/^warn consent status not refreshed: HTTP 503/));
    expect(logged).toContainEqual(expect.stringMatching(/^warn decision not recorded: HTTP 503/));
    for (const line of logged) expect(line).toMatch(/^warn (consent status not refreshed|decision not recorded): HTTP 503/);
    await context.close();
  }, 90_000);
});
