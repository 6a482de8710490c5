import type { IncomingMessage, ServerResponse } from 'node:http';
import { createAddressClient, type AddressClient } from '@felles/client-adresser';
import { createEnhetsregisterClient, type EnhetsregisterClient } from '@felles/client-enhetsregisteret';
import { createIdportenClient, type IdportenClient } from '@felles/client-idporten';
import { createConsentClient, type ConsentClient } from '@felles/client-samtykke';
import type { LifeEvent } from '@felles/life-events';
import * as auth from './auth/routes.js';
import type { DemoConfig } from './config.js';
import { BodyTooLargeError, UnsupportedBodyError, readForm } from './http/body.js';
import { RequestContext, isScheme, forwardedScheme } from './http/context.js';
import { serializeCookie } from './http/cookies.js';
import type { RateLimiter } from './http/rate-limit.js';
import { redirect, safeLocalPath } from './http/respond.js';
import { securityHeaders, setSecurityHeaders } from './http/security.js';
import { serveAsset, type Mount } from './http/static.js';
import { isLang } from './i18n/lang.js';
import type { Logger } from './log.js';
import type { JourneyStore } from './journey/store.js';
import { journeyPage } from './pages/journey.js';
import { sendMessagePage } from './pages/message.js';
import { privacyPage } from './pages/privacy.js';
import { startPage } from './pages/start.js';
import { csrfTokenMatches, type SessionStore } from './session/sessions.js';
import { companyRoutes } from './steps/company/routes.js';
import { consentsRoutes } from './steps/consents/routes.js';
import { licenceRoutes } from './steps/licence/routes.js';
import { premisesRoutes } from './steps/premises/routes.js';
import { summaryPage } from './steps/summary/page.js';

export interface Services {
  idporten: IdportenClient;
  adresser: AddressClient;
  enhetsregister: EnhetsregisterClient;
  samtykke: ConsentClient;
  /** "Starting and running a business", loaded once at start. */
  lifeEvent: LifeEvent;
}

export interface App {
  config: DemoConfig;
  sessions: SessionStore;
  /** The budget of login starts per client. */
  loginStarts: RateLimiter;
  journeys: JourneyStore;
  services: Services;
  assets: Mount[];
  log: Logger;
}

export function createServices(config: DemoConfig, lifeEvent: LifeEvent): Services {
  // Server-side calls answer a person who is waiting for a page: fail fast rather than hang.
  const timeoutMs = 5_000;
  return {
    idporten: createIdportenClient({
      issuer: config.idporten.issuer,
      clientId: config.idporten.clientId,
      clientAuth: { method: 'client_secret_post', clientSecret: config.idporten.clientSecret },
      redirectUri: `${config.origin}/auth/callback`,
      postLogoutRedirectUri: `${config.origin}/auth/logged-out`,
      timeoutMs,
    }),
    adresser: createAddressClient({ baseUrl: config.adresserBaseUrl, timeoutMs }),
    enhetsregister: createEnhetsregisterClient({ baseUrl: config.enhetsregisterBaseUrl, timeoutMs }),
    samtykke: createConsentClient({ baseUrl: config.samtykkeBaseUrl, timeoutMs }),
    lifeEvent,
  };
}

export type Handler = (ctx: RequestContext) => void | Promise<void>;
export type FormHandler = (ctx: RequestContext, form: URLSearchParams) => void | Promise<void>;

export interface Routes {
  get?: Record<string, Handler>;
  post?: Record<string, FormHandler>;
}

/** Pages behind login send a visitor without a session to the front page. */
function loggedIn(handler: Handler): Handler {
  return (ctx) => (ctx.user ? handler(ctx) : redirect(ctx.res, '/'));
}

const publicGet: Record<string, Handler> = {
  '/': startPage,
  '/privacy': privacyPage,
  '/settings': settings,
  '/auth/login': auth.login,
  '/auth/callback': auth.callback,
  '/auth/logged-out': auth.loggedOut,
  '/auth/frontchannel-logout': auth.frontChannelLogout,
};

const privateRoutes: Routes[] = [
  { get: { '/journey': journeyPage, '/summary': summaryPage } },
  companyRoutes,
  premisesRoutes,
  licenceRoutes,
  consentsRoutes,
];

// Maps, so that a path such as /__proto__ can never find something that is not a route.
const getRoutes = new Map<string, Handler>(Object.entries(publicGet));
const postRoutes = new Map<string, FormHandler>([['/auth/logout', auth.logout]]);
for (const routes of privateRoutes) {
  for (const [path, handler] of Object.entries(routes.get ?? {})) getRoutes.set(path, loggedIn(handler));
  for (const [path, handler] of Object.entries(routes.post ?? {})) {
    postRoutes.set(path, (ctx, form) => (ctx.user ? handler(ctx, form) : redirect(ctx.res, '/')));
  }
}

/**
 * `GET /settings?lang=nn&next=/journey` (or `scheme=dark`): the language and colour-scheme switches
 * are links, so they work without JavaScript. The choice is remembered in a cookie, then the page
 * the person came from is shown again.
 */
function settings(ctx: RequestContext): void {
  const lang = ctx.url.searchParams.get('lang');
  const scheme = ctx.url.searchParams.get('scheme');
  const year = 365 * 24 * 3600;
  const { secureCookies: secure, cookies } = ctx.app.config;
  if (isLang(lang)) ctx.setCookie(serializeCookie(cookies.lang, lang, { maxAgeSeconds: year, secure }));
  if (isScheme(scheme)) ctx.setCookie(serializeCookie(cookies.scheme, scheme, { maxAgeSeconds: year, secure }));
  redirect(ctx.res, safeLocalPath(ctx.url.searchParams.get('next')));
}

/** A POST must come from this site: same origin (when the browser says) and the session's CSRF token. */
function trustedPost(ctx: RequestContext, form: URLSearchParams): boolean {
  const origin = ctx.req.headers.origin;
  if (origin !== undefined && origin !== ctx.app.config.origin) return false;
  return csrfTokenMatches(ctx.session, form.get('_csrf'));
}

export function createHandler(app: App): (req: IncomingMessage, res: ServerResponse) => void {
  const headers = securityHeaders(app.config);
  return (req, res) => {
    const url = new URL(req.url ?? '/', app.config.origin);
    setSecurityHeaders(res, headers);
    // Behind a trusted proxy, a request that reached it over plain http is sent to https before any
    // cookie is read or set: a Secure cookie would not come back over http anyway.
    if (app.config.secureCookies && forwardedScheme(req, app.config.trustProxy) === 'http') {
      res.writeHead(308, { location: new URL(url.pathname + url.search, app.config.origin).href }).end();
      return;
    }
    const ctx = new RequestContext(app, req, res, url);
    handle(ctx).catch((error: unknown) => {
      app.log.error(`${req.method} ${url.pathname}`, error);
      if (!res.headersSent) sendMessagePage(ctx, 500, 'error');
      else res.end();
    });
  };
}

async function handle(ctx: RequestContext): Promise<void> {
  const { req, res, url } = ctx;
  const method = req.method ?? 'GET';
  if (method === 'GET' || method === 'HEAD') {
    if (url.pathname.startsWith('/assets/')) {
      if (await serveAsset(ctx.app.assets, url.pathname, res)) return;
      return sendMessagePage(ctx, 404, 'notFound');
    }
    const handler = getRoutes.get(url.pathname);
    if (handler) return handler(ctx);
    return sendMessagePage(ctx, postRoutes.has(url.pathname) ? 405 : 404, 'notFound');
  }
  if (method === 'POST') {
    const handler = postRoutes.get(url.pathname);
    if (!handler) return sendMessagePage(ctx, 404, 'notFound');
    let form: URLSearchParams;
    try {
      form = await readForm(req);
    } catch (error) {
      // The rest of the body is not read, so the connection cannot carry another request: say so,
      // and Node closes it once the answer is sent.
      if (error instanceof BodyTooLargeError || error instanceof UnsupportedBodyError) res.setHeader('connection', 'close');
      if (error instanceof BodyTooLargeError) return sendMessagePage(ctx, 413, 'error');
      if (error instanceof UnsupportedBodyError) return sendMessagePage(ctx, 415, 'error');
      throw error;
    }
    // Logging out of a session that has already ended needs no proof: there is nothing to end.
    if (!ctx.session && url.pathname === '/auth/logout') return redirect(res, '/auth/logged-out');
    if (!trustedPost(ctx, form)) return sendMessagePage(ctx, 403, 'expired');
    return handler(ctx, form);
  }
  res.setHeader('allow', 'GET, HEAD, POST');
  return sendMessagePage(ctx, 405, 'notFound');
}
