import { randomUUID } from 'node:crypto';
import { ConsentConflictError, organizationUrn, personUrn, type ConsentClient, type ConsentDecision, type ConsentRequest } from '@felles/client-samtykke';
import { consentSubject } from '../consents/subject.js';
import type { EnhetsregisterClient } from '@felles/client-enhetsregisteret';
import type { Journey, LicenceRecord } from '../../journey/types.js';
import { consentTexts, requestMessage, resources } from './consent-texts.js';
import type { Municipality } from './municipality.js';

/** How long the municipality may fetch the data: long enough for a licence case. */
const validForDays = 90;

const right = (resource: string) => ({ action: ['consent'], resource: [{ type: 'urn:altinn:resource', value: resource }] });

/**
 * Asks the person, on behalf of the company (or themselves, for a company not registered yet), to
 * let the municipality fetch the company's data from Brønnøysund and a tax certificate.
 */
export async function createLicenceConsent(
  client: ConsentClient,
  journey: Journey & Required<Pick<Journey, 'company' | 'premises'>>,
  municipality: Municipality,
  origin: string,
): Promise<ConsentRequest> {
  const { company, premises } = journey;
  const address = `${premises.adressetekst}, ${premises.postnummer} ${premises.poststed}`;
  const onBehalfOfCompany = Boolean(company.organisasjonsnummer);
  return client.createRequest({
    id: randomUUID(),
    from: consentSubject(journey),
    requiredDelegator: onBehalfOfCompany ? personUrn(journey.pid) : null,
    to: organizationUrn(municipality.organisasjonsnummer),
    validTo: new Date(Date.now() + validForDays * 86_400_000).toISOString(),
    consentRights: [right(resources.company), right(resources.taxCertificate)],
    redirectUrl: `${origin}/licence`,
    requestMessage: requestMessage(),
    texts: consentTexts({ kommune: municipality.kommunenavn, company: company.navn, address, privacyUrl: `${origin}/privacy` }),
  });
}

/**
 * Records a decision made on the demo's own form (the page without script). `idempotencyKey` is
 * the same for every attempt at one decision (kept in the session), so a repeated post is recorded once.
 */
export async function decideLicenceConsent(
  client: ConsentClient,
  consentId: string,
  decision: ConsentDecision,
  idempotencyKey: string,
): Promise<{ request: ConsentRequest; conflict: boolean }> {
  try {
    return { request: await client.decide(consentId, decision, { idempotencyKey }), conflict: false };
  } catch (error) {
    if (error instanceof ConsentConflictError) return { request: error.current, conflict: true };
    throw error;
  }
}

/** When the consent was given or refused, from the request's events. */
export function decidedAt(request: ConsentRequest): string | undefined {
  const event = [...request.consentRequestEvents].reverse().find((e) => e.eventType === 'Accepted' || e.eventType === 'Rejected');
  return event?.created ?? request.consented ?? undefined;
}

/**
 * With consent given, the municipality fetches the company's data instead of asking the person:
 * here, from Enhetsregisteret. A company not registered yet has nothing to fetch.
 */
export async function fetchWithConsent(register: EnhetsregisterClient, journey: Journey): Promise<LicenceRecord['fetched']> {
  const orgnr = journey.company?.organisasjonsnummer;
  if (!orgnr) return undefined;
  const lookup = await register.getEnhet(orgnr);
  if (lookup.status !== 'found') return undefined;
  return {
    navn: lookup.enhet.navn,
    organisasjonsnummer: lookup.enhet.organisasjonsnummer,
    organisasjonsform: lookup.enhet.organisasjonsform.beskrivelse,
    fetchedAt: new Date().toISOString(),
  };
}
