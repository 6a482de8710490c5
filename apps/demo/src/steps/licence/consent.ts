import { randomUUID } from 'node:crypto';
import {
  ConsentConflictError,
  organizationUrn,
  personUrn,
  type ConsentClient,
  type ConsentDecision,
  type ConsentRequest,
  type EnterpriseConsentClient,
} from '@felles/client-samtykke';
import { consentSubject } from '../consents/subject.js';
import type { EnhetsregisterClient } from '@felles/client-enhetsregisteret';
import { placeName } from '../../i18n/place-name.js';
import type { Journey, LicenceRecord } from '../../journey/types.js';
import type { Organisation } from '../../maskinporten.js';
import { consentTexts, requestMessage, resources } from './consent-texts.js';
import type { Municipality } from './municipality.js';

/** How long the municipality may fetch the data: long enough for a licence case. */
const validForDays = 90;

const right = (resource: string) => ({ action: ['consent'], resource: [{ type: 'urn:altinn:resource', value: resource }] });

type Ready = Journey & Required<Pick<Journey, 'company' | 'premises'>>;

const addressOf = (premises: Ready['premises']) => `${premises.adressetekst}, ${premises.postnummer} ${placeName(premises.poststed)}`;

/**
 * Where Altinn sends the person back after deciding: the demo's return page with the request's id,
 * which it accepts only for the journey's own request.
 */
export const returnPath = (consentId: string) => `/licence/return?consentId=${encodeURIComponent(consentId)}`;

/**
 * Asks Altinn for the person's consent, on behalf of the company (or themselves, for a company not
 * registered yet), to let the requester (the organisation of the demo's Maskinporten integration)
 * fetch the company's data from Brønnøysund and a tax certificate for the licence case. Altinn
 * answers with `viewUri`, its page where the person decides.
 */
export async function createLicenceConsent(
  altinn: EnterpriseConsentClient,
  requester: Organisation,
  journey: Ready,
  municipality: Municipality,
  origin: string,
): Promise<ConsentRequest> {
  const { company, premises } = journey;
  const onBehalfOfCompany = Boolean(company.organisasjonsnummer);
  const id = randomUUID();
  return altinn.createRequest({
    id,
    from: consentSubject(journey),
    requiredDelegator: onBehalfOfCompany ? personUrn(journey.pid) : null,
    to: organizationUrn(requester.orgnr),
    validTo: new Date(Date.now() + validForDays * 86_400_000).toISOString(),
    consentRights: [right(resources.company), right(resources.taxCertificate)],
    redirectUrl: `${origin}${returnPath(id)}`,
    requestMessage: requestMessage({ kommune: municipality.kommunenavn, company: company.navn, address: addressOf(premises) }),
  });
}

/**
 * The request as the demo shows it, in its own words: Altinn's answer carries no texts. A request that
 * brought texts of its own keeps them.
 */
export function withLicenceTexts(request: ConsentRequest, journey: Journey, requester: string, origin: string): ConsentRequest {
  const { company, premises, licence } = journey;
  if (request.texts || !company || !premises || !licence) return request;
  const texts = consentTexts({
    requester,
    kommune: licence.municipality.kommunenavn,
    company: company.navn,
    address: addressOf(premises),
    privacyUrl: `${origin}/privacy`,
  });
  return { ...request, texts };
}

/**
 * Records a decision made in the demo's own dialog or form, in the consent store (in the sandbox, the
 * one behind Altinn's API). `idempotencyKey` is the same for every attempt at one decision (kept in
 * the session), so a repeated post is recorded once.
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
