import { localize, placeSteps, summarizeProgress, type LifeEvent, type LifeEventProgress } from '@felles/life-events';
import type { RequestContext } from '../http/context.js';
import { sendHtml } from '../http/respond.js';
import { attrs, html, type Html } from '../html/html.js';
import { layout } from '../html/layout.js';
import { demoStepState, lifeEventStepOf } from '../journey/progress.js';
import type { Lang } from '../i18n/lang.js';
import { commonMessages } from './common.messages.js';
import { journeyMessages } from './journey.messages.js';
import { taskList } from './tasks.js';

const statusKey = { 'not-started': 'notStarted', 'in-progress': 'inProgress', done: 'done', 'not-relevant': 'notRelevant' } as const;

/**
 * The whole life event as plain HTML, every step open and with its status: what
 * `<felles-life-event-stepper>` shows before (or without) its script.
 */
function stepsAsHtml(event: LifeEvent, progress: LifeEventProgress, lang: Lang, current: string | undefined): Html {
  const t = journeyMessages[lang];
  const c = commonMessages[lang];
  const text = (value: Parameters<typeof localize>[0]) => {
    const result = localize(value, lang);
    return result.lang === lang ? html`${result.text}` : html`<span lang="${result.lang}">${result.text}</span>`;
  };
  return html`<ol class="demo-steps">
  ${placeSteps(event).map(({ step, number, relation }) => {
    const status = progress[step.id] ?? 'not-started';
    return html`<li${attrs({ class: 'demo-step', 'data-step': step.id, 'aria-current': step.id === current ? 'step' : undefined })}>
      <h3 class="ds-heading" data-size="xs"><span class="demo-step__marker">${relation ? t[relation] : number}</span> ${text(step.title)}${
        step.optional ? html` <span class="demo-step__optional">(${t.optional})</span>` : ''
      }</h3>
      <p class="ds-paragraph" data-size="sm">${t.status} <strong>${c[statusKey[status]]}</strong></p>
      <p class="ds-paragraph" data-size="sm">${text(step.description)}</p>
      <p class="ds-paragraph" data-size="sm">${t.responsible} ${text(step.body.name)} (${t[step.body.level]})</p>
      <p class="ds-paragraph" data-size="sm"><a class="ds-link" href="${step.url}">${t.readMore}<span class="ds-sr-only">: ${text(step.title)}</span></a></p>
    </li>`;
  })}
</ol>`;
}

/**
 * `GET /journey`: the person's tasks here, and the whole life event with their progress, kept on
 * the server and given to the stepper as its `progress`.
 */
export function journeyPage(ctx: RequestContext): void {
  const user = ctx.user!;
  const t = journeyMessages[ctx.lang];
  const journey = ctx.app.journeys.get(user.pid);
  const event = ctx.app.services.lifeEvent;
  const progress = journey?.progress ?? {};
  const { next } = demoStepState(journey);
  const current = next ? lifeEventStepOf[next] : undefined;
  const summary = summarizeProgress(event, progress);
  const main = html`<h1 class="ds-heading" data-size="lg">${t.greeting(user.name)}</h1>
<p class="ds-paragraph" data-variant="long">${t.lead}</p>
<section aria-labelledby="tasks">
  <h2 class="ds-heading" data-size="md" id="tasks">${t.tasksHeading}</h2>
  ${taskList(ctx, journey)}
  <p><a class="ds-link" href="/summary">${t.summaryLink}</a></p>
</section>
<section aria-labelledby="all-steps">
  <h2 class="ds-heading" data-size="md" id="all-steps">${t.journeyHeading}</h2>
  <felles-life-event-stepper${attrs({ 'event-id': event.id, progress: JSON.stringify(progress), 'current-step': current, 'heading-level': 3 })}>
    <p class="ds-paragraph">${t.progress(summary.done, summary.total)}</p>
    ${stepsAsHtml(event, progress, ctx.lang, current)}
  </felles-life-event-stepper>
</section>`;
  sendHtml(ctx.reply, 200, layout(ctx, { title: t.title, main, script: 'journey', nav: 'journey' }));
}
