export {
  FellesConsentDialog,
  FellesConsentCloseEvent,
  FellesConsentDecisionEvent,
  FellesConsentSavedEvent,
  type ConsentCloseSource,
  type ConsentDecisionDetail,
  type ConsentDialogClient,
} from './consent-dialog.js';
