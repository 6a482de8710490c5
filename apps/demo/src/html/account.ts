import type { RequestContext } from '../http/context.js';
import { attrs, html, type Html } from './html.js';
import { layoutMessages } from './layout.messages.js';

/** Hidden CSRF field for a POST form of the logged-in person. */
export function csrfField(ctx: RequestContext): Html {
  return html`<input type="hidden" name="_csrf" value="${ctx.csrfToken()}">`;
}

/**
 * `<felles-id-login-button>` in its recommended mode: a link to the demo's own login endpoint (the
 * backend keeps the tokens), or, logged in, the person's name and a POST logout with the CSRF
 * token. Its light-DOM content is the same as plain HTML, for the moment before script runs.
 */
export function loginButton(ctx: RequestContext, size: 'sm' | 'md' | 'lg' = 'md'): Html {
  const t = layoutMessages[ctx.lang];
  const level = ctx.app.config.idporten.acr;
  if (!ctx.user) {
    return html`<felles-id-login-button${attrs({ href: '/auth/login', level, size })}>
  <a class="ds-button" href="/auth/login" data-size="${size}">${t.login}</a>
</felles-id-login-button>`;
  }
  return html`<felles-id-login-button${attrs({ href: '/auth/login', level, size, 'logged-in': true, 'logout-href': '/auth/logout' })}>
  <span slot="name">${ctx.user.name}</span>
  <form slot="csrf" method="post" action="/auth/logout">${csrfField(ctx)}<button class="ds-button" data-variant="secondary" type="submit">${t.logout}</button></form>
</felles-id-login-button>`;
}

/** The header's login, or the person's name and logout. */
export function accountControl(ctx: RequestContext): Html {
  return html`<div class="demo-account">${loginButton(ctx, 'sm')}</div>`;
}
