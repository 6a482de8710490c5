import { define } from '../internal/define.js';
import { FellesIdLoginButton, type FellesLoginEvent, type FellesLogoutEvent } from './id-login-button.js';
import type { FellesLoggedInEvent, FellesLoginErrorEvent } from './public-events.js';

define('felles-id-login-button', FellesIdLoginButton);

declare global {
  interface HTMLElementTagNameMap {
    'felles-id-login-button': FellesIdLoginButton;
  }
  interface GlobalEventHandlersEventMap {
    'felles-login': FellesLoginEvent;
    'felles-logout': FellesLogoutEvent;
    'felles-logged-in': FellesLoggedInEvent;
    'felles-login-error': FellesLoginErrorEvent;
  }
}
