import type { RequestContext } from '../http/context.js';
import { sendHtml } from '../http/respond.js';
import { html } from '../html/html.js';
import { layout } from '../html/layout.js';
import { loginButton } from '../html/account.js';
import { layoutMessages } from '../html/layout.messages.js';
import { startMessages } from './start.messages.js';

/** `GET /`: what the service is, and the way in. */
export function startPage(ctx: RequestContext): void {
  const t = startMessages[ctx.lang];
  // The front page is headed by the service's name, as the header and ID-porten name it.
  const name = layoutMessages[ctx.lang].serviceName;
  const main = html`<h1 class="ds-heading" data-size="xl">${name}</h1>
<p class="ds-paragraph" data-variant="long">${t.lead}</p>
<section aria-labelledby="what">
  <h2 class="ds-heading" data-size="md" id="what">${t.whatHeading}</h2>
  <ol class="ds-list">
    <li>${t.what1}</li>
    <li>${t.what2}</li>
    <li>${t.what3}</li>
  </ol>
  <p class="ds-paragraph">${t.onlyOnce}</p>
</section>
${
  ctx.user
    ? html`<section class="ds-card demo-callout" aria-labelledby="go-on">
  <h2 class="ds-heading" data-size="md" id="go-on">${t.continueHeading}</h2>
  <p class="ds-paragraph">${t.continueText}</p>
  <p><a class="ds-button" href="/journey">${t.continueLink}</a></p>
</section>`
    : html`<section class="ds-card demo-callout" aria-labelledby="login">
  <h2 class="ds-heading" data-size="md" id="login">${t.loginHeading}</h2>
  <p class="ds-paragraph">${t.loginText}</p>
  ${loginButton(ctx, 'lg')}
</section>`
}`;
  sendHtml(ctx.reply, 200, layout(ctx, { title: name, main, script: 'start' }));
}
