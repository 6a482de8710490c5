import { IdportenError, IdportenProviderError, isIdportenLocale, levelOf } from '@felles/client-idporten';
import { isRetryable } from '@felles/client-core';
import type { RequestContext } from '../http/context.js';
import { redirect, safeLocalPath, sendHtml, sendText } from '../http/respond.js';
import { html } from '../html/html.js';
import { loginButton } from '../html/account.js';
import { layout } from '../html/layout.js';
import { authMessages } from './messages.js';

/** How long a started login may wait for its callback. */
const loginTtlMs = 10 * 60_000;

/** A page that says what happened, with one way on: a link, or (`'login'`) the login button to start again. */
function messagePage(ctx: RequestContext, status: number, title: string, text: string, action: { href: string; label: string } | 'login'): void {
  sendHtml(
    ctx.reply,
    status,
    layout(ctx, {
      title,
      main: html`<h1 class="ds-heading" data-size="lg">${title}</h1>
<p class="ds-paragraph">${text}</p>
${action === 'login' ? loginButton(ctx) : html`<p><a class="ds-button" href="${action.href}">${action.label}</a></p>`}`,
    }),
  );
}

/**
 * `GET /auth/login`: starts an ID-porten login from the demo's backend. `acr` may raise the level
 * (never lower it below the service's), `locale` picks ID-porten's language; both are what
 * `<felles-id-login-button href>` adds. The PKCE verifier, state and nonce stay in the session.
 */
export async function login(ctx: RequestContext): Promise<void> {
  const { idporten, config } = { idporten: ctx.app.services.idporten, config: ctx.app.config };
  const asked = levelOf(ctx.url.searchParams.get('acr') ?? undefined);
  const acr = asked === 'high' || config.idporten.acr === 'high' ? 'high' : 'substantial';
  const locale = ctx.url.searchParams.get('locale');
  const session = ctx.ensureSession();
  try {
    const started = await idporten.createLogin({ acr, uiLocales: isIdportenLocale(locale) ? locale : ctx.lang });
    session.login = { state: started.state, nonce: started.nonce, codeVerifier: started.codeVerifier, acr: started.acr, startedAt: Date.now() };
    redirect(ctx.reply, started.url, 302);
  } catch (error) {
    ctx.app.log.error('login could not start', error);
    const t = authMessages[ctx.lang];
    messagePage(ctx, 503, t.unavailableTitle, t.unavailableText, 'login');
  }
}

/** The answer to a client past its budget of login starts (the router keeps the count). */
export function tooManyLogins(ctx: RequestContext): void {
  const t = authMessages[ctx.lang];
  messagePage(ctx, 429, t.tooManyTitle, t.tooManyText, { href: '/', label: t.toStart });
}

/** `GET /auth/callback`: finishes the login, then gives the browser a new session id. */
export async function callback(ctx: RequestContext): Promise<void> {
  const t = authMessages[ctx.lang];
  const session = ctx.session;
  const saved = session?.login;
  if (!session || !saved || Date.now() - saved.startedAt > loginTtlMs) {
    return messagePage(ctx, 400, t.failedTitle, t.failedText, 'login');
  }
  // A login is used once, whatever happens next.
  delete session.login;
  try {
    const result = await ctx.app.services.idporten.handleCallback(ctx.url, saved);
    const info = await ctx.app.services.idporten.userinfo(result).catch((error: unknown) => {
      ctx.app.log.warn('userinfo failed; greeting without a name', error);
      return undefined;
    });
    const pid = result.claims.pid;
    if (!pid) return messagePage(ctx, 403, t.noPidTitle, t.noPidText, 'login');
    const next = ctx.app.sessions.rotate(session);
    next.user = {
      pid,
      name: info?.name ?? pid.slice(0, 6),
      ...(result.claims.sid ? { sid: result.claims.sid } : {}),
      idToken: result.idToken,
    };
    ctx.useSession(next);
    redirect(ctx.reply, '/journey');
  } catch (error) {
    if (error instanceof IdportenProviderError && error.error === 'access_denied') {
      return messagePage(ctx, 400, t.cancelledTitle, t.cancelledText, 'login');
    }
    ctx.app.log.warn('login failed', error);
    if (!(error instanceof IdportenError) && isRetryable(error)) {
      return messagePage(ctx, 503, t.unavailableTitle, t.unavailableText, 'login');
    }
    messagePage(ctx, 400, t.failedTitle, t.failedText, 'login');
  }
}

/** `POST /auth/logout` (CSRF-checked by the router): ends the demo's session, then ID-porten's. */
export async function logout(ctx: RequestContext): Promise<void> {
  const session = ctx.session;
  const idToken = session?.user?.idToken;
  if (session) ctx.app.sessions.destroy(session.id);
  ctx.useSession(undefined);
  try {
    const end = await ctx.app.services.idporten.createLogout({
      ...(idToken ? { idTokenHint: idToken } : {}),
      uiLocales: ctx.lang,
      postLogoutRedirectUri: `${ctx.app.config.origin}/auth/logged-out`,
    });
    redirect(ctx.reply, end.url);
  } catch (error) {
    // The demo's session is gone either way; ID-porten's ends when it expires.
    ctx.app.log.error('ID-porten logout could not start', error);
    redirect(ctx.reply, '/auth/logged-out');
  }
}

/**
 * `GET /auth/logged-out`: where ID-porten sends the person back. A page, not an action: the
 * session ended at `POST /auth/logout`, and a GET that ended it would let any other site log the
 * person out with an `<img src>`.
 */
export function loggedOut(ctx: RequestContext): void {
  const t = authMessages[ctx.lang];
  messagePage(ctx, 200, t.loggedOutTitle, t.loggedOutText, { href: safeLocalPath(null), label: t.toStart });
}

/**
 * `GET /auth/frontchannel-logout?iss=…&sid=…`: ID-porten loads this in a hidden frame when the
 * person logs out elsewhere; every demo session of that ID-porten session ends.
 */
export function frontChannelLogout(ctx: RequestContext): void {
  const iss = ctx.url.searchParams.get('iss');
  const sid = ctx.url.searchParams.get('sid');
  if (iss !== ctx.app.config.idporten.issuer || !sid) return sendText(ctx.reply, 400, 'iss and sid required');
  ctx.app.sessions.destroyBySid(sid);
  // The router gives this page headers of its own: only ID-porten may frame it.
  sendText(ctx.reply, 200, '');
}
