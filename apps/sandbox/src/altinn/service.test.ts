import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMaskinportenClient } from '@felles/client-maskinporten';
import { consentAuthorizationDetails, createEnterpriseConsentClient, ConsentAccessError } from '@felles/client-samtykke';
import type { JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idportenService } from '../idporten/service.js';
import { Browserless } from '../idporten/testing/browserless.js';
import { startSandbox, type RunningSandbox } from '../index.js';
import { createMaskinportenService, maskinportenPrefix, sandboxScopes } from '../maskinporten/service.js';
import { createConsentService } from '../samtykke/service.js';
import { skatteattestPath, skatteetatenService } from '../skatteetaten/service.js';
import { altinnConsentService } from './service.js';

interface TestClient {
  client_id: string;
  orgnr: string;
  private_jwk: JWK;
}

let sandbox: RunningSandbox;
let issuer: string;
const clients: Record<string, TestClient> = {};
beforeAll(async () => {
  sandbox = await startSandbox({
    port: 0,
    dataDir: mkdtempSync(join(tmpdir(), 'altinn-')),
    services: [idportenService, createConsentService({ seed: false }), createMaskinportenService(), altinnConsentService, skatteetatenService],
  });
  issuer = `${sandbox.origin}${maskinportenPrefix}/`;
  for (const id of ['felles-demo', 'felles-limited', 'felles-other-agency']) {
    clients[id] = (await (await fetch(`${issuer}test/clients/${id}`)).json()) as TestClient;
  }
});
afterAll(() => sandbox.close());

/** A Maskinporten access token for a test client. */
async function token(clientId = 'felles-demo', scope: string[] = [sandboxScopes.consentWrite, sandboxScopes.consentRead]) {
  const client = clients[clientId]!;
  const maskinporten = createMaskinportenClient({ issuer, clientId, key: client.private_jwk });
  return (await maskinporten.getToken({ scope })).accessToken;
}

const restaurant = 'urn:altinn:organization:identifier-no:926535897';
const api = () => `${sandbox.origin}/accessmanagement/api/v1/enterprise/consentrequests`;
const body = (overrides: Record<string, unknown> = {}) => {
  const id = crypto.randomUUID();
  return {
    id,
    from: restaurant,
    to: `urn:altinn:organization:identifier-no:${clients['felles-demo']!.orgnr}`,
    validTo: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    consentRights: [{ action: ['consent'], resource: [{ type: 'urn:altinn:resource', value: 'skatteetaten-skatteattest' }] }],
    redirectUrl: `http://127.0.0.1:4020/soknad/samtykke?consentId=${id}`,
    ...overrides,
  };
};
async function create(request: unknown, bearer?: string) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (bearer) headers.authorization = `Bearer ${bearer}`;
  const response = await fetch(`${api()}/`, { method: 'POST', headers, body: JSON.stringify(request) });
  return { status: response.status, type: response.headers.get('content-type'), body: (await response.json()) as Record<string, unknown> };
}
async function read(id: string, bearer: string) {
  const response = await fetch(`${api()}/${id}`, { headers: { authorization: `Bearer ${bearer}` } });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('the enterprise consent requests', () => {
  it('creates a request as Altinn answers it: no status field, the Created event and a viewUri', async () => {
    const request = body();
    const created = await create(request, await token());
    expect(created.status).toBe(201);
    expect(created.body).not.toHaveProperty('status');
    expect(created.body).toMatchObject({
      id: request.id,
      from: restaurant,
      consented: null,
      consentRequestEvents: [{ eventType: 'Created', performedBy: request.to, consentRequestID: request.id }],
      viewUri: `${sandbox.origin}/accessmanagement/ui/consent/request?id=${request.id}`,
      redirectUrl: request.redirectUrl,
    });
    const again = await create(request, await token());
    expect(again.status).toBe(200);
    expect(await read(request.id, await token())).toMatchObject({ status: 200, body: { id: request.id } });
  });

  it('refuses without a token, with a token lacking the scope, and a token from another issuer', async () => {
    expect(await create(body())).toMatchObject({ status: 401, body: { title: 'Unauthorized' } });
    const limited = await create(body(), await token('felles-limited', [sandboxScopes.demo]));
    expect(limited).toMatchObject({ status: 403, type: expect.stringContaining('application/problem+json') });
    expect(String(limited.body['detail'])).toContain(sandboxScopes.consentWrite);
    expect((await create(body(), 'not.a.jwt')).status).toBe(401);
    // Reading needs the read scope, not the write scope.
    const created = body();
    await create(created, await token());
    expect((await read(created.id, await token('felles-demo', [sandboxScopes.consentWrite]))).status).toBe(403);
  });

  it('lets an organisation ask for consent only to itself, and read only its own requests', async () => {
    const toOther = await create(body({ to: 'urn:altinn:organization:identifier-no:310000035' }), await token());
    expect(toOther.status).toBe(403);
    expect(String(toOther.body['detail'])).toMatch(/"to" must be urn:altinn:organization:identifier-no:310000019/);
    const mine = body();
    await create(mine, await token());
    expect((await read(mine.id, await token('felles-other-agency'))).status).toBe(404);
  });

  it('refuses a malformed request with the field named, and another request under a used id with 409', async () => {
    const bad = await create(body({ validTo: '2020-01-01T00:00:00Z' }), await token());
    expect(bad.status).toBe(400);
    expect(String(bad.body['detail'])).toMatch(/validTo must be in the future/);
    const script = await create(body({ redirectUrl: 'javascript:alert(1)' }), await token());
    expect(script.status).toBe(400);
    expect(String(script.body['detail'])).toMatch(/redirectUrl must be an http or https URL/);
    const first = body();
    await create(first, await token());
    const clash = await create({ ...first, redirectUrl: 'https://other.example/' }, await token());
    expect(clash).toMatchObject({ status: 409, body: { current: { id: first.id } } });
  });
});

/** Opens a viewUri as a browser would and logs in as `person` on the sandbox ID-porten. */
async function openAsPerson(viewUri: string, person: string) {
  const browser = new Browserless(sandbox.origin);
  const first = await browser.follow('GET', viewUri);
  const action = /<form method="post" action="([^"]+)"/.exec(first.page ?? '')?.[1];
  expect(action, 'the ID-porten login page').toBeTruthy();
  const form = new URLSearchParams({ person, level: 'substantial', lang: 'nb' });
  const done = await browser.follow('POST', new URL(action!, first.url).href, form);
  return { browser, done };
}

describe('the consent page (viewUri)', () => {
  it('logs the person in with ID-porten, shows the request in the consent dialog, records the decision as theirs', async () => {
    const request = body();
    const { body: created } = await create(request, await token());
    const { browser, done } = await openAsPerson(String(created['viewUri']), 'kari');
    expect(done.url).toBe(created['viewUri']);
    expect(done.page).toContain(`<felles-consent-dialog open request-id="${request.id}"`);
    expect(done.page).toContain('Kari Nordmann');

    const dialogApi = `${sandbox.origin}/accessmanagement/ui/consent/api/consentrequests/${request.id}`;
    const shown = await browser.request('GET', dialogApi);
    expect(shown.status).toBe(200);
    // With the texts of the sandbox's resource registry, as Altinn's page shows them.
    expect(await shown.json()).toMatchObject({
      id: request.id,
      status: 'pending',
      texts: {
        requester: { nb: 'Felles demo (testvirksomhet)' },
        datasets: [{ resource: 'skatteetaten-skatteattest', source: { nb: 'Skatteetaten' } }],
      },
    });
    const accepted = await browser.request('POST', `${dialogApi}/accept`);
    expect(accepted.status).toBe(200);
    const answer = (await accepted.json()) as { status: string; consentRequestEvents: { eventType: string; performedBy: string }[] };
    expect(answer.status).toBe('accepted');
    expect(answer.consentRequestEvents.at(-1)).toEqual(
      expect.objectContaining({ eventType: 'Accepted', performedBy: 'urn:altinn:person:identifier-no:14838512470' }),
    );

    // The requester reads the outcome at Altinn's API, and derives the status from the events.
    const { body: outcome } = await read(request.id, await token());
    expect(outcome).not.toHaveProperty('status');
    expect((outcome['consentRequestEvents'] as { eventType: string }[]).map((e) => e.eventType)).toEqual(['Created', 'Accepted']);
  });

  it('refuses a person who holds no acting role in the company asked (a board member)', async () => {
    const { body: created } = await create(body(), await token());
    const { browser, done } = await openAsPerson(String(created['viewUri']), 'ola');
    expect(done.page).toContain('Du kan ikke svare på denne forespørselen');
    expect(done.page).not.toContain('<felles-consent-dialog');
    const decide = await browser.request('POST', `${sandbox.origin}/accessmanagement/ui/consent/api/consentrequests/${String(created['id'])}/accept`);
    expect(decide.status).toBe(403);
  });

  it('refuses to decide without the page’s login, or from another site', async () => {
    const { body: created } = await create(body(), await token());
    const url = `${sandbox.origin}/accessmanagement/ui/consent/api/consentrequests/${String(created['id'])}/accept`;
    expect((await fetch(url, { method: 'POST' })).status).toBe(401);
    const { browser } = await openAsPerson(String(created['viewUri']), 'kari');
    const cookie = browser.jar.header(new URL(url));
    const crossSite = await fetch(url, { method: 'POST', headers: { cookie, origin: 'https://evil.example' } });
    expect(crossSite.status).toBe(403);
    expect((await read(String(created['id']), await token())).body['consented']).toBeNull();
  });

  it('lets the person asked decide a request made to a person, and nobody else', async () => {
    const { body: created } = await create(body({ from: 'urn:altinn:person:identifier-no:02917923453' }), await token());
    expect((await openAsPerson(String(created['viewUri']), 'ola')).done.page).toContain('<felles-consent-dialog');
    expect((await openAsPerson(String(created['viewUri']), 'kari')).done.page).toContain('Du kan ikke svare');
  });
});

describe('the whole flow with the Felles clients', () => {
  it('creates at Altinn, the person accepts on viewUri, the backend reads the outcome and fetches the tax certificate with a consent token', async () => {
    const client = clients['felles-demo']!;
    const maskinporten = createMaskinportenClient({ issuer, clientId: client.client_id, key: client.private_jwk });
    const altinn = createEnterpriseConsentClient({
      platform: sandbox.origin,
      tokenProvider: maskinporten.tokenProvider({ scope: [sandboxScopes.consentWrite, sandboxScopes.consentRead] }),
    });
    const request = body();
    const created = await altinn.createRequest(request);
    expect(created.status).toBe('pending');

    const { browser } = await openAsPerson(created.viewUri!, 'kari');
    await browser.request('POST', `${sandbox.origin}/accessmanagement/ui/consent/api/consentrequests/${request.id}/accept`);

    const outcome = await altinn.getRequest(request.id);
    expect(outcome.status).toBe('accepted');
    const { accessToken } = await maskinporten.getToken({
      scope: sandboxScopes.taxCertificate,
      authorizationDetails: consentAuthorizationDetails(outcome),
    });
    const certificate = await fetch(`${sandbox.origin}${skatteattestPath}/926535897`, { headers: { authorization: `Bearer ${accessToken}` } });
    expect(certificate.status).toBe(200);
    expect(await certificate.json()).toMatchObject({ organisasjonsnummer: '926535897', harRestanser: false });
  });

  it('throws ConsentAccessError when the token lacks the scope', async () => {
    const client = clients['felles-limited']!;
    const maskinporten = createMaskinportenClient({ issuer, clientId: client.client_id, key: client.private_jwk });
    const altinn = createEnterpriseConsentClient({
      platform: sandbox.origin,
      tokenProvider: maskinporten.tokenProvider({ scope: sandboxScopes.demo }),
    });
    await expect(altinn.createRequest(body())).rejects.toBeInstanceOf(ConsentAccessError);
  });
});
