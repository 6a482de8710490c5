/**
 * Every Felles element class and its types, without registering any tag. Import
 * `@felles/elements/<name>/define.js` (or `@felles/elements/all.js`) to register.
 */
export { define } from './internal/define.js';
export { LANGS, normalizeLang, type Lang } from './internal/lang.js';
export * from './address-lookup/index.js';
export * from './consent-dialog/index.js';
export * from './consent-list/index.js';
export * from './id-login-button/index.js';
export * from './life-event-stepper/index.js';
export * from './organisation-lookup/index.js';
