import { organizationUrn, type ConsentRight } from '@felles/client-samtykke';
import type { ConsentStore } from '../samtykke/store.js';
import type { RegisteredClient } from './clients.js';
import { GrantError } from './grant.js';

export const consentDetailType = 'urn:altinn:consent';

/** A consent as the issued token repeats it (Altinn's "Retrieve consent token"). */
export interface ConsentDetail {
  type: typeof consentDetailType;
  id: string;
  from: string;
  to: { authority: 'iso6523-actorid-upis'; ID: string };
  consented: string;
  validTo: string;
  consentRights: ConsentRight[];
}

const refuse = (description: string) => new GrantError('invalid_authorization_details', description);

/**
 * What Maskinporten asks Altinn before it issues a consent token: each entry of the grant's
 * `authorization_details` must name (`id`, `from`) a consent that exists, was given to the organisation
 * owning the client, and is accepted and not past `validTo` now. Anything else: no token (400
 * `invalid_authorization_details`, RFC 9396). A consent that exists with another `from` is answered like
 * one that does not exist, so a grant cannot probe whose consents there are.
 */
export function consentDetails(details: unknown, client: RegisteredClient, store: ConsentStore | undefined): ConsentDetail[] {
  if (!Array.isArray(details) || details.length === 0) {
    throw refuse('authorization_details must be a non-empty array of objects.');
  }
  return details.map((detail: unknown) => {
    if (!detail || typeof detail !== 'object') throw refuse('Each entry of authorization_details must be an object.');
    const { type, id, from, ...rest } = detail as Record<string, unknown>;
    if (type !== consentDetailType) throw refuse(`Unsupported authorization_details type ${String(type)}; this issuer knows ${consentDetailType}.`);
    if (typeof id !== 'string' || typeof from !== 'string') throw refuse(`A ${consentDetailType} entry needs "id" and "from".`);
    const extra = Object.keys(rest);
    if (extra.length) throw refuse(`Unknown fields in a ${consentDetailType} entry: ${extra.join(', ')}.`);
    if (!store) throw refuse('No consent register answers in this sandbox (the consent service is not running).');
    const request = store.view(id);
    if (!request || request.from !== from) throw refuse(`No consent ${id} from ${from} was found.`);
    if (request.to !== organizationUrn(client.orgnr)) {
      throw refuse(`Consent ${id} was given to ${request.to}, not to the organisation owning ${client.clientId} (${client.orgnr}).`);
    }
    if (request.status !== 'accepted') {
      const why = { pending: 'has not been answered', rejected: 'was rejected', revoked: 'was revoked', expired: 'has expired' }[request.status];
      throw refuse(`Consent ${id} ${why}.`);
    }
    return {
      type: consentDetailType,
      id,
      from,
      to: { authority: 'iso6523-actorid-upis', ID: `0192:${client.orgnr}` },
      consented: request.consented!,
      validTo: request.validTo,
      consentRights: request.consentRights,
    };
  });
}
