export { FellesConsentList, FellesConsentRevokedEvent, type ConsentListClient } from './consent-list.js';
