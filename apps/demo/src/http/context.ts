import type { IncomingMessage, ServerResponse } from 'node:http';
import type { App } from '../app.js';
import { isLang, langFromAcceptLanguage, type Lang } from '../i18n/lang.js';
import type { Session, SessionUser } from '../session/sessions.js';
import { readCookies, serializeCookie } from './cookies.js';

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
    const lang = this.cookies.get(app.config.cookies.lang);
    this.lang = isLang(lang) ? lang : langFromAcceptLanguage(req.headers['accept-language']);
    const scheme = this.cookies.get(app.config.cookies.scheme);
    this.scheme = isScheme(scheme) ? scheme : 'light';
    this.#session = app.sessions.get(this.cookies.get(app.config.cookies.session));
  }

  get session(): Session | undefined {
    return this.#session;
  }

  /**
   * Who is asking, for per-client budgets: the peer's address, or behind a trusted proxy the address
   * that proxy saw (the last entry of `X-Forwarded-For`, the one it added itself).
   */
  get clientAddress(): string {
    const peer = this.req.socket.remoteAddress ?? 'unknown';
    if (!this.app.config.trustProxy) return peer;
    return lastForwarded(this.req.headers['x-forwarded-for']) ?? peer;
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
    const name = this.app.config.cookies.session;
    this.setCookie(
      session
        ? serializeCookie(name, session.id, { httpOnly: true, sameSite: 'Lax', secure })
        : serializeCookie(name, '', { httpOnly: true, sameSite: 'Lax', secure, maxAgeSeconds: 0 }),
    );
  }

  setCookie(cookie: string): void {
    this.res.appendHeader('set-cookie', cookie);
  }
}

/** The last value of a comma-separated forwarding header, or undefined when there is none. */
function lastForwarded(header: string | string[] | undefined): string | undefined {
  const joined = Array.isArray(header) ? header.join(',') : header;
  const last = joined?.split(',').at(-1)?.trim();
  return last || undefined;
}

/**
 * The scheme the browser used as a trusted proxy reports it in `X-Forwarded-Proto`; undefined when the
 * proxy is not trusted or says nothing (the header of anyone else is never believed).
 */
export function forwardedScheme(req: IncomingMessage, trustProxy: boolean): 'http' | 'https' | undefined {
  if (!trustProxy) return undefined;
  const forwarded = lastForwarded(req.headers['x-forwarded-proto'])?.toLowerCase();
  return forwarded === 'https' || forwarded === 'http' ? forwarded : undefined;
}
