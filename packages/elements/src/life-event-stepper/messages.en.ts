import type { StepperMessages } from './messages.js';

/** English texts, loaded when an element first shows an event in English. */
export default {
  summary: (done: string, total: string) => `${done} of ${total} ${total === '1' ? 'step' : 'steps'} completed`,
  showAll: 'Show all steps',
  hideAll: 'Hide all steps',
  step: 'Step',
  and: 'and',
  or: 'or',
  optional: 'optional',
  'in-progress': 'In progress',
  done: 'Completed',
  'not-relevant': 'Not relevant',
  youAreHere: 'You are here',
  responsible: 'Responsible',
  state: 'central government',
  municipality: 'municipality',
  private: 'private',
  voluntary: 'voluntary',
  goTo: 'Go to the service',
  invalidEvent: (field: string) => `The steps cannot be shown because the life event definition has an error in the field ${field}.`,
  unknownEvent: (id: string) => `There is no life event with the id “${id}”.`,
  loadFailed: 'The steps could not be loaded.',
} satisfies StepperMessages;
