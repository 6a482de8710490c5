import type { IncomingMessage, ServerResponse } from 'node:http';
import { createHash, randomBytes } from 'node:crypto';
import { consentIdSchema, personUrn, type ConsentRequest } from '@felles/client-samtykke';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import * as v from 'valibot';
import { sendJson } from '../http-util.js';
import { loopbackClientId } from '../idporten/loopback-client.js';
import { escapeHtml as esc } from '../idporten/pages.js';
import { testPersons } from '../idporten/persons.js';
import { adminPrefix } from '../server.js';
import { consentViewPath } from '../samtykke/shared.js';
import type { ConsentStore } from '../samtykke/store.js';
import type { SandboxContext } from '../types.js';
import { withRegistryTexts } from './resource-registry.js';
import { mayDecide } from './who-may-decide.js';

export const consentUiPrefix = '/accessmanagement/ui/consent';
const cookieName = 'altinn_consent_session';
const sessionMs = 30 * 60_000;

interface Session {
  pid: string;
  name: string;
  expires: number;
}
interface PendingLogin {
  id: string;
  verifier: string;
  nonce: string;
  expires: number;
}

const b64url = (bytes: Buffer) => bytes.toString('base64url');

function cookieOf(req: IncomingMessage): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === cookieName) return value.join('=');
  }
  return undefined;
}

/**
 * Altinn's consent page as the sandbox plays it, the `viewUri` of every request: the person logs in with
 * the sandbox's ID-porten (the loopback client, PKCE), sees the request in `<felles-consent-dialog>` and
 * decides; the decision is recorded in the consent store, and the person is sent to the request's
 * `redirectUrl`. Only the person asked, or someone with an acting role in the company asked (the
 * sandbox's Enhetsregisteret), may decide.
 *
 * - `GET {consentViewPath}?id=<id>`: the page (after login)
 * - `GET /accessmanagement/ui/consent/callback`: ID-porten's answer
 * - `GET|POST /accessmanagement/ui/consent/api/consentrequests/{id}[/accept|/reject]`: what the dialog on
 *   the page reads and records through, with the login's cookie
 */
export function createConsentPage(ctx: SandboxContext, store: () => ConsentStore | undefined) {
  const issuer = `${ctx.origin}/idporten`;
  const jwks = createRemoteJWKSet(new URL(`${issuer}/jwks.json`));
  const callback = `${ctx.origin}${consentUiPrefix}/callback`;
  const sessions = new Map<string, Session>();
  const logins = new Map<string, PendingLogin>();

  const sessionOf = (req: IncomingMessage): Session | undefined => {
    const sid = cookieOf(req);
    const session = sid ? sessions.get(sid) : undefined;
    if (session && session.expires > Date.now()) return session;
    if (sid) sessions.delete(sid);
    return undefined;
  };

  function startLogin(res: ServerResponse, id: string): void {
    const now = Date.now();
    for (const [state, login] of logins) if (login.expires < now) logins.delete(state);
    const state = b64url(randomBytes(16));
    const verifier = b64url(randomBytes(32));
    const nonce = b64url(randomBytes(16));
    logins.set(state, { id, verifier, nonce, expires: now + 10 * 60_000 });
    const authorize = new URL(`${issuer}/authorize`);
    authorize.search = new URLSearchParams({
      client_id: loopbackClientId,
      redirect_uri: callback,
      response_type: 'code',
      scope: 'openid profile',
      acr_values: 'idporten-loa-substantial',
      state,
      nonce,
      code_challenge: b64url(createHash('sha256').update(verifier).digest()),
      code_challenge_method: 'S256',
    }).toString();
    res.writeHead(302, { location: authorize.href, 'cache-control': 'no-store' }).end();
  }

  async function finishLogin(res: ServerResponse, url: URL): Promise<void> {
    const state = url.searchParams.get('state') ?? '';
    const login = logins.get(state);
    logins.delete(state);
    if (!login || login.expires < Date.now())
      return page(res, 400, 'Innloggingen kan ikke fullføres', '<p>Innloggingen er utløpt eller ukjent. Åpne lenken fra tjenesten på nytt.</p>');
    const back = store()?.view(login.id)?.redirectUrl;
    if (url.searchParams.get('error')) {
      return page(res, 200, 'Innloggingen ble avbrutt', `<p>Du har ikke svart på forespørselen.</p>${backLink(back)}`);
    }
    const tokenResponse = await fetch(`${issuer}/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code: url.searchParams.get('code') ?? '',
        redirect_uri: callback,
        client_id: loopbackClientId,
        code_verifier: login.verifier,
      }),
    });
    const tokens = (await tokenResponse.json()) as { id_token?: string };
    if (!tokenResponse.ok || !tokens.id_token) return page(res, 502, 'Innloggingen feilet', '<p>ID-porten svarte ikke som ventet.</p>');
    const { payload } = await jwtVerify(tokens.id_token, jwks, { issuer, audience: loopbackClientId });
    if (payload['nonce'] !== login.nonce)
      return page(res, 400, 'Innloggingen feilet', '<p>Svaret fra ID-porten hører ikke til denne innloggingen.</p>');
    const pid = typeof payload['pid'] === 'string' ? payload['pid'] : undefined;
    if (!pid) {
      return page(
        res,
        403,
        'Du kan ikke svare her',
        `<p>Innloggingen din har ikke norsk fødselsnummer, og samtykker knyttes til det.</p>${backLink(back)}`,
      );
    }
    const sid = b64url(randomBytes(24));
    // Altinn knows the person's name from the population register; the sandbox from its test persons.
    const person = testPersons.find((p) => p.pid === pid);
    const name = person ? `${person.givenName} ${person.familyName}` : `${pid.slice(0, 6)}*****`;
    sessions.set(sid, { pid, name, expires: Date.now() + sessionMs });
    res
      .writeHead(303, {
        location: `${ctx.origin}${consentViewPath}?id=${login.id}`,
        'set-cookie': `${cookieName}=${sid}; Path=${consentUiPrefix}; HttpOnly; SameSite=Lax; Max-Age=${sessionMs / 1000}`,
        'cache-control': 'no-store',
      })
      .end();
  }

  function showRequest(req: IncomingMessage, res: ServerResponse, url: URL): void {
    const id = url.searchParams.get('id') ?? '';
    if (!v.is(consentIdSchema, id)) return page(res, 400, 'Ugyldig lenke', '<p>Lenken mangler id-en til en forespørsel om samtykke.</p>');
    const request = store()?.view(id);
    if (!request) return page(res, 404, 'Fant ikke forespørselen', '<p>Det finnes ingen forespørsel om samtykke med denne id-en.</p>');
    const session = sessionOf(req);
    if (!session) return startLogin(res, id);
    if (!mayDecide(request, session.pid)) {
      return page(
        res,
        403,
        'Du kan ikke svare på denne forespørselen',
        `<p>Forespørselen er stilt til ${esc(request.from)}. Du er logget inn med et fødselsnummer som verken er den som er spurt, eller har en rolle i Enhetsregisteret som lar deg handle for virksomheten (daglig leder, styrets leder, innehaver).</p>${backLink(request.redirectUrl)}`,
      );
    }
    // Only a web address: a javascript: URL in a request would otherwise run on this page.
    const back = webAddress(request.redirectUrl) ?? '';
    page(
      res,
      200,
      'Forespørsel om samtykke',
      `<p>Du er logget inn som ${esc(session.name)}.</p>
<felles-consent-dialog open request-id="${esc(id)}" endpoint="${esc(`${ctx.origin}${consentUiPrefix}/api`)}"></felles-consent-dialog>
<p id="after" hidden>Svaret ditt er lagret. ${back ? 'Du sendes tilbake til tjenesten …' : 'Du kan lukke siden.'}</p>
${backLink(request.redirectUrl)}
<script type="module">
  import '${adminPrefix}/assets/felles.bundle.js';
  const back = ${JSON.stringify(back).replace(/</g, '\\u003c')};
  const dialog = document.querySelector('felles-consent-dialog');
  const leave = () => { if (back) location.assign(back); };
  dialog.addEventListener('felles-consent-saved', () => { document.querySelector('#after').hidden = false; leave(); });
  dialog.addEventListener('felles-consent-close', () => leave());
</script>`,
      id,
    );
  }

  /** What the dialog on the page reads and records through; the login's cookie says who decides. */
  function api(req: IncomingMessage, res: ServerResponse, rest: string): void {
    const match = /^\/consentrequests\/([^/]+)(?:\/(accept|reject))?$/.exec(rest);
    if (!match) return sendJson(res, 404, { status: 404, message: 'Nothing here' });
    const [, id, action] = match as unknown as [string, string, 'accept' | 'reject' | undefined];
    const session = sessionOf(req);
    if (!session) return sendJson(res, 401, { status: 401, message: 'Log in with ID-porten on the consent page first.' });
    const consents = store();
    const request = v.is(consentIdSchema, id) ? consents?.view(id) : undefined;
    if (!consents || !request) return sendJson(res, 404, { status: 404, message: `No consent request ${id}` });
    if (!mayDecide(request, session.pid)) return sendJson(res, 403, { status: 403, message: 'You may not answer this request.' });
    if (!action)
      return req.method === 'GET'
        ? sendJson(res, 200, withRegistryTexts(request))
        : sendJson(res, 405, { status: 405, message: 'Use GET' }, { allow: 'GET' });
    if (req.method !== 'POST') return sendJson(res, 405, { status: 405, message: 'Use POST' }, { allow: 'POST' });
    // A form or script on another site cannot decide for the person: the browser names where a POST comes from.
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== ctx.origin) return sendJson(res, 403, { status: 403, message: 'Cross-site requests are refused.' });
    const key = req.headers['idempotency-key'];
    const idempotencyKey = typeof key === 'string' && key.length > 0 && key.length <= 255 ? key : undefined;
    const outcome = consents.replay(idempotencyKey, `${action} ${id}`) ?? consents.act(id, action, idempotencyKey, personUrn(session.pid));
    sendJson(res, outcome.status, outcome.body, outcome.replayed ? { 'idempotent-replayed': 'true' } : {});
  }

  return {
    async handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
      const rest = url.pathname.slice(consentUiPrefix.length);
      if (rest === '/request' && req.method === 'GET') return showRequest(req, res, url);
      if (rest === '/callback' && req.method === 'GET') return finishLogin(res, url);
      if (rest.startsWith('/api/')) return api(req, res, rest.slice('/api'.length));
      return page(res, 404, 'Fant ikke siden', `<p>Det er ingenting på ${esc(url.pathname)}.</p>`);
    },
  };
}

/** `value` when it is an http(s) URL, else undefined. */
function webAddress(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const { protocol } = new URL(value);
    return protocol === 'https:' || protocol === 'http:' ? value : undefined;
  } catch {
    return undefined;
  }
}

function backLink(redirectUrl: string | null | undefined): string {
  const href = webAddress(redirectUrl);
  return href ? `<p><a class="ds-link" href="${esc(href)}">Tilbake til tjenesten</a></p>` : '';
}

/** A page in Designsystemet's look, like the sandbox's front page. */
function page(res: ServerResponse, status: number, title: string, body: string, requestId?: string): void {
  if (res.headersSent) return;
  const html = `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} – Altinn (sandkasse)</title>
<link rel="stylesheet" href="${adminPrefix}/assets/inter/index.css">
<link rel="stylesheet" href="${adminPrefix}/assets/theme.css">
<link rel="stylesheet" href="${adminPrefix}/assets/designsystemet.css">
<style>
:root { --ds-font-family: 'Inter Variable', Inter, system-ui, sans-serif; }
body { margin: 0; font-family: var(--ds-font-family); }
main { max-width: 40rem; margin: 2rem auto; padding: 0 1rem; }
</style>
</head>
<body>
<main${requestId ? ` data-request-id="${esc(requestId)}"` : ''}>
<p class="ds-paragraph" data-size="sm">Altinn – sandkasse</p>
<h1 class="ds-heading">${esc(title)}</h1>
${body}
</main>
</body>
</html>`;
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'x-frame-options': 'DENY' });
  res.end(html);
}

export type { ConsentRequest };
