export { FellesConsentDialog, type ConsentDialogClient } from './consent-dialog.js';
export {
  FellesConsentCloseEvent,
  FellesConsentDecisionEvent,
  FellesConsentSavedEvent,
  type ConsentCloseSource,
  type ConsentDecisionDetail,
} from './events.js';
