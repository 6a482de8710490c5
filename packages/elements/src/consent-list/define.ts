import { define } from '../internal/define.js';
import { FellesConsentList, type FellesConsentRevokedEvent } from './consent-list.js';

define('felles-consent-list', FellesConsentList);

declare global {
  interface HTMLElementTagNameMap {
    'felles-consent-list': FellesConsentList;
  }
  interface GlobalEventHandlersEventMap {
    'felles-consent-revoked': FellesConsentRevokedEvent;
  }
}
