import { organizationUrn, personUrn } from '@felles/client-samtykke';
import type { Journey } from '../../journey/types.js';

/**
 * Who the consents are asked of: the company, when it is registered (the person decides on its
 * behalf), else the person. The licence's request is made to the same party.
 */
export function consentSubject(journey: Pick<Journey, 'pid' | 'company'>): string {
  const orgnr = journey.company?.organisasjonsnummer;
  return orgnr ? organizationUrn(orgnr) : personUrn(journey.pid);
}
