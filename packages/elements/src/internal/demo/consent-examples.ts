import type { ConsentRequest, LocalizedText } from '@felles/client-samtykke';

/*
 * Consent requests shaped exactly like the sandbox's (Altinn's JSON plus `texts`), so stories show
 * every state without a server. The first is the sandbox's seeded serving-licence request.
 */

const t = (nb: string, nn: string, en: string, se: string): LocalizedText => ({ nb, nn, en, se });
const created = (id: string, by: string) => ({
  consentEventID: '01981c2f-1de4-7b9f-a7c7-854f1dd4f115',
  created: '2026-11-23T09:00:00.000Z',
  performedBy: by,
  eventType: 'Created' as const,
  consentRequestID: id,
});

const OSLO = 'urn:altinn:organization:identifier-no:958935420';
const SERVERING_ID = '5d0c3f9a-2b1e-4c8f-9a6d-7e4b2c1f0a35';

export const servingLicence: ConsentRequest = {
  id: SERVERING_ID,
  from: 'urn:altinn:organization:identifier-no:315842018',
  to: OSLO,
  requiredDelegator: null,
  handledBy: null,
  validTo: '2027-02-21T12:00:00.000Z',
  consentRights: [
    { action: ['consent'], resource: [{ type: 'urn:altinn:resource', value: 'brreg-enhet-og-roller' }] },
    { action: ['consent'], resource: [{ type: 'urn:altinn:resource', value: 'skatteetaten-skatteattest' }] },
  ],
  requestMessage: null,
  consented: null,
  redirectUrl: null,
  consentRequestEvents: [created(SERVERING_ID, OSLO)],
  viewUri: null,
  status: 'pending',
  texts: {
    requester: t('Oslo kommune', 'Oslo kommune', 'City of Oslo', 'Oslo gielda'),
    datasets: [
      {
        resource: 'brreg-enhet-og-roller',
        name: t(
          'Opplysninger om virksomheten og rollene i den (daglig leder, styre)',
          'Opplysningar om verksemda og rollene i henne (dagleg leiar, styre)',
          'Information about the business and its roles (general manager, board)',
          'Dieđut fitnodaga ja dan rollaid birra (beaivválaš jođiheaddji, stivra)',
        ),
        source: t('Brønnøysundregistrene', 'Brønnøysundregistera', 'the Brønnøysund Register Centre', 'Brønnøysundregistarat'),
      },
      {
        resource: 'skatteetaten-skatteattest',
        name: t(
          'Skatteattest: om virksomheten skylder skatt eller merverdiavgift',
          'Skatteattest: om verksemda skuldar skatt eller meirverdiavgift',
          'Tax certificate: whether the business owes tax or VAT',
          'Vearroduođaštus: velgá go fitnodat vearu dahje mearrinárvodivada',
        ),
        source: t('Skatteetaten', 'Skatteetaten', 'the Norwegian Tax Administration', 'Vearroetáhtta'),
      },
    ],
    purpose: t(
      'Behandle søknaden om serveringsbevilling for Fjordkanten Servering AS: kommunen sjekker hvem som har vesentlig innflytelse i virksomheten, og om skatter og avgifter er betalt.',
      'Handsame søknaden om serveringsløyve for Fjordkanten Servering AS: kommunen sjekkar kven som har vesentleg innverknad i verksemda, og om skattar og avgifter er betalte.',
      'To process the application for a serving licence for Fjordkanten Servering AS: the municipality checks who has significant influence over the business and whether taxes and duties have been paid.',
      'Meannudit Fjordkanten Servering AS bálvalanlohpeohcama: gielda dárkista geas lea mearkkašahtti váikkuhus fitnodagas, ja leat go vearut ja divadat máksojuvvon.',
    ),
    legalBasis: t(
      'Samtykke (personvernforordningen artikkel 6 nr. 1 bokstav a). Kravene til søknaden står i serveringsloven §§ 4 til 6.',
      'Samtykke (personvernforordninga artikkel 6 nr. 1 bokstav a). Krava til søknaden står i serveringslova §§ 4 til 6.',
      'Consent (Article 6(1)(a) of the General Data Protection Regulation). The requirements for the application are in sections 4 to 6 of the Serving Act.',
      'Miehtan (persovdnasuodjalanásahusa artihkal 6 nr. 1 bustávva a). Ohcama gáibádusat leat bálvalanlága §§ 4–6.',
    ),
    privacyUrl: 'https://www.oslo.kommune.no/personvern-og-informasjonssikkerhet/',
    consequenceOfNo: t(
      'Da må du selv laste opp firmaattest og skatteattest før søknaden kan behandles. Søknaden blir vurdert på samme måte, men det tar lengre tid.',
      'Då må du sjølv laste opp firmaattest og skatteattest før søknaden kan handsamast. Søknaden blir vurdert på same måte, men det tek lengre tid.',
      'Then you must upload a certificate of registration and a tax certificate yourself before the application can be processed. It is assessed the same way, but takes longer.',
      'De fertet ieš bidjat fitnodatduođaštusa ja vearroduođaštusa ovdal go ohcan sáhttá meannuduvvot. Ohcan árvvoštallojuvvo seamma láhkai, muhto dat ádjána guhkit.',
    ),
  },
};

/** Altinn's own example (consentrequest-response.json): no `texts`, so the dialog shows what the JSON has. */
export const altinnExample: ConsentRequest = {
  id: '77ed8698-e619-4066-9eb4-5c1eb3f165a1',
  from: 'urn:altinn:person:identifier-no:21818297804',
  to: 'urn:altinn:organization:identifier-no:991825827',
  validTo: '2027-07-18T06:18:12.25971+00:00',
  consentRights: [
    { action: ['consent'], resource: [{ type: 'urn:altinn:resource', value: 'standard-samtykke-for-dele-data' }], metaData: { inntektsaar: '2023' } },
    { action: ['consent'], resource: [{ type: 'urn:altinn:resource', value: 'standard-samtykke-for-dele-data' }], metaData: { inntektsaar: '2024' } },
  ],
  requestMessage: null,
  consented: null,
  redirectUrl: 'https://altinn.no',
  consentRequestEvents: [created('77ed8698-e619-4066-9eb4-5c1eb3f165a1', 'urn:altinn:organization:identifier-no:991825827')],
  viewUri: 'https://am.ui.tt02.altinn.no/accessmanagement/ui/consent/request?id=77ed8698-e619-4066-9eb4-5c1eb3f165a1',
  status: 'pending',
};

/** A request as it stands after a decision. */
export function decided(request: ConsentRequest, status: 'accepted' | 'rejected' | 'revoked'): ConsentRequest {
  return { ...request, status, consented: status === 'rejected' ? null : '2026-11-23T09:05:00.000Z' };
}
