import { createHttpClient } from '@felles/client-core';
import { MaskinportenError } from '@felles/client-maskinporten';
import { consentAuthorizationDetails, type ConsentRequest } from '@felles/client-samtykke';
import type { DemoMaskinporten } from '../../maskinporten.js';

/** One kind of tax or duty on the certificate, with what is overdue (whole kroner). */
export interface TaxClaim {
  kravtype: string;
  beskrivelse: string;
  restanse: number;
}

/** A tax certificate (skatteattest) for a company, as the provider issues it for a serving-licence case. */
export interface TaxCertificate {
  organisasjonsnummer: string;
  navn: string;
  /** ISO date the certificate was made. */
  attestdato: string;
  krav: TaxClaim[];
  harRestanser: boolean;
  leverteOppgaver: { merverdiavgift: boolean; aMelding: boolean; skattemelding: boolean };
  utstedtAv: string;
}

export type CertificateOutcome =
  | { kind: 'fetched'; certificate: TaxCertificate }
  /** Maskinporten gave no consent token, or the provider refused the one given: the consent does not stand. */
  | { kind: 'refused'; reason: string }
  /** Maskinporten or the provider did not answer; nothing is known. */
  | { kind: 'unavailable'; error: unknown };

export interface TaxCertificateClient {
  /** The company's certificate, fetched with a consent token that carries `consent`. */
  fetch(consent: Pick<ConsentRequest, 'id' | 'from'>, orgnr: string): Promise<CertificateOutcome>;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** The certificate reduced to the fields the demo keeps and shows, or `undefined` when it is not one. */
export function readCertificate(value: unknown): TaxCertificate | undefined {
  if (!isRecord(value) || !Array.isArray(value['krav']) || !isRecord(value['leverteOppgaver'])) return undefined;
  const { organisasjonsnummer, navn, attestdato, harRestanser, utstedtAv } = value;
  if (typeof organisasjonsnummer !== 'string' || typeof navn !== 'string' || typeof attestdato !== 'string') return undefined;
  if (typeof harRestanser !== 'boolean' || typeof utstedtAv !== 'string') return undefined;
  const krav: TaxClaim[] = [];
  for (const claim of value['krav'] as unknown[]) {
    if (
      !isRecord(claim) ||
      typeof claim['kravtype'] !== 'string' ||
      typeof claim['beskrivelse'] !== 'string' ||
      typeof claim['restanse'] !== 'number'
    ) {
      return undefined;
    }
    krav.push({ kravtype: claim['kravtype'], beskrivelse: claim['beskrivelse'], restanse: claim['restanse'] });
  }
  const filed = value['leverteOppgaver'] as Record<string, unknown>;
  const flag = (name: string) => filed[name] === true;
  return {
    organisasjonsnummer,
    navn,
    attestdato,
    krav,
    harRestanser,
    leverteOppgaver: { merverdiavgift: flag('merverdiavgift'), aMelding: flag('aMelding'), skattemelding: flag('skattemelding') },
    utstedtAv,
  };
}

/**
 * The tax certificate provider, called with a Maskinporten consent token: the token's
 * `authorization_details` carry the consent (`urn:altinn:consent` with its id and the company), and
 * Maskinporten issues it only while that consent is accepted. The provider checks the consent in the
 * token again, and whether it still stands.
 */
export function createTaxCertificateClient(options: {
  baseUrl: string;
  scope: string;
  maskinporten: DemoMaskinporten;
  timeoutMs: number;
}): TaxCertificateClient {
  const { baseUrl, scope, maskinporten, timeoutMs } = options;
  return {
    async fetch(consent, orgnr) {
      const http = createHttpClient({
        baseUrl,
        timeoutMs,
        retry: false,
        tokenProvider: maskinporten.tokenProvider({ scope, authorizationDetails: consentAuthorizationDetails(consent) }),
      });
      try {
        const response = await http.request<unknown>({ path: `enheter/${encodeURIComponent(orgnr)}`, accept: (status) => status === 403 });
        if (response.status === 403) {
          const code = isRecord(response.data) && typeof response.data['code'] === 'string' ? response.data['code'] : 'forbidden';
          return { kind: 'refused', reason: code };
        }
        const certificate = readCertificate(response.data);
        return certificate ? { kind: 'fetched', certificate } : { kind: 'unavailable', error: new Error('The tax certificate has an unknown shape') };
      } catch (error) {
        // No consent token for a consent that is not accepted (RFC 9396's answer).
        if (error instanceof MaskinportenError && error.error === 'invalid_authorization_details') return { kind: 'refused', reason: error.error };
        return { kind: 'unavailable', error };
      }
    },
  };
}
