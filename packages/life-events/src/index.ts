export * from './types.js';
export { localize, type LocalizedResult } from './text.js';
export { isStepGroup, placeSteps, allSteps, type PlacedStep } from './steps.js';
export { summarizeProgress, type ProgressSummary } from './progress.js';
export { loadLifeEvent, isLifeEventId, LIFE_EVENT_IDS, type LifeEventId } from './load.js';
export {
  lifeEventSchema,
  validateLifeEvent,
  parseLifeEvent,
  LifeEventValidationError,
  type LifeEventIssue,
  type LifeEventValidation,
} from './schema.js';
