export { FellesIdLoginButton, FellesLoginEvent, FellesLogoutEvent, type IdLoginLevel, type IdLoginMode } from './id-login-button.js';
export { FellesLoggedInEvent, FellesLoginErrorEvent } from './public-events.js';
export type { ConfigProblem } from './check-config.js';
