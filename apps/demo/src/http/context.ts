import type { IncomingMessage, ServerResponse } from 'node:http';
import type { App } from '../app.js';
import { isLang, langFromAcceptLanguage, type Lang } from '../i18n/lang.js';
import type { Session, SessionUser } from '../session/sessions.js';
import { readCookies, serializeCookie } from './cookies.js';

export const SESSION_COOKIE = 'felles-demo-session';
export const LANG_COOKIE = 'felles-demo-lang';
export const SCHEME_COOKIE = 'felles-demo-scheme';

export const SCHEMES = ['light', 'dark'] as const;
export type Scheme = (typeof SCHEMES)[number];
export const isScheme = (value: unknown): value is Scheme => typeof value === 'string' && (SCHEMES as readonly string[]).includes(value);

/** Everything one request needs: the app, the person's session, language and colour scheme. */
export class RequestContext {
  readonly cookies: Map<string, string>;
  readonly lang: Lang;
  readonly scheme: Scheme;
  #session: Session | undefined;

  constructor(
    readonly app: App,
    readonly req: IncomingMessage,
    readonly res: ServerResponse,
    readonly url: URL,
  ) {
    this.cookies = readCookies(req);
    const lang = this.cookies.get(LANG_COOKIE);
    this.lang = isLang(lang) ? lang : langFromAcceptLanguage(req.headers['accept-language']);
    const scheme = this.cookies.get(SCHEME_COOKIE);
    this.scheme = isScheme(scheme) ? scheme : 'light';
    this.#session = app.sessions.get(this.cookies.get(SESSION_COOKIE));
  }

  get session(): Session | undefined {
    return this.#session;
  }

  /** Who is asking, for per-client budgets: the peer's address (the demo listens on loopback or behind one proxy). */
  get clientAddress(): string {
    return this.req.socket.remoteAddress ?? 'unknown';
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
    const secure = this.app.config.secureCookies;
    this.setCookie(
      session
        ? serializeCookie(SESSION_COOKIE, session.id, { httpOnly: true, sameSite: 'Lax', secure })
        : serializeCookie(SESSION_COOKIE, '', { httpOnly: true, sameSite: 'Lax', secure, maxAgeSeconds: 0 }),
    );
  }

  setCookie(cookie: string): void {
    this.res.appendHeader('set-cookie', cookie);
  }
}
