import type { RequestContext } from '../http/context.js';
import { html, type Html } from '../html/html.js';
import { demoStepState, demoSteps, type DemoStep } from '../journey/progress.js';
import type { Journey } from '../journey/types.js';
import { commonMessages } from './common.messages.js';

export const taskPaths: Record<DemoStep, string> = { company: '/company', premises: '/premises', licence: '/licence' };

/** The service's own three steps with their status, as a list of links. */
export function taskList(ctx: RequestContext, journey: Journey | undefined): Html {
  const t = commonMessages[ctx.lang];
  const { done, waiting, next } = demoStepState(journey);
  const names: Record<DemoStep, string> = { company: t.stepCompany, premises: t.stepPremises, licence: t.stepLicence };
  const started = (step: DemoStep) => (step === 'licence' ? Boolean(journey?.licence) : false);
  // prettier-ignore
  return html`<ol class="demo-tasks">
  ${demoSteps.map((step) => {
    const status = done[step] ? t.done : waiting[step] ? t.missingAttachments : started(step) ? t.inProgress : t.notStarted;
    const color = done[step] ? 'success' : waiting[step] ? 'warning' : 'neutral';
    return html`<li class="demo-task"${step === next ? html` aria-current="step"` : ''}>
      <a class="ds-link" href="${taskPaths[step]}">${names[step]}</a>
      <span class="ds-tag" data-color="${color}" data-testid="task-status-${step}">${status}</span>
    </li>`;
  })}
</ol>`;
}
