import { invalidRequest } from '@felles/client-core';
import { parsePartyUrn } from './identifiers.js';

/*
 * The checks the person-facing client makes before sending, in plain code: it runs in browsers,
 * where a valibot pipe with regex, check and length actions would cost more than the checks
 * themselves. Each throws a `FellesValidationError` (source `request`) naming the argument.
 */

export const UUID = /^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/i;

export function checkId(id: string): string {
  if (!UUID.test(id)) invalidRequest('id', 'must be a UUID');
  return id;
}

/** Keys travel in a header, so they are bounded like one. */
export function checkKey(key: string): string {
  if (typeof key !== 'string' || !key || key.length > 255) invalidRequest('idempotencyKey', 'must be 1 to 255 characters');
  return key;
}

export function checkSubject(urn: string): string {
  if (typeof urn !== 'string' || !parsePartyUrn(urn)) {
    invalidRequest('subject', 'must be a person or organisation URN with valid check digits');
  }
  return urn;
}
