import type { ConsentEvent, ConsentStatus } from './types.js';

const decisive: Partial<Record<ConsentEvent['eventType'], ConsentStatus>> = {
  Accepted: 'accepted',
  Rejected: 'rejected',
  Revoked: 'revoked',
  Expired: 'expired',
};

/**
 * Where a request stands, from its events and `validTo` (Altinn's JSON has no status field).
 * An accepted or pending request past `validTo` is expired even before anyone records that.
 */
export function consentStatus(
  request: { validTo: string; consented?: string | null | undefined; consentRequestEvents?: readonly ConsentEvent[] },
  now: Date = new Date(),
): ConsentStatus {
  let status: ConsentStatus = request.consented ? 'accepted' : 'pending';
  for (const event of request.consentRequestEvents ?? []) status = decisive[event.eventType] ?? status;
  if ((status === 'pending' || status === 'accepted') && Date.parse(request.validTo) <= now.getTime()) return 'expired';
  return status;
}
