import type { ConsentStatus } from '@felles/client-samtykke';
import type { StepStatus } from '@felles/life-events';
import type { TaxCertificate } from '../steps/licence/tax-certificate.js';

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
  /** The consent request at Altinn; also its idempotency key. */
  consentId: string;
  /** Altinn's page where the person decides (the request's `viewUri`). */
  viewUri?: string;
  /** The municipality that grants the licence and asks for the data. */
  municipality: { kommunenummer: string; kommunenavn: string; organisasjonsnummer: string };
  /** Last known status of the consent request, as the consent API reported it. */
  consentStatus: ConsentStatus;
  requestedAt: string;
  decidedAt?: string;
  /** What was fetched with the person's consent, instead of asking them again. */
  fetched?: { navn: string; organisasjonsnummer: string; organisasjonsform?: string; fetchedAt: string };
  /** The tax certificate, last fetched with a consent token while the consent stood. */
  taxCertificate?: TaxCertificate & { fetchedAt: string };
  /**
   * Why the certificate was not fetched (again): the consent was withdrawn, refused or ran out, or the
   * provider refused the consent token. What was fetched before is then no longer kept.
   */
  taxCertificateStopped?: { reason: ConsentStatus | 'refused'; at: string };
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
