import type { StepStatus } from '@felles/life-events';
import type { Journey } from './types.js';

/** The steps of the "start and run a business" life event that this service carries out. */
export const demoSteps = ['company', 'premises', 'licence'] as const;
export type DemoStep = (typeof demoSteps)[number];

/**
 * The life event's progress, derived from what the person has done here: the stepper shows the
 * whole journey across agencies, and this service moves the steps it handles.
 */
export function deriveProgress(journey: Pick<Journey, 'company' | 'premises' | 'licence'>): Record<string, StepStatus> {
  const progress: Record<string, StepStatus> = {};
  const { company, premises, licence } = journey;
  if (company) {
    if (company.organisasjonsform) progress['choose-organisation-form'] = 'done';
    // A company found in the register is registered; a new one has its registration ahead of it.
    progress['register-company'] = company.source === 'register' ? 'done' : 'in-progress';
  }
  if (premises) {
    progress['change-of-use'] = 'done';
    progress['fire-safety'] = 'in-progress';
  }
  if (licence) {
    progress['serving-licence'] = licence.consentStatus === 'accepted' ? 'done' : 'in-progress';
  }
  return progress;
}

/**
 * Which of the service's own steps are done, and which one comes next. The licence is done only with
 * the consent given: refused, the application lacks the certificates the municipality needs, so the
 * step waits for the person (`waiting`), and stays the next one.
 */
export function demoStepState(journey: Journey | undefined): {
  done: Record<DemoStep, boolean>;
  waiting: Record<DemoStep, boolean>;
  next: DemoStep | undefined;
} {
  const done = {
    company: Boolean(journey?.company),
    premises: Boolean(journey?.premises),
    licence: journey?.licence?.consentStatus === 'accepted',
  };
  const waiting = { company: false, premises: false, licence: journey?.licence?.consentStatus === 'rejected' };
  return { done, waiting, next: demoSteps.find((step) => !done[step]) };
}

/** The life-event step that the person is on, for the stepper's `aria-current`. */
export const lifeEventStepOf: Record<DemoStep, string> = {
  company: 'register-company',
  premises: 'change-of-use',
  licence: 'serving-licence',
};
