import type { ConsentRequest } from '@felles/client-samtykke';

type Status = ConsentRequest['status'];
type Loose = Record<string, unknown> | undefined;
const decisive: Record<string, Status> = { Accepted: 'accepted', Rejected: 'rejected', Revoked: 'revoked', Expired: 'expired' };
const text = (v: unknown) => typeof v == 'string' && v != '';
const list = (v: unknown, each: (item: Loose) => unknown) => Array.isArray(v) && v.every(each);

/** The fields an element shows, each with its check, in the order they are reported. */
const checks: Record<string, (v: unknown) => unknown> = {
  id: text,
  from: text,
  to: text,
  validTo: (v) => text(v) && Date.parse(v as string) >= 0,
  consentRights: (v) => (v as unknown[])?.length && list(v, (r) => list(r?.['resource'], (x) => text(x?.['value']))),
  consentRequestEvents: (v) => v == null || list(v, (e) => text(e?.['eventType'])),
};

/**
 * A request given to an element, as Altinn sends it or as the consent client reads it: checked for the
 * fields the element shows, with `status` worked out from the events and `validTo` when it has none
 * (Altinn's JSON has none), as `consentStatus` in `@felles/client-samtykke` does. Throws a `TypeError`
 * naming the first wrong field.
 */
export function consentRequestFrom(value: unknown, now = Date.now()): ConsentRequest {
  const wrong = value instanceof Object ? Object.keys(checks).find((key) => !checks[key]!((value as Loose)![key])) : 'request';
  if (wrong) throw new TypeError(`The consent request cannot be shown: "${wrong}" is missing or malformed.`);
  const request = value as Omit<ConsentRequest, 'status'> & { status?: Status };
  const events = request.consentRequestEvents ?? [];
  let status: Status = request.consented ? 'accepted' : 'pending';
  for (const event of events) status = decisive[event.eventType] ?? status;
  // Pending or accepted (not rejected or revoked) past validTo is expired.
  if (status[0] != 'r' && Date.parse(request.validTo) <= now) status = 'expired';
  return { ...request, consentRequestEvents: events, status: request.status ?? status };
}
