import type { CONSENT_EVENT_TYPES, CONSENT_STATUSES } from './schemas.js';
import type { ConsentTexts } from './texts.js';

export type ConsentStatus = (typeof CONSENT_STATUSES)[number];
export type ConsentEventType = (typeof CONSENT_EVENT_TYPES)[number];
export type ConsentDecision = 'accept' | 'reject';

export interface ConsentResource {
  /** `urn:altinn:resource` */
  type: string;
  /** The resource id in Altinn's resource registry. */
  value: string;
}

export interface ConsentRight {
  /** `["consent"]` */
  action: string[];
  resource: ConsentResource[];
  /** Narrows the right, e.g. `{ inntektsaar: "2024" }`. */
  metaData?: Record<string, string> | null | undefined;
}

export interface ConsentEvent {
  consentEventID: string;
  /** ISO 8601 date-time. */
  created: string;
  /** URN of who did it. */
  performedBy?: string | null | undefined;
  eventType: ConsentEventType;
  consentRequestID: string;
}

/** A consent request as read back: Altinn's response shape, with `status` always filled in. */
export interface ConsentRequest {
  id: string;
  /** The person or organisation who decides, as a URN. */
  from: string;
  /** The organisation that receives the data, as a URN. */
  to: string;
  requiredDelegator?: string | null | undefined;
  handledBy?: string | null | undefined;
  /** ISO 8601 date-time when the consent ends. */
  validTo: string;
  consentRights: ConsentRight[];
  /** Free text from the requester by language code. */
  requestMessage?: Record<string, string> | null | undefined;
  /** When it was accepted; `null` until then. */
  consented?: string | null | undefined;
  redirectUrl?: string | null | undefined;
  consentRequestEvents: ConsentEvent[];
  viewUri?: string | null | undefined;
  status: ConsentStatus;
  texts?: ConsentTexts | undefined;
}

/** What a service's backend sends to create a request. */
export interface ConsentRequestInput {
  /** A UUID chosen by the requester; sending the same request again with it is harmless. */
  id: string;
  from: string;
  to: string;
  requiredDelegator?: string | null;
  validTo: string;
  consentRights: ConsentRight[];
  redirectUrl?: string | null;
  requestMessage?: Record<string, string> | null;
  texts?: ConsentTexts;
}
