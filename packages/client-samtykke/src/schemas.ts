import * as v from 'valibot';

/*
 * Responses are checked for shape, not for content: a service must be able to read what Altinn
 * sends even when a number in it would not pass our checks. Input, on the other hand, is checked
 * strictly before it leaves (see `input-schemas.ts`).
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
