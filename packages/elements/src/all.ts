/** Registers every Felles element: for pages without a bundler. Prefer one `<name>/define.js` per element. */
import './address-lookup/define.js';
import './consent-dialog/define.js';
import './consent-list/define.js';
import './id-login-button/define.js';
import './life-event-stepper/define.js';
import './organisation-lookup/define.js';
export * from './index.js';
