/* Brought in with import() only when the list is given an endpoint instead of a client. */
export { createConsentDecisionClient } from '@felles/client-samtykke';
