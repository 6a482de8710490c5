import { connect } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { actingRoles, createEnhetsregisterClient } from '@felles/client-enhetsregisteret';
import { createMaskinportenClient, type MaskinportenClientOptions } from '@felles/client-maskinporten';
import { createConsentClient, createEnterpriseConsentClient } from '@felles/client-samtykke';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sandboxClients, sandboxClientSecrets } from '../../sandbox/src/idporten/clients.js';
import { Browserless } from '../../sandbox/src/idporten/testing/browserless.js';
import { startSandbox, type RunningSandbox } from '../../sandbox/src/index.js';
import { escapeHtml } from '../src/html/html.js';
import { placeName } from '../src/i18n/place-name.js';
import { startMessages } from '../src/pages/start.messages.js';
import { startDemo, type RunningDemo } from '../src/index.js';
import { csrfOf, PlainBrowser } from './http-client.js';

/**
 * The demo over plain HTTP, as a browser without JavaScript uses it: every step is a form. Checks
 * the session and CSRF rules, escaping of what people and registers write, and that no token
 * reaches the browser.
 */

let sandbox: RunningSandbox;
let demo: RunningDemo;
let dataDir: string;
/** The organisation of the sandbox's felles-demo Maskinporten client: the requester of the demo's consents. */
let demoOrgnr: string;
const logged: string[] = [];

/** The page's main content, without the header (whose language links carry the page's own address). */
const mainOf = (html: string) => html.slice(html.indexOf('<main'), html.indexOf('</main>'));

/** Requests per sandbox service since the last reset. */
const counts = async () => (await (await fetch(`${sandbox.origin}/__sandbox/requests`)).json()) as Record<string, number>;
const resetCounts = () => fetch(`${sandbox.origin}/__sandbox/requests`, { method: 'DELETE' });

/** A company in the sandbox's register other than the restaurant that `pid` leads (daglig leder), found by a word of its name. */
async function findActingCompany(pid: string): Promise<string> {
  const issuer = `${sandbox.origin}/maskinporten/`;
  const client = (await (await fetch(`${issuer}test/clients/felles-demo`)).json()) as {
    client_id: string;
    private_jwk: MaskinportenClientOptions['key'];
  };
  const maskinporten = createMaskinportenClient({ issuer, clientId: client.client_id, key: client.private_jwk });
  const register = createEnhetsregisterClient({
    baseUrl: sandbox.origin,
    authorisedTokenProvider: maskinporten.tokenProvider({ scope: 'felles:sandbox.enhetsregisteret.roller' }),
  });
  for (let page = 0; page < 5; page += 1) {
    for (const enhet of (await register.searchEnheter({ navn: 'kafe', size: 20, page })).enheter) {
      if (enhet.organisasjonsnummer === '926535897') continue;
      const roles = await register.getRoles(enhet.organisasjonsnummer, { authorised: true });
      if (roles.status === 'found' && actingRoles(roles.roller).some((rolle) => rolle.person?.fodselsnummer === pid))
        return enhet.organisasjonsnummer;
    }
  }
  throw new Error(`No company in the sandbox that ${pid} may act for`);
}

/** A consent request as Altinn's enterprise API gives it to the demo's organisation. */
async function altinnRequest(id: string): Promise<{ to: string; redirectUrl: string; consentRequestEvents: { eventType: string }[] }> {
  const issuer = `${sandbox.origin}/maskinporten/`;
  const client = (await (await fetch(`${issuer}test/clients/felles-demo`)).json()) as {
    client_id: string;
    private_jwk: MaskinportenClientOptions['key'];
  };
  const maskinporten = createMaskinportenClient({ issuer, clientId: client.client_id, key: client.private_jwk });
  const altinn = createEnterpriseConsentClient({
    platform: sandbox.origin,
    tokenProvider: maskinporten.tokenProvider({ scope: 'altinn:consentrequests.read' }),
  });
  return altinn.getRequest(id) as Promise<{ to: string; redirectUrl: string; consentRequestEvents: { eventType: string }[] }>;
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'felles-demo-http-'));
  sandbox = await startSandbox({ port: 0, dataDir: join(dataDir, 'sandbox') });
  demo = await startDemo({
    port: 0,
    sandboxOrigin: sandbox.origin,
    clientId: 'felles-test-post',
    clientSecret: sandboxClientSecrets.test,
    dataDir: join(dataDir, 'demo'),
    // Every test here logs in from one address; the budget itself is tested on a demo of its own.
    loginStarts: { burst: 1_000, perMinute: 1_000 },
    log: { warn: (m) => logged.push(m), error: (m) => logged.push(m) },
  });
  demoOrgnr = ((await (await fetch(`${sandbox.origin}/maskinporten/test/clients/felles-demo`)).json()) as { orgnr: string }).orgnr;
}, 30_000);

afterAll(async () => {
  await demo?.close();
  await sandbox?.close();
  await rm(dataDir, { recursive: true, force: true });
});

/** Logs in through the sandbox's ID-porten; returns the browser and the session id it had before. */
async function login(person = 'kari'): Promise<{ browser: PlainBrowser; before: string }> {
  const browser = new PlainBrowser(demo.origin);
  const start = await browser.get('/auth/login');
  expect(start.status).toBe(302);
  const before = browser.cookies.get('felles-demo-session') ?? '';
  const { callbackUrl } = await new Browserless(sandbox.origin).login(start.location!, { person });
  expect(callbackUrl.startsWith(`${demo.origin}/auth/callback?`)).toBe(true);
  const back = await browser.get(callbackUrl);
  expect(back).toMatchObject({ status: 303, location: '/journey' });
  return { browser, before };
}

describe('sessions and login', () => {
  it('keeps the session in an HttpOnly, SameSite=Lax cookie with a new id after login, and no token in the browser', async () => {
    const { browser, before } = await login();
    const after = browser.cookies.get('felles-demo-session');
    expect(after).toMatch(/^[\w-]{43}$/);
    expect(after).not.toBe(before);
    for (const line of browser.setCookies.filter((l) => l.startsWith('felles-demo-session='))) {
      expect(line).toMatch(/; HttpOnly/);
      expect(line).toMatch(/; SameSite=Lax/);
      expect(line).toMatch(/; Path=\//);
    }
    const journey = await browser.get('/journey');
    expect(journey.status).toBe(200);
    expect(journey.html).toContain('Hei, Kari Nordmann');
    // JWTs start with base64url of '{"': no ID or access token may be in a page.
    expect(journey.html).not.toMatch(/eyJ[\w-]{10,}/);
    expect([...browser.cookies.values()].join(' ')).not.toMatch(/eyJ/);
    // The server keeps only what it uses: no access token, as it calls no API for the person.
    const keys = Object.keys(demo.sessions.get(after)?.user ?? {}).filter((key) => key !== 'sid');
    expect(keys.sort()).toEqual(['idToken', 'name', 'pid']);

    // The id from before login is worth nothing (session fixation).
    const planted = new PlainBrowser(demo.origin);
    planted.cookies.set('felles-demo-session', before);
    expect(await planted.get('/journey')).toMatchObject({ status: 303, location: '/' });
  });

  it('gives every page the login button element, also a page without elements of its own', async () => {
    const visitor = new PlainBrowser(demo.origin);
    for (const path of ['/', '/privacy', '/auth/logged-out', '/no-such-page']) {
      const page = await visitor.get(path);
      expect(page.html, path).toMatch(/<script type="module" src="\/assets\/js\/\w+\.js"><\/script>/);
      expect(page.html, path).toContain('<felles-id-login-button href="/auth/login"');
    }
    // A login that failed starts again with the element, not a plain link.
    const failed = mainOf((await visitor.get('/auth/callback?code=x&state=y')).html);
    expect(failed).toContain('<felles-id-login-button href="/auth/login"');
    expect(failed).not.toContain('<p><a class="ds-button" href="/auth/login">');
  });

  it("names the service one way in each language: header, front page, title, and ID-porten's login page", async () => {
    const visitor = new PlainBrowser(demo.origin);
    for (const [lang, name] of [
      ['nb', 'Start serveringssted'],
      ['nn', 'Start serveringsstad'],
      ['en', 'Start a restaurant'],
    ] as const) {
      await visitor.get(`/settings?lang=${lang}&next=/`);
      const front = (await visitor.get('/')).html;
      expect(front, lang).toContain(`<title>${name}</title>`);
      expect(front, lang).toContain(`<a class="demo-brand" href="/">${name}</a>`);
      expect(front, lang).toContain(`<h1 class="ds-heading" data-size="xl">${name}</h1>`);
      expect((await visitor.get('/privacy')).html, lang).toMatch(new RegExp(`<title>[^<]+ – ${name}</title>`));
    }
    // ID-porten's page says which service the person logs in to, by the name it is registered with.
    expect(sandboxClients.find((client) => client.client_id === 'felles-demo')?.client_name).toBe('Start serveringssted');
  });

  it('sends a visitor without a session from the pages behind login to the front page', async () => {
    const visitor = new PlainBrowser(demo.origin);
    for (const path of ['/journey', '/company', '/premises', '/licence', '/summary']) {
      expect(await visitor.get(path), path).toMatchObject({ status: 303, location: '/' });
    }
    expect(await visitor.post('/company', { action: 'new', navn: 'X', organisasjonsform: 'AS' })).toMatchObject({ status: 403 });
  });

  it('refuses a POST without the CSRF token, with another token, or from another origin', async () => {
    const { browser } = await login('ola');
    const page = await browser.get('/company');
    const token = csrfOf(page.html);
    const form = { action: 'new', navn: 'Ny Kafé AS', organisasjonsform: 'AS' };
    expect((await browser.post('/company', form)).status).toBe(403);
    expect((await browser.post('/company', { ...form, _csrf: `${token.slice(1)}x` })).status).toBe(403);
    expect((await browser.post('/company', { ...form, _csrf: token }, { origin: 'http://evil.example' })).status).toBe(403);
    expect(demo.journeys.get('02917923453')?.company).toBeUndefined();
    expect(await browser.post('/company', { ...form, _csrf: token })).toMatchObject({ status: 303, location: '/premises' });
    expect(demo.journeys.get('02917923453')?.company).toMatchObject({ source: 'new', navn: 'Ny Kafé AS', organisasjonsform: { kode: 'AS' } });
  });

  it('logs out with a POST only, ending the session here and sending the person to ID-porten', async () => {
    const { browser } = await login('nora');
    const page = await browser.get('/journey');
    expect((await browser.get('/auth/logout')).status).toBe(405);
    const out = await browser.post('/auth/logout', { _csrf: csrfOf(page.html) });
    expect(out.status).toBe(303);
    const end = new URL(out.location!);
    const discovery = (await (await fetch(`${sandbox.origin}/idporten/.well-known/openid-configuration`)).json()) as { end_session_endpoint: string };
    expect(`${end.origin}${end.pathname}`).toBe(discovery.end_session_endpoint);
    expect(end.searchParams.get('id_token_hint')).toMatch(/^eyJ/);
    expect(end.searchParams.get('post_logout_redirect_uri')).toBe(`${demo.origin}/auth/logged-out`);
    expect(await browser.get('/journey')).toMatchObject({ status: 303, location: '/' });
  });
});

describe('front-channel logout', () => {
  it("ends the demo's sessions of an ID-porten session when ID-porten's frame loads, and only for its own issuer", async () => {
    const session = demo.sessions.create();
    session.user = { pid: '09890651264', name: 'Nora Lie', sid: 'sid-123', idToken: 'i' };
    const browser = new PlainBrowser(demo.origin);
    browser.cookies.set('felles-demo-session', session.id);
    expect((await browser.get('/journey')).status).toBe(200);

    const frame = new PlainBrowser(demo.origin);
    const issuer = encodeURIComponent(demo.config.idporten.issuer);
    expect((await frame.get(`/auth/frontchannel-logout?iss=${encodeURIComponent('http://evil.example')}&sid=sid-123`)).status).toBe(400);
    expect((await browser.get('/journey')).status).toBe(200);
    const done = await frame.get(`/auth/frontchannel-logout?iss=${issuer}&sid=sid-123`);
    expect(done.status).toBe(200);
    expect(done.headers.get('content-security-policy')).toContain(`frame-ancestors ${sandbox.origin}`);
    expect(done.headers.get('x-frame-options')).toBeNull();
    expect(await browser.get('/journey')).toMatchObject({ status: 303, location: '/' });
  });
});

describe('the journey without JavaScript', () => {
  it('completes all three steps with plain forms and shows the summary', async () => {
    // Kari is daglig leder of the restaurant, so the register lets her act for it.
    const { browser } = await login('kari');
    const pid = '14838512470';

    // Company: a search by number, then the choice.
    const search = await browser.get('/company?q=926+535+897');
    expect(search.html).toContain('SMAKEBITEN KAFE AS');
    const chosen = await browser.post('/company', { _csrf: csrfOf(search.html), action: 'choose', orgnr: '926535897', q: '926 535 897' });
    expect(chosen).toMatchObject({ status: 303, location: '/premises' });

    // Premises: typed text that matches one address is checked and saved on the server.
    const oslo = (await (await fetch(`${sandbox.origin}/adresser/v1/sok?kommunenummer=0301&treffPerSide=1`)).json()) as {
      adresser: { adressetekst: string; postnummer: string; poststed: string }[];
    };
    const address = oslo.adresser[0]!;
    const line = `${address.adressetekst}, ${address.postnummer} ${address.poststed}`;
    const premisesPage = await browser.get('/premises');
    expect(premisesPage.html).toContain('<felles-address-lookup');
    expect(premisesPage.html).toMatch(/<input class="ds-input" id="adresse" name="adresse"/);
    const nowhere = await browser.post('/premises', { _csrf: csrfOf(premisesPage.html), adresse: 'Finnesikke gate 999' });
    expect(nowhere.status).toBe(422);
    expect(nowhere.html).toContain('Vi fant ikke adressen i adresseregisteret.');
    const saved = await browser.post('/premises', { _csrf: csrfOf(premisesPage.html), adresse: line });
    expect(saved).toMatchObject({ status: 303, location: '/licence' });
    expect(demo.journeys.get(pid)?.premises).toMatchObject({ adressetekst: address.adressetekst, kommunenummer: '0301', typed: line });

    // Forged parts that do not match the text are not trusted: the text decides.
    const forged = await browser.post('/premises', {
      _csrf: csrfOf(premisesPage.html),
      adresse: line,
      'adresse.kommunenummer': '4601',
      'adresse.adressekode': '1',
      'adresse.nummer': '1',
    });
    expect(forged).toMatchObject({ status: 303, location: '/licence' });
    expect(demo.journeys.get(pid)?.premises?.kommunenummer).toBe('0301');

    // Licence: the backend creates the consent request at Altinn; the page offers Altinn's page, and
    // records a decision made on its own plain form.
    const licence = await browser.get('/licence');
    expect((await browser.post('/licence', { _csrf: csrfOf(licence.html), action: 'apply' })).status).toBe(303);
    const consentId = demo.journeys.get(pid)!.licence!.consentId;
    const pending = await browser.get('/licence');
    expect(pending.html).toContain('Oslo kommune');
    expect(pending.html).toContain('<script type="application/json" id="consent-request">');
    expect(pending.html).toContain(
      `<a class="ds-button" href="${sandbox.origin}/accessmanagement/ui/consent/request?id=${consentId}">Gå til Altinn og svar</a>`,
    );
    const atAltinn = await altinnRequest(consentId);
    expect(atAltinn.to).toBe(`urn:altinn:organization:identifier-no:${demoOrgnr}`);
    expect(atAltinn.redirectUrl).toBe(`${demo.origin}/licence/return?consentId=${consentId}`);
    const decided = await browser.post('/licence', { _csrf: csrfOf(pending.html), action: 'decide', decision: 'accept', consentId });
    expect(decided).toMatchObject({ status: 303, location: '/licence' });
    // The same post again (a double click) is recorded once: the key is the same.
    await browser.post('/licence', { _csrf: csrfOf(pending.html), action: 'decide', decision: 'accept', consentId });
    const consent = (await (await fetch(`${demo.config.samtykkeBaseUrl}/consentrequests/${consentId}`)).json()) as {
      consentRequestEvents: { eventType: string }[];
    };
    expect(consent.consentRequestEvents.map((e) => e.eventType)).toEqual(['Created', 'Accepted']);
    expect(demo.journeys.get(pid)?.licence).toMatchObject({
      consentStatus: 'accepted',
      fetched: { organisasjonsnummer: '926535897' },
      taxCertificate: { organisasjonsnummer: '926535897', navn: 'SMAKEBITEN KAFE AS', harRestanser: false },
    });

    // The summary shows the certificate, fetched again with a consent token, as text.
    await resetCounts();
    const summary = await browser.get('/summary');
    expect(summary.html).toContain('Du skrev 2 opplysninger. De ble gjenbrukt 5 ganger i senere steg.');
    expect(summary.html).toContain(`<q>926 535 897</q>`);
    expect(summary.html).toContain('<h2 class="ds-heading" data-size="sm" id="certificate-heading">Skatteattesten</h2>');
    expect(summary.html).toContain('<li>Merverdiavgift: ingen restanse</li>');
    expect((await counts()).skatteetaten).toBe(1);
    // No token of any kind reaches a page.
    for (const html of [pending.html, summary.html, (await browser.get('/licence')).html]) expect(html).not.toMatch(/eyJ[\w-]{10,}/);

    // Someone else cannot withdraw it by its id: only consents asked of one's own party.
    const { browser: other } = await login('nora');
    const otherPage = await other.get('/consents');
    expect(await other.post('/consents', { _csrf: csrfOf(otherPage.html), consentId })).toMatchObject({ status: 303, location: '/consents' });
    const stillAccepted = (await (await fetch(`${demo.config.samtykkeBaseUrl}/consentrequests/${consentId}`)).json()) as {
      consentRequestEvents: { eventType: string }[];
    };
    expect(stillAccepted.consentRequestEvents.map((e) => e.eventType)).toEqual(['Created', 'Accepted']);

    // The person withdraws it with the plain form; the licence then no longer stands on it, and the
    // certificate is neither fetched again nor kept.
    const consents = await browser.get('/consents');
    expect(consents.html).toContain('Samtykker for SMAKEBITEN KAFE AS');
    expect(consents.html).toContain('Samtykke gitt');
    expect(await browser.post('/consents', { _csrf: csrfOf(consents.html), consentId })).toMatchObject({
      status: 303,
      location: '/consents?withdrawn=1',
    });
    expect((await browser.get('/consents?withdrawn=1')).html).toContain('Samtykket er trukket tilbake.');
    expect(demo.journeys.get(pid)?.licence?.consentStatus).toBe('revoked');
    expect(demo.journeys.get(pid)?.licence?.taxCertificate).toBeUndefined();
    await resetCounts();
    const after = await browser.get('/summary');
    expect(after.html).toContain('Du har trukket tilbake samtykket. Derfor har kommunen ikke hentet skatteattesten på nytt');
    expect(after.html).not.toContain('ingen restanse');
    expect((await counts()).skatteetaten ?? 0).toBe(0);
    await browser.get('/licence');
    expect(demo.journeys.get(pid)?.progress['serving-licence']).toBe('in-progress');
  });

  it('shows what people and registers write as text, never as markup', async () => {
    const { browser } = await login('aile');
    const page = await browser.get('/company');
    const name = '<img src=x onerror=alert(1)> & "Kafé"';
    await browser.post('/company', { _csrf: csrfOf(page.html), action: 'new', navn: name, organisasjonsform: 'ENK' });
    for (const path of ['/company', '/summary', '/company?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E']) {
      const { html } = await browser.get(path);
      expect(html, path).not.toContain('<img src=x');
      expect(html, path).not.toContain('<script>alert');
    }
    expect((await browser.get('/company')).html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;Kafé&quot;');
  });
});

describe('who may act for a company', () => {
  /** Kari (daglig leder) chooses the restaurant, applies and gives the consent; returns its id. */
  async function consentGivenByKari(): Promise<string> {
    const { browser } = await login('kari');
    const search = await browser.get('/company?q=926535897');
    expect(await browser.post('/company', { _csrf: csrfOf(search.html), action: 'choose', orgnr: '926535897', q: '926535897' })).toMatchObject({
      status: 303,
    });
    const oslo = (await (await fetch(`${sandbox.origin}/adresser/v1/sok?kommunenummer=0301&treffPerSide=1`)).json()) as {
      adresser: { adressetekst: string; postnummer: string; poststed: string }[];
    };
    const address = oslo.adresser[0]!;
    const premises = await browser.get('/premises');
    await browser.post('/premises', { _csrf: csrfOf(premises.html), adresse: `${address.adressetekst}, ${address.postnummer} ${address.poststed}` });
    const licence = await browser.get('/licence');
    await browser.post('/licence', { _csrf: csrfOf(licence.html), action: 'apply' });
    const consentId = demo.journeys.get('14838512470')!.licence!.consentId;
    const pending = await browser.get('/licence');
    await browser.post('/licence', { _csrf: csrfOf(pending.html), action: 'decide', decision: 'accept', consentId });
    return consentId;
  }
  const events = async (id: string) =>
    (
      (await (await fetch(`${demo.config.samtykkeBaseUrl}/consentrequests/${id}`)).json()) as {
        consentRequestEvents: { eventType: string; performedBy: string }[];
      }
    ).consentRequestEvents;

  it("lets nobody without a role that may act see, choose, act on or withdraw the company's consent (D3)", async () => {
    const consentId = await consentGivenByKari();
    expect((await events(consentId)).map((e) => e.eventType)).toEqual(['Created', 'Accepted']);

    // Ola is a board member of the restaurant, which does not let him act for it alone.
    const ola = '02917923453';
    const { browser } = await login('ola');
    const search = await browser.get('/company?q=926535897');
    expect(search.html).not.toContain('type="radio" name="orgnr"');
    expect(search.html).toContain('Du har ingen rolle som gir deg rett til å handle for noen av foretakene vi fant.');
    const chosen = await browser.post('/company', { _csrf: csrfOf(search.html), action: 'choose', orgnr: '926535897', q: '926535897' });
    expect(chosen.status).toBe(403);
    expect(chosen.html).toContain('Enhetsregisteret viser ingen rolle for deg i SMAKEBITEN KAFE AS (926535897)');
    expect(demo.journeys.get(ola)?.company?.organisasjonsnummer).toBeUndefined();

    // Even with the company in his journey (as the audit found it), nothing of it is shown or done.
    await demo.journeys.update(ola, 'Ola Nordmann', (journey) => {
      journey.company = {
        source: 'register',
        organisasjonsnummer: '926535897',
        navn: 'SMAKEBITEN KAFE AS',
        typed: '926535897',
        savedAt: new Date().toISOString(),
      };
      journey.premises = structuredClone(demo.journeys.get('14838512470')!.premises!);
      journey.licence = structuredClone(demo.journeys.get('14838512470')!.licence!);
    });
    const consents = await browser.get('/consents');
    expect(consents.status).toBe(403);
    expect(consents.html).toContain('Du kan ikke handle for dette foretaket');
    expect(consents.html).not.toContain(consentId);
    const licence = await browser.get('/licence');
    expect(licence.status).toBe(403);
    expect(licence.html).not.toContain(consentId);
    // Nor on the way back from Altinn's page with the consent's own id, nor on the summary, which
    // neither reads the consent nor fetches the certificate for him.
    await resetCounts();
    const back = await browser.get(`/licence/return?consentId=${consentId}`);
    expect(back.status).toBe(403);
    expect(mainOf(back.html)).not.toContain(consentId);
    const summary = await browser.get('/summary');
    expect(summary.html).toContain('Enhetsregisteret viser ingen rolle for deg i SMAKEBITEN KAFE AS (926535897)');
    expect(summary.html).not.toContain('ingen restanse');
    expect(summary.html).not.toContain('Ingen restanser');
    expect((await counts())['altinn-samtykke'] ?? 0).toBe(0);
    expect((await counts()).skatteetaten ?? 0).toBe(0);
    const token = csrfOf(consents.html);
    expect((await browser.post('/consents', { _csrf: token, consentId })).status).toBe(403);
    expect((await browser.post('/licence', { _csrf: token, action: 'decide', decision: 'reject', consentId })).status).toBe(403);
    expect((await browser.post('/licence', { _csrf: token, action: 'apply' })).status).toBe(403);

    // The consent API never heard from him: the consent stands as Kari gave it.
    expect((await events(consentId)).map((e) => e.eventType)).toEqual(['Created', 'Accepted']);

    // The same explanation in every language the demo has.
    await browser.get('/settings?lang=nn&next=/consents');
    expect((await browser.get('/consents')).html).toContain('Du kan ikkje handle for dette føretaket');
    await browser.get('/settings?lang=en&next=/consents');
    expect((await browser.get('/consents')).html).toContain('You cannot act for this company');
  });

  it('lists and accepts only the companies the person may act for; a role holder who has left may not', async () => {
    // Per was daglig leder of the restaurant and has left (fratraadt).
    const { browser } = await login('per');
    const search = await browser.get('/company?q=926535897');
    expect(search.html).not.toContain('type="radio" name="orgnr"');
    const kari = (await login('kari')).browser;
    const own = await kari.get('/company?q=926535897');
    expect(own.html).toMatch(/name="orgnr" id="hit-0" value="926535897"/);
    expect(own.html).toContain('1 treff');
  });

  it('takes a roles API that does not answer as a no for now, never as a yes', async () => {
    const { browser } = await login('kari');
    const search = await browser.get('/company?q=926535897');
    await browser.post('/company', { _csrf: csrfOf(search.html), action: 'choose', orgnr: '926535897', q: '926535897' });
    const fault = (count: number) =>
      fetch(`${sandbox.origin}/__sandbox/faults`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ service: 'enhetsregisteret-autorisert', fault: '503', count }),
      });
    await fault(100);
    try {
      const consents = await browser.get('/consents');
      expect(consents.status).toBe(503);
      expect(consents.html).toContain('Vi fikk ikke sjekket rollen din');
      expect(consents.html).not.toContain('<felles-consent-list');
      const hits = await browser.get('/company?q=926535897');
      expect(hits.status).toBe(200);
      expect(hits.html).not.toContain('type="radio" name="orgnr"');
      expect(hits.html).toContain('Enhetsregisteret svarer ikke akkurat nå');
    } finally {
      await fetch(`${sandbox.origin}/__sandbox/faults`, { method: 'DELETE' });
    }
    expect((await browser.get('/consents')).status).toBe(200);
    // Each failed look-up is reported; the normal run below expects nothing else.
    const failures = logged.splice(0);
    expect(failures.length).toBeGreaterThan(0);
    expect(failures.every((line) => line === 'Enhetsregisteret roles lookup failed')).toBe(true);
  });
});

describe('the return from Altinn, and what no GET or forged POST can do', () => {
  /** A person who may act for the company, with the licence applied for and its consent pending. */
  async function pendingLicence(person: string, pid: string, name: string, orgnr: string): Promise<{ browser: PlainBrowser; consentId: string }> {
    const { browser } = await login(person);
    const search = await browser.get(`/company?q=${orgnr}`);
    expect(await browser.post('/company', { _csrf: csrfOf(search.html), action: 'choose', orgnr, q: orgnr })).toMatchObject({ status: 303 });
    const oslo = (await (await fetch(`${sandbox.origin}/adresser/v1/sok?kommunenummer=0301&treffPerSide=1`)).json()) as {
      adresser: { adressetekst: string; postnummer: string; poststed: string }[];
    };
    const address = oslo.adresser[0]!;
    const premises = await browser.get('/premises');
    await browser.post('/premises', { _csrf: csrfOf(premises.html), adresse: `${address.adressetekst}, ${address.postnummer} ${address.poststed}` });
    await demo.journeys.update(pid, name, (journey) => {
      delete journey.licence;
    });
    const licence = await browser.get('/licence');
    expect(await browser.post('/licence', { _csrf: csrfOf(licence.html), action: 'apply' })).toMatchObject({ status: 303 });
    return { browser, consentId: demo.journeys.get(pid)!.licence!.consentId };
  }
  const events = async (id: string) =>
    (
      (await (await fetch(`${demo.config.samtykkeBaseUrl}/consentrequests/${id}`)).json()) as { consentRequestEvents: { eventType: string }[] }
    ).consentRequestEvents.map((e) => e.eventType);
  const kari = { person: 'kari', pid: '14838512470', name: 'Kari Nordmann' };

  it("takes back only the journey's own request id, and reads its outcome from Altinn", async () => {
    const { browser, consentId } = await pendingLicence(kari.person, kari.pid, kari.name, '926535897');
    // Another person's request, with a company of its own.
    const other = await findActingCompany('02917923453');
    const { consentId: foreign } = await pendingLicence('ola', '02917923453', 'Ola Nordmann', other);
    const before = structuredClone(demo.journeys.get(kari.pid));

    await resetCounts();
    for (const query of [
      `consentId=${foreign}`,
      `consentId=${randomUUID()}`,
      'consentId=..%2F..%2Fx',
      'consentId=',
      '',
      `consentId=${consentId}x`,
      `consentId=${consentId.toUpperCase()}`,
    ]) {
      const refused = await browser.get(`/licence/return?${query}`);
      expect(refused.status, query).toBe(400);
      expect(refused.location, query).toBeNull();
      expect(refused.html, query).toContain('Lenken hører ikke til søknaden din');
      expect(mainOf(refused.html), query).not.toContain(foreign);
    }
    // Nothing was asked of Altinn about them, and nothing changed.
    expect((await counts())['altinn-samtykke'] ?? 0).toBe(0);
    expect(demo.journeys.get(kari.pid)).toEqual(before);

    // The own id, pending still (the person closed Altinn's page): both ways to answer are offered again.
    const back = await browser.get(`/licence/return?consentId=${consentId}&next=https%3A%2F%2Fevil.example%2F`);
    expect(back.status).toBe(200);
    expect(back.location).toBeNull();
    expect(mainOf(back.html)).not.toContain('evil.example');
    expect(back.html).toContain('Gå til Altinn og svar');
    expect((await counts())['altinn-samtykke']).toBe(1);

    // Decided meanwhile, in the store behind Altinn's page: the return shows the outcome Altinn holds,
    // in the dialog and as text, and the certificate is fetched with it.
    const decided = await fetch(`${demo.config.samtykkeBaseUrl}/consentrequests/${consentId}/accept`, {
      method: 'POST',
      headers: { 'idempotency-key': randomUUID() },
    });
    expect(decided.status).toBe(200);
    const outcome = await browser.get(`/licence/return?consentId=${consentId}`);
    expect(outcome.status).toBe(200);
    expect(outcome.html).toContain('Søknaden er sendt');
    expect(outcome.html).toMatch(/<felles-consent-dialog request-id="[^"]+" manage-url="\/consents" open><\/felles-consent-dialog>/);
    expect(outcome.html).toContain('<script type="application/json" id="consent-outcome">');
    expect(demo.journeys.get(kari.pid)?.licence).toMatchObject({ consentStatus: 'accepted', taxCertificate: { organisasjonsnummer: '926535897' } });
    // The other person's request is as it was.
    expect(await events(foreign)).toEqual(['Created']);
  });

  it('changes nothing on a GET, whatever it carries', async () => {
    const { browser, consentId } = await pendingLicence(kari.person, kari.pid, kari.name, '926535897');
    const before = structuredClone(demo.journeys.get(kari.pid));
    for (const path of [
      `/licence?action=decide&decision=accept&consentId=${consentId}`,
      `/licence/return?consentId=${consentId}&action=decide&decision=reject`,
      `/licence?action=apply`,
      `/consents?consentId=${consentId}`,
      `/company?action=new&navn=GET-kafe&organisasjonsform=AS`,
    ]) {
      expect((await browser.get(path)).status, path).toBe(200);
    }
    expect(await events(consentId)).toEqual(['Created']);
    expect(demo.journeys.get(kari.pid)?.licence?.consentId).toBe(consentId);
    expect(demo.journeys.get(kari.pid)?.company).toEqual(before?.company);
    // A path that takes only a POST answers a GET with 405.
    expect((await browser.get('/auth/logout')).status).toBe(405);
  });

  it('refuses every POST without the CSRF token of this session, also as the dialog sends it', async () => {
    const { browser, consentId } = await pendingLicence(kari.person, kari.pid, kari.name, '926535897');
    const page = await browser.get('/licence');
    const token = csrfOf(page.html);
    const decision = { action: 'decide', decision: 'accept', consentId };
    const json = { accept: 'application/json' };
    // No token, a wrong one, one from another session (Nora's), or from another site.
    const nora = (await login('nora')).browser;
    const noraToken = csrfOf((await nora.get('/journey')).html);
    expect((await browser.post('/licence', decision)).status).toBe(403);
    expect((await browser.post('/licence', decision, json)).status).toBe(403);
    expect((await browser.post('/licence', { ...decision, _csrf: `${token.slice(0, -2)}xx` }, json)).status).toBe(403);
    expect((await browser.post('/licence', { ...decision, _csrf: noraToken }, json)).status).toBe(403);
    expect((await browser.post('/licence', { ...decision, _csrf: token }, { ...json, origin: 'http://evil.example' })).status).toBe(403);
    expect((await browser.post('/licence', { action: 'apply' })).status).toBe(403);
    expect((await browser.post('/consents', { consentId })).status).toBe(403);
    expect(await events(consentId)).toEqual(['Created']);
    expect(demo.journeys.get(kari.pid)?.licence?.consentId).toBe(consentId);

    // With the token, as the page's dialog sends it: JSON back. Only this application's request is decided.
    const wrongId = await browser.post('/licence', { ...decision, consentId: randomUUID(), _csrf: token }, json);
    expect(wrongId.status).toBe(400);
    const accepted = await browser.post('/licence', { ...decision, _csrf: token }, json);
    expect(accepted.status).toBe(200);
    expect(JSON.parse(accepted.html)).toMatchObject({
      id: consentId,
      status: 'accepted',
      texts: { requester: { nb: 'Felles demo (testvirksomhet)' } },
    });
    const late = await browser.post('/licence', { ...decision, decision: 'reject', _csrf: token }, json);
    expect(late.status).toBe(409);
    expect(JSON.parse(late.html)).toMatchObject({ current: { id: consentId, status: 'accepted' } });
    expect(await events(consentId)).toEqual(['Created', 'Accepted']);
  });
});

describe('the consent request shown without script', () => {
  it('links the privacy statement only when the request gives an http(s) URL', async () => {
    const { browser } = await login('kari');
    const pid = '14838512470';
    const companyPage = await browser.get('/company');
    await browser.post('/company', { _csrf: csrfOf(companyPage.html), action: 'new', navn: 'Personvernkafeen', organisasjonsform: 'ENK' });
    const oslo = (await (await fetch(`${sandbox.origin}/adresser/v1/sok?kommunenummer=0301&treffPerSide=1`)).json()) as {
      adresser: { adressetekst: string; postnummer: string; poststed: string }[];
    };
    const address = oslo.adresser[0]!;
    const premisesPage = await browser.get('/premises');
    await browser.post('/premises', {
      _csrf: csrfOf(premisesPage.html),
      adresse: `${address.adressetekst}, ${address.postnummer} ${address.poststed}`,
    });
    const licence = await browser.get('/licence');
    expect((await browser.post('/licence', { _csrf: csrfOf(licence.html), action: 'apply' })).status).toBe(303);

    const privacyLabel = 'Slik behandler kommunen personopplysninger';
    const linked = await browser.get('/licence');
    expect(linked.html).toContain(privacyLabel);
    // Named by what it is, not shown as a bare address.
    expect(linked.html).toContain(
      `<a class="ds-link" href="${demo.config.origin}/privacy">Personvernerklæringen til Felles demo (testvirksomhet)</a>`,
    );
    expect(linked.html).not.toContain(`>${demo.config.origin}/privacy</a>`);

    // The same request, but with texts of its own (Altinn's request carries none) and a script URL
    // the API's schema lets through.
    const client = createConsentClient({ baseUrl: demo.config.samtykkeBaseUrl });
    const request = await client.getRequest(demo.journeys.get(pid)!.licence!.consentId);
    expect(request.texts).toBeUndefined();
    const shown = JSON.parse(/id="consent-request">([^<]*)<\/script>/.exec(linked.html)![1]!) as Required<typeof request>;
    const copy = await client.createRequest({
      id: randomUUID(),
      from: request.from,
      to: request.to,
      requiredDelegator: request.requiredDelegator,
      validTo: request.validTo,
      consentRights: request.consentRights,
      redirectUrl: request.redirectUrl,
      requestMessage: request.requestMessage,
      texts: { ...shown.texts, privacyUrl: 'javascript:alert(1)' },
    });
    await demo.journeys.update(pid, 'Kari Nordmann', (journey) => {
      journey.licence!.consentId = copy.id;
    });
    const unlinked = await browser.get('/licence');
    expect(unlinked.html).toContain(`id="consent-request">`);
    expect(unlinked.html).not.toContain('href="javascript:');
    expect(unlinked.html).not.toContain(privacyLabel);
  });
});

describe('a name search with more hits than are shown', () => {
  it('offers to look at more of them, and says how to narrow the search', async () => {
    const { browser } = await login('kari');
    const register = (await (await fetch(`${sandbox.origin}/enhetsregisteret/api/enheter?navn=kafe&size=1`)).json()) as {
      page: { totalElements: number };
    };
    const total = register.page.totalElements;
    expect(total).toBeGreaterThan(50);
    const more = (page: string) => /data-testid="more-hits">([\s\S]*?)<\/p>/.exec(page)?.[1] ?? '';

    const first = mainOf((await browser.get('/company?q=kafe')).html);
    expect(more(first)).toContain('<a class="ds-link" href="/company?q=kafe&amp;vis=20#search-heading">Vis flere treff</a>');
    expect(more(first)).toContain('Finner du ikke foretaket? Skriv mer av navnet, eller søk på organisasjonsnummeret.');
    expect(first).toMatch(new RegExp(`\\d+ foretak du kan representere, blant de 10 første av ${total} treff|Du har ingen rolle`));

    // Each "more" looks at ten more of the register's hits, and the page says how many it looked at.
    await resetCounts();
    const second = mainOf((await browser.get('/company?q=kafe&vis=20')).html);
    expect(more(second)).toContain('href="/company?q=kafe&amp;vis=30#search-heading"');
    expect((await counts())['enhetsregisteret-autorisert']).toBe(20);
    if (second.includes('role="status"')) expect(second).toContain(`blant de 20 første av ${total} treff`);

    // At most fifty: then only the advice to narrow the search is left. A larger number is taken as fifty.
    for (const vis of ['50', '9999']) {
      const last = more(mainOf((await browser.get(`/company?q=kafe&vis=${vis}`)).html));
      expect(last, vis).not.toContain('Vis flere treff');
      expect(last, vis).toContain('Skriv mer av navnet');
    }

    // A search with every hit shown offers neither.
    expect(mainOf((await browser.get('/company?q=926535897')).html)).not.toContain('data-testid="more-hits"');
  });
});

/**
 * Logs `person` in and takes them to a pending licence without script: a new company, premises at the
 * first address the sandbox has in Oslo, and the application sent.
 */
async function pendingLicence(person: string, navn: string) {
  const { browser } = await login(person);
  const companyPage = await browser.get('/company');
  await browser.post('/company', { _csrf: csrfOf(companyPage.html), action: 'new', navn, organisasjonsform: 'ENK' });
  const oslo = (await (await fetch(`${sandbox.origin}/adresser/v1/sok?kommunenummer=0301&treffPerSide=1`)).json()) as {
    adresser: { adressetekst: string; postnummer: string; poststed: string; kommunenavn: string }[];
  };
  const address = oslo.adresser[0]!;
  const premisesPage = await browser.get('/premises');
  await browser.post('/premises', {
    _csrf: csrfOf(premisesPage.html),
    adresse: `${address.adressetekst}, ${address.postnummer} ${address.poststed}`,
  });
  const licence = await browser.get('/licence');
  expect((await browser.post('/licence', { _csrf: csrfOf(licence.html), action: 'apply' })).status).toBe(303);
  return { browser, address };
}

describe('the English texts', () => {
  it('say who grants the licence and name the agencies as English writes them after "from"', async () => {
    const { browser } = await pendingLicence('nora', 'English Café');
    await browser.get('/settings?lang=en&next=/licence');
    const page = mainOf((await browser.get('/licence')).html);
    expect(page).toContain('The serving licence is granted by the municipality where the premises are.');
    expect(page).toContain('(the Brønnøysund Register Centre)');
    expect(page).toContain('(the Norwegian Tax Administration)');
    expect(page).not.toMatch(/\(The |from The /);
    // As the dialog shows the request it is given: "… from the Brønnøysund Register Centre".
    const request = JSON.parse(/id="consent-request">([^<]*)<\/script>/.exec(page)![1]!) as { texts: { datasets: { source: { en: string } }[] } };
    expect(request.texts.datasets.map((d) => d.source.en)).toEqual(['the Brønnøysund Register Centre', 'the Norwegian Tax Administration']);
    await browser.get('/settings?lang=nb&next=/licence');
  });
});

describe('Northern Sámi', () => {
  it('is offered by the language switch; its own texts show as Sámi, and every text not written in it yet is marked as Bokmål', async () => {
    const visitor = new PlainBrowser(demo.origin);
    expect((await visitor.get('/')).html).toContain('lang="se" hreflang="se" aria-current="false">Davvisámegiella</a>');
    await visitor.get('/settings?lang=se&next=/');
    const page = (await visitor.get('/')).html;
    expect(page).toContain('<html lang="se"');
    expect(page).toContain('<nav aria-label="Giella">');
    expect(page).toContain('>Čálit sisa</a>');
    // (The texts for someone logged in are not on this page.)
    const shown = Object.entries(startMessages.nb).filter(([key]) => !key.startsWith('continue'));
    expect(shown.length).toBeGreaterThan(5);
    for (const [key, text] of shown) expect(page, key).toContain(`<span lang="nb">${escapeHtml(text)}</span>`);
    expect(page).toContain('<a class="demo-brand" href="/"><span lang="nb">Start serveringssted</span></a>');
    // Where markup cannot mark it, the text is plain.
    expect(page).toContain('<title>Start serveringssted</title>');
    expect(page).toContain('<nav aria-label="Fargetema">');
    // ID-porten is asked to speak Sámi too.
    const start = await visitor.get('/auth/login');
    expect(new URL(start.location!).searchParams.get('ui_locales')).toBe('se');
    await visitor.get('/settings?lang=nb&next=/');
  });

  it('marks what a consent request says in Bokmål only as Bokmål', async () => {
    const { browser } = await pendingLicence('aile', 'Sámi kafea');
    await browser.get('/settings?lang=se&next=/licence');
    const page = mainOf((await browser.get('/licence')).html);
    expect(page).toContain('<span lang="nb">Skatteattest (om skatter og avgifter er betalt)</span> (<span lang="nb">Skatteetaten</span>)');
    await browser.get('/settings?lang=nb&next=/licence');
  });
});

describe('place names', () => {
  it("are written as people write them, not in the registers' capitals, on every page that shows them", async () => {
    const { browser, address } = await pendingLicence('ola', 'Stedkafeen');
    // Kartverket writes both in capitals.
    expect([address.poststed, address.kommunenavn]).toEqual(['OSLO', 'OSLO']);

    for (const path of ['/premises', '/licence', '/summary']) {
      const main = mainOf((await browser.get(path)).html);
      expect(main, path).toContain(`${address.postnummer} Oslo`);
      expect(main, path).not.toMatch(/\bOSLO\b/);
    }
    // The register's business address of a company in the search too.
    const orgnr = await findActingCompany('02917923453');
    const enhet = (await (await fetch(`${sandbox.origin}/enhetsregisteret/api/enheter/${orgnr}`)).json()) as {
      forretningsadresse: { poststed: string };
    };
    const { poststed } = enhet.forretningsadresse;
    expect(poststed).toBe(poststed.toUpperCase());
    const hit = mainOf((await browser.get(`/company?q=${orgnr}`)).html);
    expect(hit).toContain(`, ${placeName(poststed)})</span>`);
    expect(hit).not.toContain(`, ${poststed})</span>`);
  });
});

describe('a refused consent', () => {
  /** The status the task list gives one of the service's steps. */
  const taskStatus = (page: string, step: string) => new RegExp(`data-testid="task-status-${step}">([^<]*)<`).exec(page)?.[1];

  it('says what was refused, that the application cannot be completed without the certificates, and what to do next', async () => {
    const { browser } = await login('per');
    const pid = '30814841207';
    const orgnr = await findActingCompany(pid);
    const companyPage = await browser.get(`/company?q=${orgnr}`);
    await browser.post('/company', { _csrf: csrfOf(companyPage.html), action: 'choose', orgnr, q: orgnr });
    expect(demo.journeys.get(pid)?.company?.organisasjonsnummer).toBe(orgnr);
    const oslo = (await (await fetch(`${sandbox.origin}/adresser/v1/sok?kommunenummer=0301&treffPerSide=1`)).json()) as {
      adresser: { adressetekst: string; postnummer: string; poststed: string }[];
    };
    const address = oslo.adresser[0]!;
    const premisesPage = await browser.get('/premises');
    await browser.post('/premises', {
      _csrf: csrfOf(premisesPage.html),
      adresse: `${address.adressetekst}, ${address.postnummer} ${address.poststed}`,
    });
    const licence = await browser.get('/licence');
    await browser.post('/licence', { _csrf: csrfOf(licence.html), action: 'apply' });
    const pending = await browser.get('/licence');
    const consentId = demo.journeys.get(pid)!.licence!.consentId;
    await browser.post('/licence', { _csrf: csrfOf(pending.html), action: 'decide', decision: 'reject', consentId });
    expect(demo.journeys.get(pid)?.licence?.consentStatus).toBe('rejected');

    const refused = mainOf((await browser.get('/licence')).html);
    expect(refused).toContain('Søknaden mangler skatteattest og firmaattest');
    expect(refused).toContain(
      'Du ga ikke samtykke til at kommunen henter opplysninger om foretaket fra Brønnøysundregistrene og skatteattesten fra Skatteetaten.',
    );
    expect(refused).toContain('Søknaden er sendt til Oslo kommune, men kommunen kan ikke behandle den ferdig uten skatteattesten og firmaattesten.');
    expect(refused).toContain('<button class="ds-button" type="submit">Be om samtykke på nytt</button>');
    expect(refused).toContain('Eller bestill skatteattesten hos Skatteetaten og firmaattesten hos Brønnøysundregistrene');

    // The task lists say the same, rather than that the step is done, and the step is still the current one.
    const journey = (await browser.get('/journey')).html;
    expect(taskStatus(journey, 'licence')).toBe('Mangler vedlegg');
    expect(journey).toMatch(/<li class="demo-task" aria-current="step">\s*<a class="ds-link" href="\/licence">/);
    const summary = (await browser.get('/summary')).html;
    expect(taskStatus(summary, 'licence')).toBe('Mangler vedlegg');
    expect(summary).toContain('Du ga ikke samtykke, så kommunen har ikke hentet skatteattesten.');
    expect(summary).toContain('ikke hentet, du ga ikke samtykke');
    expect(demo.journeys.get(pid)?.progress['serving-licence']).toBe('in-progress');

    // In English too.
    await browser.get('/settings?lang=en&next=/licence');
    const english = mainOf((await browser.get('/licence')).html);
    expect(english).toContain('The application has been sent to Oslo municipality, but the municipality cannot finish processing it');
    expect(taskStatus((await browser.get('/journey')).html, 'licence')).toBe('Attachments missing');
    await browser.get('/settings?lang=nb&next=/licence');
  });
});

describe("the company in the person's language", () => {
  it("names a legal form the demo knows in the page's language, and marks other register text as Bokmål", async () => {
    // Kari, who may act for the restaurant the search below finds.
    const { browser } = await login('kari');
    const pid = '14838512470';
    await browser.get('/settings?lang=en&next=/company');
    const page = await browser.get('/company');
    expect(page.html).toContain('<html lang="en"');
    await browser.post('/company', { _csrf: csrfOf(page.html), action: 'new', navn: 'Språkkafeen', organisasjonsform: 'ENK' });
    // Stored as the register keeps it, shown as the page speaks.
    expect(demo.journeys.get(pid)?.company?.organisasjonsform).toEqual({ kode: 'ENK', beskrivelse: 'Enkeltpersonforetak' });
    expect((await browser.get('/company')).html).toContain('<dd>Sole proprietorship (ENK)</dd>');
    await browser.get('/settings?lang=nn&next=/company');
    expect((await browser.get('/company')).html).toContain('<dd>Enkeltpersonføretak</dd>');

    // A legal form the demo has no text for stays in the register's Bokmål, and says so.
    await demo.journeys.update(pid, 'Kari Nordmann', (journey) => {
      journey.company!.organisasjonsform = { kode: 'FLI', beskrivelse: 'Forening/lag/innretning' };
    });
    expect((await browser.get('/company')).html).toContain('<dd><span lang="nb">Forening/lag/innretning</span></dd>');
    const hits = await browser.get('/company?q=926535897');
    expect(hits.html).toContain('(926535897, <span lang="nb">Aksjeselskap</span>');
    await browser.get('/settings?lang=nb&next=/company');
    expect((await browser.get('/company?q=926535897')).html).toContain('(926535897, Aksjeselskap');
  });
});

describe('the municipality that grants the licence', () => {
  it('is found in Enhetsregisteret for premises in any municipality, not only a few known ones', async () => {
    const { browser } = await login('aile');
    const asker = (await (await fetch(`${sandbox.origin}/adresser/v1/sok?kommunenummer=3203&treffPerSide=1`)).json()) as {
      adresser: { adressetekst: string; postnummer: string; poststed: string }[];
    };
    const address = asker.adresser[0]!;
    const unit = (await (await fetch(`${sandbox.origin}/enhetsregisteret/api/enheter?organisasjonsform=KOMM&kommunenummer=3203`)).json()) as {
      _embedded: { enheter: { organisasjonsnummer: string; navn: string }[] };
    };
    expect(unit._embedded.enheter.map((e) => e.navn)).toEqual(['ASKER KOMMUNE']);
    const page = await browser.get('/premises');
    await browser.post('/premises', { _csrf: csrfOf(page.html), adresse: `${address.adressetekst}, ${address.postnummer} ${address.poststed}` });
    expect(demo.journeys.get('21869234688')?.premises?.kommunenummer).toBe('3203');
    const licence = await browser.get('/licence');
    const applied = await browser.post('/licence', { _csrf: csrfOf(licence.html), action: 'apply' });
    expect(applied.status).toBe(303);
    expect(demo.journeys.get('21869234688')?.licence?.municipality).toEqual({
      kommunenummer: '3203',
      kommunenavn: 'Asker',
      organisasjonsnummer: unit._embedded.enheter[0]!.organisasjonsnummer,
    });
  });

  it('says so when the register has no municipality for the premises, and sends nothing', async () => {
    const { browser } = await login('aile');
    // Longyearbyen on Svalbard: an address with a municipality number but no unit of form KOMM.
    await demo.journeys.update('21869234688', 'Áile Ovllá', (journey) => {
      journey.premises = {
        adressetekst: 'Vei 229 2',
        postnummer: '9170',
        poststed: 'LONGYEARBYEN',
        kommunenummer: '2111',
        kommunenavn: 'LONGYEARBYEN',
        typed: 'Vei 229 2, 9170 Longyearbyen',
        savedAt: new Date().toISOString(),
      };
      delete journey.licence;
    });
    const licence = await browser.get('/licence');
    const applied = await browser.post('/licence', { _csrf: csrfOf(licence.html), action: 'apply' });
    expect(applied.status).toBe(422);
    expect(applied.html).toContain('Vi fant ikke Longyearbyen kommune i Enhetsregisteret');
    expect(demo.journeys.get('21869234688')?.licence).toBeUndefined();
  });
});

describe('what the demo cannot do', () => {
  it('turns away a login without a national identity number, which the journey is kept by', async () => {
    const browser = new PlainBrowser(demo.origin);
    const start = await browser.get('/auth/login');
    const { callbackUrl } = await new Browserless(sandbox.origin).login(start.location!, { person: 'erika' });
    const back = await browser.get(callbackUrl);
    expect(back.status).toBe(403);
    expect(back.html).toContain('Vi trenger fødselsnummer eller d-nummer');
    expect(await browser.get('/journey')).toMatchObject({ status: 303, location: '/' });
  });
});

describe('pages and assets', () => {
  it('sends the security headers and serves Designsystemet from node_modules, nothing else', async () => {
    const visitor = new PlainBrowser(demo.origin);
    const page = await visitor.get('/');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('content-security-policy')).toContain(`connect-src 'self' ${sandbox.origin}`);
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(page.html).toMatch(/^<!doctype html>\n<html lang="nb" data-color-scheme="light">/);
    for (const asset of ['/assets/ds/designsystemet.css', '/assets/ds/theme.css', '/assets/inter/index.css', '/assets/demo.css']) {
      expect((await visitor.get(asset)).status, asset).toBe(200);
    }
    for (const path of ['/__proto__', '/constructor', '/nothing']) {
      expect((await visitor.get(path)).status, path).toBe(404);
    }
    for (const path of [
      '/assets/inter/package.json',
      '/assets/inter/..%2f..%2f..%2fpackage.json',
      '/assets/js/../../package.json',
      '/assets/nothing.css',
    ]) {
      expect((await visitor.get(path)).status, path).toBe(404);
    }
  });

  it('remembers language and colour scheme from the switches, in cookies', async () => {
    const visitor = new PlainBrowser(demo.origin);
    expect(await visitor.get('/settings?lang=en&scheme=dark&next=%2Fprivacy')).toMatchObject({ status: 303, location: '/privacy' });
    const page = await visitor.get('/privacy');
    expect(page.html).toContain('<html lang="en" data-color-scheme="dark">');
    expect(page.html).toContain('<h1 class="ds-heading" data-size="lg">Privacy</h1>');
    expect(await visitor.get('/settings?lang=xx&next=https%3A%2F%2Fevil.example%2F')).toMatchObject({ status: 303, location: '/' });
    expect((await visitor.get('/privacy')).html).toContain('<html lang="en"');
  });

  it('logs no failure of the services in a normal run', () => {
    expect(logged).toEqual([]);
  });
});

describe('floods and cross-site requests', () => {
  it('keeps a logged-in person logged in however many anonymous logins are started', async () => {
    const { browser } = await login('kari');
    const flooded = await startDemo({
      port: 0,
      sandboxOrigin: sandbox.origin,
      clientId: 'felles-test-post',
      clientSecret: sandboxClientSecrets.test,
      dataDir: false,
      sessions: { maxSessions: 20 },
      loginStarts: { burst: 1_000, perMinute: 1_000 },
      log: { warn: () => {}, error: () => {} },
    });
    try {
      const person = flooded.sessions.create();
      person.user = { pid: '14838512470', name: 'Kari Nordmann', idToken: 'i' };
      const victim = new PlainBrowser(flooded.origin);
      victim.cookies.set('felles-demo-session', person.id);
      for (let i = 0; i < 100; i += 1) await new PlainBrowser(flooded.origin).get('/auth/login');
      expect((await victim.get('/journey')).status).toBe(200);
      expect(flooded.sessions.size).toBeLessThanOrEqual(20);
    } finally {
      await flooded.close();
    }
    expect((await browser.get('/journey')).status).toBe(200);
  });

  it('does not log a person out when another site loads the logged-out page', async () => {
    const { browser } = await login('ola');
    // As an <img src="…/auth/logged-out"> on another site would: a GET with the person's cookie.
    expect((await browser.get('/auth/logged-out')).status).toBe(200);
    expect((await browser.get('/journey')).status).toBe(200);
  });

  it('gives one client a budget of login starts, then 429 with Retry-After', async () => {
    const guarded = await startDemo({
      port: 0,
      sandboxOrigin: sandbox.origin,
      clientId: 'felles-test-post',
      clientSecret: sandboxClientSecrets.test,
      dataDir: false,
    });
    try {
      const statuses: number[] = [];
      let retryAfter: string | null = null;
      for (let i = 0; i < 25; i += 1) {
        const start = await new PlainBrowser(guarded.origin).get('/auth/login');
        statuses.push(start.status);
        if (start.status === 429) retryAfter = start.headers.get('retry-after');
      }
      expect(statuses.filter((s) => s === 302)).toHaveLength(20);
      expect(statuses.at(-1)).toBe(429);
      expect(Number(retryAfter)).toBeGreaterThan(0);
      expect(guarded.sessions.size).toBe(20);
    } finally {
      await guarded.close();
    }
  });
});

describe('bodies too large', () => {
  it('answers 413 with Connection: close and closes cleanly, so no next request meets a reset', async () => {
    const { port } = new URL(demo.origin);
    const answer = await new Promise<{ text: string; error?: string }>((resolve) => {
      const socket = connect(Number(port), '127.0.0.1');
      let text = '';
      const body = 'a='.padEnd(100 * 1024, 'x');
      socket.on('connect', () => {
        socket.write(
          `POST /company HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${body.length}\r\n\r\n`,
        );
        socket.write(body);
      });
      socket.setEncoding('utf8');
      socket.on('data', (chunk: string) => (text += chunk));
      socket.on('error', (error) => resolve({ text, error: (error as NodeJS.ErrnoException).code ?? String(error) }));
      socket.on('end', () => resolve({ text }));
    });
    expect(answer.text).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer.text.toLowerCase()).toContain('connection: close');
    expect(answer.text.toLowerCase()).not.toContain('keep-alive');
  });
});
