import type { RequestContext } from '../http/context.js';
import { html, type Html } from './html.js';
import { layoutMessages } from './layout.messages.js';

/** The way to log in: a plain link to the demo's own login endpoint, which works before any script. */
export function loginButton(ctx: RequestContext): Html {
  const t = layoutMessages[ctx.lang];
  return html`<a class="ds-button" href="/auth/login" data-size="lg">${t.login}</a>`;
}
