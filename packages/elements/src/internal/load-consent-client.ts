/*
 * The one module that brings the consent client in. The dialog imports it with import() only when it
 * is given an endpoint, so a page that passes `request` (or its own client) never downloads it.
 */
export { createConsentDecisionClient } from '@felles/client-samtykke';
