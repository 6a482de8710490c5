export {
  createConsentClient,
  createConsentDecisionClient,
  type ConsentClient,
  type ConsentDecisionClient,
  type ConsentClientOptions,
  type DecideOptions,
  type RevokeOptions,
} from './client.js';
export { ConsentConflictError } from './errors.js';
export {
  altinnPlatforms,
  consentAuthorizationDetails,
  createEnterpriseConsentClient,
  enterpriseConsentPath,
  ConsentAccessError,
  type AltinnEnvironment,
  type EnterpriseConsentClient,
  type EnterpriseConsentClientOptions,
  type EnterpriseConsentRequestInput,
} from './enterprise.js';
export {
  isFodselsnummer,
  isOrganisasjonsnummer,
  parsePartyUrn,
  personUrn,
  organizationUrn,
  PERSON_URN_PREFIX,
  ORGANIZATION_URN_PREFIX,
  type Party,
  type PartyType,
} from './identifiers.js';
export {
  consentRequestSchema,
  consentRequestListSchema,
  consentTextsSchema,
  consentEventSchema,
  conflictBodySchema,
  CONSENT_EVENT_TYPES,
  CONSENT_STATUSES,
} from './schemas.js';
export { consentRequestInputSchema, consentIdSchema, partyUrnSchema } from './input-schemas.js';
export { consentStatus } from './status.js';
export { LANGUAGES, localize, type ConsentDataset, type ConsentTexts, type Language, type LocalizedText } from './texts.js';
export type {
  ConsentDecision,
  ConsentEvent,
  ConsentEventType,
  ConsentRequest,
  ConsentRequestInput,
  ConsentResource,
  ConsentRight,
  ConsentStatus,
} from './types.js';
