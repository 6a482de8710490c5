import { define } from '../internal/define.js';
import { FellesConsentDialog, type FellesConsentCloseEvent, type FellesConsentDecisionEvent, type FellesConsentSavedEvent } from './consent-dialog.js';

define('felles-consent-dialog', FellesConsentDialog);

declare global {
  interface HTMLElementTagNameMap {
    'felles-consent-dialog': FellesConsentDialog;
  }
  interface GlobalEventHandlersEventMap {
    'felles-consent-decision': FellesConsentDecisionEvent;
    'felles-consent-saved': FellesConsentSavedEvent;
    'felles-consent-close': FellesConsentCloseEvent;
  }
}
