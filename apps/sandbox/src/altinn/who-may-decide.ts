import { parsePartyUrn, type ConsentRequest } from '@felles/client-samtykke';
import { sharedRegister } from '../enhetsregisteret/generate.js';
import { rolesOf } from '../enhetsregisteret/roles.js';

/** Roles that let a person act for a unit on their own (Altinn's default rights from the register). */
const actingCodes = new Set(['DAGL', 'LEDE', 'INNH', 'DTPR', 'DTSO', 'KOMP']);

/**
 * Whether the person with `pid` may answer `request`: the person asked, or, for a request to an
 * organisation, someone holding a current acting role in it in the sandbox's Enhetsregisteret. When the
 * request names a `requiredDelegator` person, only that person may.
 */
export function mayDecide(request: Pick<ConsentRequest, 'from' | 'requiredDelegator'>, pid: string): boolean {
  const delegator = request.requiredDelegator ? parsePartyUrn(request.requiredDelegator) : undefined;
  if (delegator?.type === 'person') return delegator.id === pid;
  const party = parsePartyUrn(request.from);
  if (!party) return false;
  if (party.type === 'person') return party.id === pid;
  const enhet = sharedRegister().byOrgnr.get(party.id);
  if (!enhet) return false;
  return rolesOf(enhet, '', true).rollegrupper.some((group) =>
    group.roller.some((rolle) => !rolle.fratraadt && actingCodes.has(rolle.type.kode) && rolle.person.fodselsnummer === pid),
  );
}
