import { organizationUrn, personUrn, type ConsentDataset, type ConsentRequestInput, type LocalizedText } from '@felles/client-samtykke';
import type { ConsentAction } from './store.js';

/** The serving-licence request the demo opens; its id never changes. */
export const SERVERINGSBEVILLING_CONSENT_ID = '5d0c3f9a-2b1e-4c8f-9a6d-7e4b2c1f0a35';

/** The synthetic person (month + 80, as in Altinn's examples) most seeded requests are made to. */
export const SEED_PERSON = personUrn('21818297804');
/** A synthetic restaurant company (Tenor-style 3xx number). */
export const SEED_COMPANY = organizationUrn('315842018');

const t = (nb: string, nn: string, en: string, se: string): LocalizedText => ({ nb, nn, en, se });

const ORG = {
  oslo: organizationUrn('958935420'),
  bergen: organizationUrn('964338531'),
  lanekassen: organizationUrn('960885406'),
  bank: organizationUrn('315842026'),
};

const skatteetaten = t('Skatteetaten', 'Skatteetaten', 'the Norwegian Tax Administration', 'Vearroetáhtta');
const brreg = t('Brønnøysundregistrene', 'Brønnøysundregistera', 'the Brønnøysund Register Centre', 'Brønnøysundregistarat');

const income: ConsentDataset = {
  resource: 'skatteetaten-inntekt-og-formue',
  name: t(
    'Inntekt og formue fra skattemeldingen',
    'Inntekt og formue frå skattemeldinga',
    'Income and wealth from the tax return',
    'Boahtu ja opmodat vearrodieđáhusas',
  ),
  source: skatteetaten,
};
const incomeYear = { inntektsaar: t('Inntektsår', 'Inntektsår', 'Income year', 'Boahtojahki') };
const consentBasis = (rest: LocalizedText): LocalizedText =>
  t(
    `Samtykke (personvernforordningen artikkel 6 nr. 1 bokstav a). ${rest.nb}`,
    `Samtykke (personvernforordninga artikkel 6 nr. 1 bokstav a). ${rest.nn}`,
    `Consent (Article 6(1)(a) of the General Data Protection Regulation). ${rest.en}`,
    `Miehtan (persovdnasuodjalanásahusa artihkal 6 nr. 1 bustávva a). ${rest.se}`,
  );

const right = (resource: string, metaData?: Record<string, string>) => ({
  action: ['consent'],
  resource: [{ type: 'urn:altinn:resource', value: resource }],
  ...(metaData ? { metaData } : {}),
});

export interface Seed {
  /** Days from the first start until the consent ends. */
  validForDays: number;
  request: Omit<ConsentRequestInput, 'validTo'>;
  /** Decisions already made, in order. */
  history: ConsentAction[];
}

export const seeds: Seed[] = [
  {
    // A year, so a long-lived data folder does not see the demo's request expire.
    validForDays: 365,
    history: [],
    request: {
      id: SERVERINGSBEVILLING_CONSENT_ID,
      from: SEED_COMPANY,
      to: ORG.oslo,
      consentRights: [right('brreg-enhet-og-roller'), right('skatteetaten-skatteattest')],
      redirectUrl: `https://www.oslo.kommune.no/naringsliv/serveringsbevilling?consentId=${SERVERINGSBEVILLING_CONSENT_ID}`,
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
            source: brreg,
          },
          {
            resource: 'skatteetaten-skatteattest',
            name: t(
              'Skatteattest: om virksomheten skylder skatt eller merverdiavgift',
              'Skatteattest: om verksemda skuldar skatt eller meirverdiavgift',
              'Tax certificate: whether the business owes tax or VAT',
              'Vearroduođaštus: velgá go fitnodat vearu dahje mearrinárvodivada',
            ),
            source: skatteetaten,
          },
        ],
        purpose: t(
          'Behandle søknaden om serveringsbevilling for Fjordkanten Servering AS: kommunen sjekker hvem som har vesentlig innflytelse i virksomheten, og om skatter og avgifter er betalt.',
          'Handsame søknaden om serveringsløyve for Fjordkanten Servering AS: kommunen sjekkar kven som har vesentleg innverknad i verksemda, og om skattar og avgifter er betalte.',
          'To process the application for a serving licence for Fjordkanten Servering AS: the municipality checks who has significant influence over the business and whether taxes and duties have been paid.',
          'Meannudit Fjordkanten Servering AS bálvalanlohpeohcama: gielda dárkista geas lea mearkkašahtti váikkuhus fitnodagas, ja leat go vearut ja divadat máksojuvvon.',
        ),
        legalBasis: consentBasis(
          t(
            'Kravene til søknaden står i serveringsloven §§ 4 til 6.',
            'Krava til søknaden står i serveringslova §§ 4 til 6.',
            'The requirements for the application are in sections 4 to 6 of the Serving Act.',
            'Ohcama gáibádusat leat bálvalanlága §§ 4–6.',
          ),
        ),
        privacyUrl: 'https://www.oslo.kommune.no/personvern-og-informasjonssikkerhet/',
        consequenceOfNo: t(
          'Da må du selv laste opp firmaattest og skatteattest før søknaden kan behandles. Søknaden blir vurdert på samme måte, men det tar lengre tid.',
          'Då må du sjølv laste opp firmaattest og skatteattest før søknaden kan handsamast. Søknaden blir vurdert på same måte, men det tek lengre tid.',
          'Then you must upload a certificate of registration and a tax certificate yourself before the application can be processed. It is assessed the same way, but takes longer.',
          'De fertet ieš bidjat fitnodatduođaštusa ja vearroduođaštusa ovdal go ohcan sáhttá meannuduvvot. Ohcan árvvoštallojuvvo seamma láhkai, muhto dat ádjána guhkit.',
        ),
      },
    },
  },
  {
    validForDays: 30,
    history: [],
    request: {
      id: 'c3a7e2d4-8f61-4b09-a5d2-3e9f1b7c6a48',
      from: SEED_PERSON,
      to: ORG.lanekassen,
      consentRights: [right(income.resource, { inntektsaar: '2024' }), right(income.resource, { inntektsaar: '2025' })],
      redirectUrl: 'https://lanekassen.no/dine-sider?consentId=c3a7e2d4-8f61-4b09-a5d2-3e9f1b7c6a48',
      texts: {
        requester: t('Lånekassen', 'Lånekassen', 'The Norwegian State Educational Loan Fund', 'Stáhta oahpahusloatnakássa'),
        datasets: [income],
        metaDataLabels: incomeYear,
        purpose: t(
          'Regne ut hvor mye av lånet ditt som kan gjøres om til stipend.',
          'Rekne ut kor mykje av lånet ditt som kan gjerast om til stipend.',
          'To work out how much of your loan can be converted into a grant.',
          'Rehkenastit man ollu du loanas sáhttá rievdaduvvot stipeanda.',
        ),
        legalBasis: consentBasis(
          t(
            'Omgjøringen følger forskrift om tildeling av utdanningsstøtte.',
            'Omgjeringa følgjer forskrift om tildeling av utdanningsstøtte.',
            'The conversion follows the regulations on educational support.',
            'Rievdadeapmi čuovvu oahpahusdoarjaga láhkaásahusa.',
          ),
        ),
        privacyUrl: 'https://lanekassen.no/nb-NO/personvern/',
        consequenceOfNo: t(
          'Da må du sende dokumentasjon på inntekten din selv, og det tar lengre tid før lånet kan gjøres om.',
          'Då må du sende dokumentasjon på inntekta di sjølv, og det tek lengre tid før lånet kan gjerast om.',
          'Then you must send proof of your income yourself, and converting the loan takes longer.',
          'De fertet ieš sáddet duođaštusa iežat boađus, ja loana rievdadeapmi ádjána guhkit.',
        ),
      },
    },
  },
  {
    validForDays: 365,
    history: ['accept'],
    request: {
      id: 'e8b14f27-3c9d-4a61-8e05-b2d7f4a91c63',
      from: SEED_PERSON,
      to: ORG.bergen,
      consentRights: [right(income.resource, { inntektsaar: '2025' })],
      texts: {
        requester: t('Bergen kommune', 'Bergen kommune', 'City of Bergen', 'Bergen gielda'),
        datasets: [income],
        metaDataLabels: incomeYear,
        purpose: t(
          'Vurdere søknaden din om redusert foreldrebetaling i barnehage.',
          'Vurdere søknaden din om redusert foreldrebetaling i barnehage.',
          'To assess your application for reduced kindergarten fees.',
          'Árvvoštallat du ohcama unnit váhnenmávssu birra mánáidgárddis.',
        ),
        legalBasis: consentBasis(
          t(
            'Ordningen følger forskrift om foreldrebetaling i barnehager.',
            'Ordninga følgjer forskrift om foreldrebetaling i barnehagar.',
            'The scheme follows the regulations on parental fees in kindergartens.',
            'Ortnet čuovvu láhkaásahusa váhnenmávssu birra mánáidgárddiin.',
          ),
        ),
        privacyUrl: 'https://www.bergen.kommune.no/personvern',
        consequenceOfNo: t(
          'Da må du laste opp skattemeldingen selv. Du får samme vurdering, men det tar lengre tid.',
          'Då må du laste opp skattemeldinga sjølv. Du får same vurdering, men det tek lengre tid.',
          'Then you must upload your tax return yourself. You get the same assessment, but it takes longer.',
          'De fertet ieš bidjat vearrodieđáhusa. Don oaččut seamma árvvoštallama, muhto dat ádjána guhkit.',
        ),
      },
    },
  },
  {
    validForDays: 180,
    history: ['accept', 'revoke'],
    request: {
      id: '9f2d6b81-47ae-4c3e-b1f0-5a8c2e7d4b96',
      from: SEED_PERSON,
      to: ORG.bank,
      consentRights: [right(income.resource, { inntektsaar: '2024' }), right(income.resource, { inntektsaar: '2025' })],
      redirectUrl: 'https://bankenmin.no/huslaan?consentId=9f2d6b81-47ae-4c3e-b1f0-5a8c2e7d4b96',
      texts: {
        requester: t('Bankenmin ASA', 'Bankenmin ASA', 'Bankenmin ASA', 'Bankenmin ASA'),
        datasets: [income],
        metaDataLabels: incomeYear,
        purpose: t(
          'Vurdere søknaden din om boliglån.',
          'Vurdere søknaden din om bustadlån.',
          'To assess your mortgage application.',
          'Árvvoštallat du ássanloatnaohcama.',
        ),
        legalBasis: consentBasis(
          t(
            'Banken skal vurdere betalingsevnen din etter utlånsforskriften.',
            'Banken skal vurdere betalingsevna di etter utlånsforskrifta.',
            'The bank must assess your ability to pay under the lending regulations.',
            'Báŋku galgá árvvoštallat du máksinnávccaid loatnaláhkaásahusa mielde.',
          ),
        ),
        privacyUrl: 'https://bankenmin.no/personvern',
        consequenceOfNo: t(
          'Da må du laste opp skattemeldingen selv før banken kan behandle søknaden.',
          'Då må du laste opp skattemeldinga sjølv før banken kan handsame søknaden.',
          'Then you must upload your tax return yourself before the bank can process the application.',
          'De fertet ieš bidjat vearrodieđáhusa ovdal go báŋku sáhttá meannudit ohcama.',
        ),
      },
    },
  },
];
