import type { RequestContext } from '../http/context.js';
import { html, type Html } from './html.js';
import { layoutMessages } from './layout.messages.js';

/** Hidden CSRF field for a POST form of the logged-in person. */
export function csrfField(ctx: RequestContext): Html {
  return html`<input type="hidden" name="_csrf" value="${ctx.session?.csrfToken ?? ''}">`;
}

/** Login link, or the person's name and a logout form (a POST with CSRF token, never a GET). */
export function accountControl(ctx: RequestContext): Html {
  const t = layoutMessages[ctx.lang];
  if (!ctx.user) {
    return html`<a class="ds-button" data-variant="secondary" href="/auth/login">${t.login}</a>`;
  }
  return html`<div class="demo-account">
    <span>${t.loggedInAs(ctx.user.name)}</span>
    <form method="post" action="/auth/logout">${csrfField(ctx)}<button class="ds-button" data-variant="secondary" type="submit">${t.logout}</button></form>
  </div>`;
}
