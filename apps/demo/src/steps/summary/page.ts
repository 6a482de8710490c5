import { summarizeProgress } from '@felles/life-events';
import type { RequestContext } from '../../http/context.js';
import { sendHtml } from '../../http/respond.js';
import { csrfField } from '../../html/account.js';
import { html } from '../../html/html.js';
import { layout } from '../../html/layout.js';
import { layoutMessages } from '../../html/layout.messages.js';
import { commonMessages } from '../../pages/common.messages.js';
import { taskList } from '../../pages/tasks.js';
import { summaryMessages } from './messages.js';
import { onlyOnceCounts, onlyOnceRows } from './rows.js';

/** `GET /summary`: what the person typed once, what was reused, and a way out. */
export function summaryPage(ctx: RequestContext): void {
  const user = ctx.user!;
  const t = summaryMessages[ctx.lang];
  const c = commonMessages[ctx.lang];
  const journey = ctx.app.journeys.get(user.pid);
  const rows = onlyOnceRows(journey, user.name, ctx.lang);
  const counts = onlyOnceCounts(rows);
  const progress = summarizeProgress(ctx.app.services.lifeEvent, journey?.progress ?? {});
  const main = html`<p><a class="ds-link" href="/journey">${c.backToJourney}</a></p>
<h1 class="ds-heading" data-size="lg">${t.title}</h1>
<p class="ds-paragraph" data-variant="long">${t.lead}</p>
<p class="ds-paragraph" data-testid="only-once-counts"><strong>${t.typedCount(counts.typed, counts.reused)}</strong></p>
<div class="demo-table-wrap">
<table class="ds-table" data-border>
  <caption>${t.caption}</caption>
  <thead><tr><th scope="col">${t.colWhat}</th><th scope="col">${t.colTyped}</th><th scope="col">${t.colValue}</th><th scope="col">${t.colUsedIn}</th></tr></thead>
  <tbody>
    ${rows.map(
      (row) => html`<tr>
      <th scope="row">${row.what}</th>
      <td>${row.typed ? html`<q>${row.typed}</q>` : html`<span class="demo-muted">${row.value ? t.nothingTyped : t.notYet}</span>`}</td>
      <td>${row.value ?? html`<span class="demo-muted">${t.notYet}</span>`}</td>
      <td>${row.usedIn.length ? html`<ul class="demo-plain-list">${row.usedIn.map((use) => html`<li>${use}</li>`)}</ul>` : ''}</td>
    </tr>`,
    )}
  </tbody>
</table>
</div>
<p class="ds-paragraph">${t.progress(progress.done, progress.total)}</p>
${taskList(ctx, journey)}
<section class="ds-card demo-callout" aria-labelledby="logout-heading">
  <h2 class="ds-heading" data-size="sm" id="logout-heading">${t.logoutHeading}</h2>
  <p class="ds-paragraph">${t.logoutText}</p>
  <form method="post" action="/auth/logout">${csrfField(ctx)}<button class="ds-button" type="submit">${layoutMessages[ctx.lang].logout}</button></form>
</section>`;
  sendHtml(ctx.reply, 200, layout(ctx, { title: t.title, main, script: 'common', nav: 'summary' }));
}
