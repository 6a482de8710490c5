import { randomBytes } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyFormbody from '@fastify/formbody';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { createAddressClient, type AddressClient } from '@felles/client-adresser';
import { createEnhetsregisterClient, type EnhetsregisterClient } from '@felles/client-enhetsregisteret';
import { createIdportenClient, type IdportenClient } from '@felles/client-idporten';
import { createConsentClient, createEnterpriseConsentClient, type ConsentClient, type EnterpriseConsentClient } from '@felles/client-samtykke';
import type { LifeEvent } from '@felles/life-events';
import * as auth from './auth/routes.js';
import type { DemoConfig } from './config.js';
import { registerAssets, type AssetOptions } from './http/assets.js';
import { contextOf, isScheme, type RequestContext } from './http/context.js';
import { redirect, safeLocalPath, sendText } from './http/respond.js';
import { isLang } from './i18n/lang.js';
import type { Logger } from './log.js';
import { demoMaskinporten, type DemoMaskinporten, type MaskinportenCredentials } from './maskinporten.js';
import type { JourneyStore } from './journey/store.js';
import { journeyPage } from './pages/journey.js';
import { sendMessagePage } from './pages/message.js';
import { privacyPage } from './pages/privacy.js';
import { startPage } from './pages/start.js';
import type { SessionStore } from './session/sessions.js';
import { companyRoutes } from './steps/company/routes.js';
import { consentsRoutes } from './steps/consents/routes.js';
import { licenceRoutes } from './steps/licence/routes.js';
import { createTaxCertificateClient, type TaxCertificateClient } from './steps/licence/tax-certificate.js';
import { premisesRoutes } from './steps/premises/routes.js';
import { summaryPage } from './steps/summary/page.js';

export interface Services {
  idporten: IdportenClient;
  adresser: AddressClient;
  enhetsregister: EnhetsregisterClient;
  /**
   * A consent store shaped like Altinn's: where a decision made in the demo's own dialog is recorded,
   * and the consents are listed and withdrawn. In the sandbox it is the store behind Altinn's API.
   */
  samtykke: ConsentClient;
  /** Altinn's enterprise consent API: the licence's consent request is made and read there. */
  altinn: EnterpriseConsentClient;
  /** The tax certificate provider, called with a Maskinporten consent token. */
  taxCertificates: TaxCertificateClient;
  /** The demo's one Maskinporten client, and the organisation it belongs to. */
  maskinporten: DemoMaskinporten;
  /** "Starting and running a business", loaded once at start. */
  lifeEvent: LifeEvent;
}

export interface App {
  config: DemoConfig;
  sessions: SessionStore;
  journeys: JourneyStore;
  services: Services;
  log: Logger;
}

export function createServices(config: DemoConfig, lifeEvent: LifeEvent, maskinporten?: MaskinportenCredentials): Services {
  // Server-side calls answer a person who is waiting for a page: fail fast rather than hang.
  const timeoutMs = 5_000;
  const mp = demoMaskinporten({ issuer: config.maskinporten.issuer, credentials: maskinporten, timeoutMs });
  // Who may act for a company is read from the authorised roles API, which names each role
  // holder by national identity number and takes a Maskinporten token.
  const rolesToken = mp.tokenProvider({ scope: config.maskinporten.rolesScope });
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
    enhetsregister: createEnhetsregisterClient({ baseUrl: config.enhetsregisterBaseUrl, timeoutMs, authorisedTokenProvider: rolesToken }),
    samtykke: createConsentClient({ baseUrl: config.samtykkeBaseUrl, timeoutMs }),
    altinn: createEnterpriseConsentClient({
      platform: config.altinnPlatform,
      timeoutMs,
      tokenProvider: mp.tokenProvider({ scope: config.maskinporten.consentScopes }),
    }),
    taxCertificates: createTaxCertificateClient({
      baseUrl: config.taxCertificateBaseUrl,
      scope: config.maskinporten.taxCertificateScope,
      maskinporten: mp,
      timeoutMs,
    }),
    maskinporten: mp,
    lifeEvent,
  };
}

export type Handler = (ctx: RequestContext) => void | Promise<void>;
export type FormHandler = (ctx: RequestContext, form: URLSearchParams) => void | Promise<void>;

export interface Routes {
  get?: Record<string, Handler>;
  post?: Record<string, FormHandler>;
}

const privateRoutes: Routes[] = [
  { get: { '/journey': journeyPage, '/summary': summaryPage } },
  companyRoutes,
  premisesRoutes,
  licenceRoutes,
  consentsRoutes,
];

/**
 * `GET /settings?lang=nn&next=/journey` (or `scheme=dark`): the language and colour-scheme switches
 * are links, so they work without JavaScript. The choice is remembered in a cookie, then the page
 * the person came from is shown again.
 */
function preferences(ctx: RequestContext): void {
  const lang = ctx.url.searchParams.get('lang');
  const scheme = ctx.url.searchParams.get('scheme');
  const { secureCookies: secure, cookies } = ctx.app.config;
  const options = { path: '/', maxAge: 365 * 24 * 3600, sameSite: 'lax', secure } as const;
  if (isLang(lang)) ctx.reply.setCookie(cookies.lang, lang, options);
  if (isScheme(scheme)) ctx.reply.setCookie(cookies.scheme, scheme, options);
  redirect(ctx.reply, safeLocalPath(ctx.url.searchParams.get('next')));
}

/** What the server is set up with before it listens; the rest of the configuration needs its port. */
export interface ServerSettings {
  sandboxOrigin: string;
  /** Whether people reach the demo over https (an https public origin). */
  secure: boolean;
  /** Believe `X-Forwarded-Proto` and `X-Forwarded-For` from the peer, and from nobody further away. */
  trustProxy: boolean;
  cookies: DemoConfig['cookies'];
  /** Login starts each client may make: `burst` in each window of `burst / perMinute` minutes. */
  loginStarts: { burst: number; perMinute: number };
  assets: AssetOptions;
}

/** The demo's forms are small. */
const bodyLimit = 64 * 1024;

/**
 * The demo on Fastify: the framework and its plugins do the plumbing (routing, cookies, form bodies,
 * static files, security headers, CSRF tokens, the login budget); the routes are the demo's own.
 * `app` is filled in once the server listens, since the redirect URIs name its port; until then
 * every request is answered 503.
 */
export async function buildServer(settings: ServerSettings, holder: { app?: App }): Promise<FastifyInstance> {
  const server = Fastify({
    bodyLimit,
    // Only the peer (our own reverse proxy) is believed, never an address further down the chain
    // that a client could have written itself: `request.ip` is the last X-Forwarded-For entry.
    trustProxy: settings.trustProxy ? (_address: string, hop: number) => hop === 0 : false,
    // Slow clients cannot hold a connection for ever; keep-alive sockets of a browser would otherwise hold `close()` open.
    requestTimeout: 30_000,
    keepAliveTimeout: 5_000,
    forceCloseConnections: true,
    logger: false,
    // A URL the router cannot read at all (bad percent-encoding) is answered before any hook runs.
    frameworkErrors: (_error, _request, reply) => sendText(reply, 400, 'Bad request'),
  });
  const appOf = (): App => {
    if (!holder.app) throw new Error('The demo is not ready');
    return holder.app;
  };
  const ctxOf = (request: FastifyRequest, reply: FastifyReply) => contextOf(appOf(), request, reply);

  server.addHook('onRequest', async (_request, reply) => {
    if (!holder.app) return reply.code(503).header('retry-after', '1').send();
  });
  await server.register(fastifyHelmet, {
    // Scripts only from the demo itself (no inline script), connections only to the demo and the
    // sandbox's open APIs (the address and organisation lookups and the consent list call them; the
    // consent dialog calls the demo), forms only to the demo
    // and to ID-porten (logout continues there).
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        fontSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'", settings.sandboxOrigin],
        formAction: ["'self'", settings.sandboxOrigin],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        objectSrc: ["'none'"],
      },
    },
    // No other site's window keeps a handle on ours (window.opener), and no other site may embed
    // our pages, scripts or fonts as resources (Spectre-style reads across origins).
    crossOriginOpenerPolicy: { policy: 'same-origin' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
    referrerPolicy: { policy: 'same-origin' },
    xFrameOptions: { action: 'deny' },
    // Only over https: a browser remembers it for a year and refuses plain http to the host meanwhile.
    strictTransportSecurity: settings.secure ? { maxAge: 31_536_000, includeSubDomains: false } : false,
  });
  server.addHook('onRequest', async (request, reply) => {
    reply.header('permissions-policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()');
    // Behind a trusted proxy, a request that reached it over plain http is sent to https before any
    // cookie is read or set: a Secure cookie would not come back over http anyway. A proxy that says
    // nothing is no reason to redirect (that would loop).
    if (settings.secure && settings.trustProxy && request.headers['x-forwarded-proto'] !== undefined && request.protocol === 'http') {
      return reply.redirect(new URL(request.url, appOf().config.origin).href, 308);
    }
  });
  await server.register(fastifyCookie);
  // Forms only: a body of any other type is refused unread (415) rather than parsed as JSON or text.
  server.removeAllContentTypeParsers();
  // The routes read a form as the web platform does (`URLSearchParams`: the first value of a name
  // with `get`); the plugin's types expect a plain object.
  await server.register(fastifyFormbody, { parser: (body) => new URLSearchParams(body) as unknown as Record<string, unknown> });
  await server.register(fastifyCsrf, {
    cookieKey: settings.cookies.csrf,
    cookieOpts: { path: '/', httpOnly: true, sameSite: 'lax', secure: settings.secure },
    // The token comes in the form only: the demo's pages post plain forms.
    getToken: (request) => (request.body instanceof URLSearchParams ? (request.body.get('_csrf') ?? undefined) : undefined),
    // Bound to the session, which gets a new id at login.
    getUserInfo: (request) => appOf().sessions.get(request.cookies[settings.cookies.session])?.id ?? '',
    // Tokens live only as long as this process's sessions do.
    csrfOpts: { hmacKey: randomBytes(32) },
  });
  // Every login start makes a session and a call to ID-porten: a budget per client keeps a flood
  // from filling the session store or hammering ID-porten.
  await server.register(fastifyRateLimit, {
    global: false,
    max: settings.loginStarts.burst,
    timeWindow: Math.ceil((60_000 * settings.loginStarts.burst) / settings.loginStarts.perMinute),
    // Answered by the error handler below, with the page in the person's language (the plugin sets Retry-After).
    errorResponseBuilder: () => Object.assign(new Error('Too many login starts'), { statusCode: 429, code: 'DEMO_LOGIN_BUDGET' }),
  });
  await registerAssets(server, settings.assets);

  const page =
    (handler: Handler, login: boolean) =>
    async (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> => {
      const ctx = ctxOf(request, reply);
      if (login && !ctx.user) redirect(reply, '/');
      else await handler(ctx);
      return reply;
    };
  const form =
    (handler: FormHandler, login: boolean) =>
    async (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> => {
      const ctx = ctxOf(request, reply);
      if (login && !ctx.user) redirect(reply, '/');
      else await handler(ctx, request.body as URLSearchParams);
      return reply;
    };
  /** A POST must be a form, from this site: same origin (when the browser says) and a valid CSRF token. */
  const trustedPost = [
    async (request: FastifyRequest, reply: FastifyReply) => {
      if (!(request.body instanceof URLSearchParams)) sendMessagePage(ctxOf(request, reply), 415, 'error');
      const origin = request.headers.origin;
      if (!reply.sent && origin !== undefined && origin !== appOf().config.origin) sendMessagePage(ctxOf(request, reply), 403, 'expired');
      if (reply.sent) return reply;
    },
    server.csrfProtection,
  ];

  server.get('/', page(startPage, false));
  server.get('/privacy', page(privacyPage, false));
  server.get('/settings', page(preferences, false));
  server.get('/auth/login', { config: { rateLimit: {} } }, page(auth.login, false));
  server.get('/auth/callback', page(auth.callback, false));
  server.get('/auth/logged-out', page(auth.loggedOut, false));
  // This page is meant to be framed by ID-porten, and only by it.
  server.get(
    '/auth/frontchannel-logout',
    {
      helmet: {
        contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: [settings.sandboxOrigin] } },
        xFrameOptions: false,
      },
    },
    page(auth.frontChannelLogout, false),
  );
  server.post(
    '/auth/logout',
    {
      preHandler: [
        // Logging out of a session that has already ended needs no proof: there is nothing to end.
        async (request, reply) => {
          if (ctxOf(request, reply).session) return;
          redirect(reply, '/auth/logged-out');
          return reply;
        },
        ...trustedPost,
      ],
    },
    form(auth.logout, false),
  );
  for (const routes of privateRoutes) {
    for (const [path, handler] of Object.entries(routes.get ?? {})) server.get(path, page(handler, true));
    for (const [path, handler] of Object.entries(routes.post ?? {})) server.post(path, { preHandler: trustedPost }, form(handler, true));
  }

  server.setNotFoundHandler((request, reply) => {
    const ctx = ctxOf(request, reply);
    // A path that exists for another method: 405, with the methods it does take.
    const allowed = (['GET', 'POST'] as const).filter((method) => server.hasRoute({ method, url: ctx.url.pathname }));
    if (allowed.length === 0) return sendMessagePage(ctx, 404, 'notFound');
    reply.header('allow', allowed.flatMap((method) => (method === 'GET' ? ['GET', 'HEAD'] : [method])).join(', '));
    sendMessagePage(ctx, 405, 'notFound');
  });
  server.setErrorHandler((error: FastifyError, request, reply) => {
    if (!holder.app) return reply.code(503).send();
    const ctx = ctxOf(request, reply);
    switch (error.code) {
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        // The rest of the body is not read, so the connection cannot carry another request: say so,
        // and Node closes it once the answer is sent.
        reply.header('connection', 'close');
        return sendMessagePage(ctx, error.statusCode ?? 400, 'error');
      case 'FST_CSRF_MISSING_SECRET':
      case 'FST_CSRF_INVALID_TOKEN':
        return sendMessagePage(ctx, 403, 'expired');
      case 'DEMO_LOGIN_BUDGET':
        return auth.tooManyLogins(ctx);
    }
    const status = error.statusCode ?? 500;
    // The static files answer 403 for a path that tries to leave its folder: there is nothing by that name.
    if (status === 403 || status === 404) return sendMessagePage(ctx, 404, 'notFound');
    if (status < 500) return sendMessagePage(ctx, 400, 'error');
    appOf().log.error(`${request.method} ${ctx.url.pathname}`, error);
    sendMessagePage(ctx, 500, 'error');
  });
  return server;
}
