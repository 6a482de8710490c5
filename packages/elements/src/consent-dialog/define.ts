import { define } from '../internal/define.js';
import { FellesConsentDialog } from './consent-dialog.js';
import type { FellesConsentCloseEvent, FellesConsentDecisionEvent, FellesConsentSavedEvent } from './events.js';

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
