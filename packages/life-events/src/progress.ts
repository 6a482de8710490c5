import { isStepGroup } from './steps.js';
import type { LifeEvent, LifeEventProgress, LifeEventStep } from './types.js';

export interface ProgressSummary {
  /** Steps done. */
  done: number;
  /** Steps that count: all but those marked `not-relevant`. */
  total: number;
}

/**
 * Counts steps for a summary such as "3 of 9 steps completed". Steps marked `not-relevant` do not
 * count. An "or" group counts once, because a person needs only one of its alternatives: it is
 * done when any alternative is done, and left out when every alternative is `not-relevant`.
 */
export function summarizeProgress(event: LifeEvent, progress: LifeEventProgress = {}): ProgressSummary {
  let done = 0;
  let total = 0;
  const count = (steps: LifeEventStep[]) => {
    const statuses = steps.map((step) => progress[step.id] ?? 'not-started');
    if (statuses.every((status) => status === 'not-relevant')) return;
    total += 1;
    if (statuses.includes('done')) done += 1;
  };
  for (const item of event.steps) {
    if (!isStepGroup(item)) count([item]);
    else if (item.relation === 'or') count(item.steps);
    else item.steps.forEach((step) => count([step]));
  }
  return { done, total };
}
