import * as v from 'valibot';
import { UUID } from './checks.js';
import { ORGANIZATION_URN_PREFIX, parsePartyUrn } from './identifiers.js';
import { consentTextsSchema } from './schemas.js';

/*
 * Schemas for what a service's backend sends. Browsers never use them (the person-facing client
 * checks its few arguments in plain code, see `checks.ts`), so they must not end up in a browser
 * bundle that imports this package. esbuild honours valibot's no-side-effects marks only within
 * valibot's own module (evanw/esbuild#4369), so a top-level `v.pipe(...)` here would be kept in every
 * bundle; built through this local, marked function, an unused schema is dropped.
 */
/* @__NO_SIDE_EFFECTS__ */
function checkedString(requirement: (value: string) => boolean, message: string) {
  return v.pipe(v.string(), v.check(requirement, message));
}

export const consentIdSchema = checkedString((id) => UUID.test(id), 'must be a UUID');

export const partyUrnSchema = checkedString(
  (urn) => parsePartyUrn(urn) !== undefined,
  'must be urn:altinn:person:identifier-no:<fødselsnummer> or urn:altinn:organization:identifier-no:<organisasjonsnummer> with valid check digits',
);

const organizationUrnSchema = checkedString(
  (urn) => urn.startsWith(ORGANIZATION_URN_PREFIX) && parsePartyUrn(urn) !== undefined,
  'must be urn:altinn:organization:identifier-no:<organisasjonsnummer> with a valid MOD11 check digit',
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
    // A web address only: the consent page sends the person's browser there.
    redirectUrl: v.nullish(v.pipe(v.string(), v.url('must be a URL'), v.regex(/^https?:\/\//i, 'must be an http or https URL'))),
    requestMessage: v.nullish(v.record(v.string(), v.string())),
    texts: v.optional(consentTextsSchema),
  });
}
