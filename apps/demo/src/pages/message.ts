import type { RequestContext } from '../http/context.js';
import { sendHtml } from '../http/respond.js';
import { html } from '../html/html.js';
import { layout } from '../html/layout.js';
import { commonMessages } from './common.messages.js';

/** A page that only says something, with one way on. */
export function sendMessagePage(ctx: RequestContext, status: number, kind: 'notFound' | 'error' | 'expired'): void {
  const t = commonMessages[ctx.lang];
  const title = t[`${kind}Title`];
  const text = t[`${kind}Text`];
  sendHtml(
    ctx.reply,
    status,
    layout(ctx, {
      title,
      main: html`<h1 class="ds-heading" data-size="lg">${title}</h1>
<p class="ds-paragraph">${text}</p>
<p><a class="ds-link" href="${ctx.user ? '/journey' : '/'}">${ctx.user ? t.backToJourney : t.toStart}</a></p>`,
    }),
  );
}
