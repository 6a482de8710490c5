export { FellesLifeEventStepper, FellesStepSelectEvent, FellesStepToggleEvent } from './life-event-stepper.js';
export { lifeEventFallbackHtml, type FallbackOptions } from './fallback.js';
export type { LifeEvent, LifeEventProgress, StepStatus } from '@felles/life-events';
