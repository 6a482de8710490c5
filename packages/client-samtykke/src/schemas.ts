import * as v from 'valibot';
import { ORGANIZATION_URN_PREFIX, parsePartyUrn } from './identifiers.js';

/*
 * Responses are checked for shape, not for content: a service must be able to read what Altinn
 * sends even when a number in it would not pass our checks. Input, on the other hand, is checked
 * strictly before it leaves (see `consentRequestInputSchema`).
 */

const localizedText = v.object({
  nb: v.string(),
  nn: v.optional(v.string()),
  en: v.optional(v.string()),
  se: v.optional(v.string()),
});

export const consentTextsSchema = v.object({
  requester: localizedText,
  datasets: v.array(v.object({ resource: v.string(), name: localizedText, source: localizedText })),
  purpose: localizedText,
  legalBasis: localizedText,
  privacyUrl: v.string(),
  consequenceOfNo: localizedText,
  metaDataLabels: v.optional(v.record(v.string(), localizedText)),
});

const resourceSchema = v.object({ type: v.string(), value: v.string() });

const consentRightSchema = v.object({
  action: v.array(v.string()),
  resource: v.array(resourceSchema),
  metaData: v.nullish(v.record(v.string(), v.string())),
});

export const CONSENT_EVENT_TYPES = ['Created', 'Accepted', 'Rejected', 'Revoked', 'Deleted', 'Expired', 'Used'] as const;

export const consentEventSchema = v.object({
  consentEventID: v.string(),
  created: v.string(),
  performedBy: v.nullish(v.string()),
  eventType: v.picklist(CONSENT_EVENT_TYPES),
  consentRequestID: v.string(),
});

export const CONSENT_STATUSES = ['pending', 'accepted', 'rejected', 'revoked', 'expired'] as const;

/** A consent request as Altinn returns it (`consentrequest-response.json`), plus `status` and `texts`. */
export const consentRequestSchema = v.object({
  id: v.string(),
  from: v.string(),
  to: v.string(),
  requiredDelegator: v.nullish(v.string()),
  handledBy: v.nullish(v.string()),
  validTo: v.string(),
  consentRights: v.array(consentRightSchema),
  requestMessage: v.nullish(v.record(v.string(), v.string())),
  consented: v.nullish(v.string()),
  redirectUrl: v.nullish(v.string()),
  consentRequestEvents: v.optional(v.array(consentEventSchema), []),
  viewUri: v.nullish(v.string()),
  status: v.optional(v.picklist(CONSENT_STATUSES)),
  texts: v.optional(consentTextsSchema),
});

export const consentRequestListSchema = v.object({ consentRequests: v.array(consentRequestSchema) });

/** The body of a 409: why, and the request as it now stands. */
export const conflictBodySchema = v.object({ message: v.optional(v.string()), current: consentRequestSchema });

const UUID = /^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu;

export const consentIdSchema = v.pipe(v.string(), v.regex(UUID, 'must be a UUID'));

export const partyUrnSchema = v.pipe(
  v.string(),
  v.check(
    (urn) => parsePartyUrn(urn) !== undefined,
    'must be urn:altinn:person:identifier-no:<fødselsnummer> or urn:altinn:organization:identifier-no:<organisasjonsnummer> with valid check digits',
  ),
);

const organizationUrnSchema = v.pipe(
  v.string(),
  v.check(
    (urn) => urn.startsWith(ORGANIZATION_URN_PREFIX) && parsePartyUrn(urn) !== undefined,
    'must be urn:altinn:organization:identifier-no:<organisasjonsnummer> with a valid MOD11 check digit',
  ),
);

/**
 * What a service's backend sends to create a request (`consentrequest-request.json`, plus `texts`).
 * `now` is read when the schema is used, so `validTo` is judged at the moment of sending.
 */
export function consentRequestInputSchema(now: () => Date) {
  return v.object({
    id: consentIdSchema,
    from: partyUrnSchema,
    to: organizationUrnSchema,
    requiredDelegator: v.nullish(partyUrnSchema),
    validTo: v.pipe(
      v.string(),
      v.isoTimestamp('must be an ISO 8601 date-time with a time zone'),
      v.check((value) => Date.parse(value) > now().getTime(), 'must be in the future'),
    ),
    consentRights: v.pipe(
      v.array(
        v.object({
          action: v.pipe(v.array(v.literal('consent')), v.minLength(1, 'must be ["consent"]')),
          resource: v.pipe(
            v.array(v.object({ type: v.literal('urn:altinn:resource'), value: v.pipe(v.string(), v.minLength(1)) })),
            v.minLength(1, 'must name a resource'),
          ),
          metaData: v.nullish(v.record(v.string(), v.string())),
        }),
      ),
      v.minLength(1, 'must ask for at least one right'),
    ),
    redirectUrl: v.nullish(v.pipe(v.string(), v.url('must be a URL'))),
    requestMessage: v.nullish(v.record(v.string(), v.string())),
    texts: v.optional(consentTextsSchema),
  });
}
