import type { ConsentStatus } from '@felles/client-samtykke';
import type { StepStatus } from '@felles/life-events';

export interface CompanyRecord {
  /** Found in Enhetsregisteret, or a new company the person described. */
  source: 'register' | 'new';
  organisasjonsnummer?: string;
  navn: string;
  organisasjonsform?: { kode: string; beskrivelse: string };
  /** Municipality of the business address, when the register has one. */
  kommunenummer?: string;
  /** What the person typed to find or describe it (a number or a name). */
  typed: string;
  savedAt: string;
}

export interface PremisesRecord {
  adressetekst: string;
  postnummer: string;
  poststed: string;
  kommunenummer: string;
  kommunenavn: string;
  adressekode?: number;
  nummer?: number;
  bokstav?: string;
  lat?: number;
  lon?: number;
  /** What the person typed in the address field. */
  typed: string;
  savedAt: string;
}

export interface LicenceRecord {
  /** The consent request in the consent API; also its idempotency key. */
  consentId: string;
  /** The municipality that grants the licence and asks for the data. */
  municipality: { kommunenummer: string; kommunenavn: string; organisasjonsnummer: string };
  /** Last known status of the consent request, as the consent API reported it. */
  consentStatus: ConsentStatus;
  requestedAt: string;
  decidedAt?: string;
  /** What was fetched with the person's consent, instead of asking them again. */
  fetched?: { navn: string; organisasjonsnummer: string; organisasjonsform?: string; fetchedAt: string };
}

export interface Journey {
  pid: string;
  name: string;
  /** Status by step id of the "start and run a business" life event. */
  progress: Record<string, StepStatus>;
  company?: CompanyRecord;
  premises?: PremisesRecord;
  licence?: LicenceRecord;
  createdAt: string;
  updatedAt: string;
}
