import type { RequestContext } from '../http/context.js';
import { sendHtml } from '../http/respond.js';
import { html } from '../html/html.js';
import { layout } from '../html/layout.js';
import { privacyMessages } from './privacy.messages.js';

/** `GET /privacy`: the privacy statement the consent request links to. */
export function privacyPage(ctx: RequestContext): void {
  const t = privacyMessages[ctx.lang];
  const main = html`<h1 class="ds-heading" data-size="lg">${t.title}</h1>
<p class="ds-paragraph">${t.p1}</p>
<p class="ds-paragraph">${t.p2}</p>
<p class="ds-paragraph">${t.p3}</p>`;
  sendHtml(ctx.reply, 200, layout(ctx, { title: t.title, main }));
}
