import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../app.js';
import { isLang, langFromAcceptLanguage, type Lang } from '../i18n/lang.js';
import type { Session, SessionUser } from '../session/sessions.js';

export const SCHEMES = ['light', 'dark'] as const;
export type Scheme = (typeof SCHEMES)[number];
export const isScheme = (value: unknown): value is Scheme => typeof value === 'string' && (SCHEMES as readonly string[]).includes(value);

/** Everything one request needs: the app, the person's session, language and colour scheme. */
export class RequestContext {
  readonly url: URL;
  readonly lang: Lang;
  readonly scheme: Scheme;
  #session: Session | undefined;
  #csrfToken: string | undefined;

  constructor(
    readonly app: App,
    readonly req: FastifyRequest,
    readonly reply: FastifyReply,
  ) {
    this.url = new URL(req.url, app.config.origin);
    const cookies = req.cookies;
    const lang = cookies[app.config.cookies.lang];
    this.lang = isLang(lang) ? lang : langFromAcceptLanguage(req.headers['accept-language']);
    const scheme = cookies[app.config.cookies.scheme];
    this.scheme = isScheme(scheme) ? scheme : 'light';
    this.#session = app.sessions.get(cookies[app.config.cookies.session]);
  }

  get session(): Session | undefined {
    return this.#session;
  }

  get user(): SessionUser | undefined {
    return this.#session?.user;
  }

  /** The session, started (with its cookie) if there is none yet. */
  ensureSession(): Session {
    if (!this.#session) this.useSession(this.app.sessions.create());
    return this.#session as Session;
  }

  /** Makes `session` this browser's session (after a rotation), or ends it (`undefined`). */
  useSession(session: Session | undefined): void {
    this.#session = session;
    const options = { path: '/', httpOnly: true, sameSite: 'lax', secure: this.app.config.secureCookies } as const;
    const name = this.app.config.cookies.session;
    if (session) this.reply.setCookie(name, session.id, options);
    else this.reply.clearCookie(name, options);
  }

  /**
   * The CSRF token for this page's forms. It is bound to the session id, so a token from before
   * login (or from another person's session) is worth nothing after it.
   */
  csrfToken(): string {
    // Once per response: a second call before the browser has the secret cookie would make a new
    // secret, and the first form's token would no longer match it.
    return (this.#csrfToken ??= this.reply.generateCsrf({ userInfo: this.#session?.id ?? '' }));
  }
}

const contexts = new WeakMap<FastifyRequest, RequestContext>();

/** The request's context, made on first use (error and not-found handlers may be the first). */
export function contextOf(app: App, req: FastifyRequest, reply: FastifyReply): RequestContext {
  let ctx = contexts.get(req);
  if (!ctx) contexts.set(req, (ctx = new RequestContext(app, req, reply)));
  return ctx;
}
