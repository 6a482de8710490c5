import { brreg, kommunen, skatteetaten, nav } from '../bodies.js';
import { naeringsOgFiskeridepartementet } from '../ministries.js';
import type { LifeEvent, ResponsibleBody } from '../types.js';

// The business journey is written for a restaurant (serveringssted), the journey that meets the
// most authorities: registers, municipal licences, food safety, fire safety, tax and employment.

const altinn: ResponsibleBody = {
  name: {
    nb: 'Altinn (Digitaliseringsdirektoratet)',
    nn: 'Altinn (Digitaliseringsdirektoratet)',
    en: 'Altinn (Norwegian Digitalisation Agency)',
  },
  level: 'state',
};

const byggesak: ResponsibleBody = {
  name: { nb: 'Kommunen (byggesak)', nn: 'Kommunen (byggjesak)', en: 'Your municipality (building authority)' },
  level: 'municipality',
};

const brannvesenet: ResponsibleBody = {
  name: { nb: 'Brann- og redningsvesenet', nn: 'Brann- og redningsvesenet', en: 'Fire and rescue service' },
  level: 'municipality',
};

const mattilsynet: ResponsibleBody = {
  name: { nb: 'Mattilsynet', nn: 'Mattilsynet', en: 'Norwegian Food Safety Authority' },
  level: 'state',
};

const regnskapsforer: ResponsibleBody = {
  name: { nb: 'En autorisert regnskapsfører', nn: 'Ein autorisert rekneskapsførar', en: 'An authorised accountant' },
  level: 'private',
};

const forsikringsselskap: ResponsibleBody = {
  name: { nb: 'Et forsikringsselskap', nn: 'Eit forsikringsselskap', en: 'An insurance company' },
  level: 'private',
};

const SERVERINGSLOVEN = 'https://lovdata.no/dokument/NL/lov/1997-06-13-55';
const ALKOHOLLOVEN = 'https://lovdata.no/dokument/NL/lov/1989-06-02-27';

export const lifeEvent: LifeEvent = {
  id: 'start-business',
  title: { nb: 'Starte og drive bedrift', nn: 'Starte og drive bedrift', en: 'Starting and running a business' },
  summary: {
    nb: 'Fra idé til åpen restaurant: registrering, bevillinger, mattrygghet, skatt og ansatte. Stegene gjelder et serveringssted.',
    nn: 'Frå idé til open restaurant: registrering, løyve, mattryggleik, skatt og tilsette. Stega gjeld ein serveringsstad.',
    en: 'From idea to open restaurant: registration, licences, food safety, tax and staff. The steps are for a place that serves food.',
  },
  ministry: naeringsOgFiskeridepartementet,
  steps: [
    {
      id: 'choose-organisation-form',
      title: { nb: 'Velg organisasjonsform', nn: 'Vel organisasjonsform', en: 'Choose a legal form' },
      description: {
        nb: 'Bestem om restauranten skal drives som enkeltpersonforetak, aksjeselskap eller en annen form. Valget avgjør ansvar, skatt og hva du må registrere.',
        nn: 'Bestem om restauranten skal drivast som enkeltpersonføretak, aksjeselskap eller ei anna form. Valet avgjer ansvar, skatt og kva du må registrere.',
        en: 'Decide whether the restaurant will be a sole proprietorship, a limited company or another form. The choice decides liability, tax and what you must register.',
      },
      body: altinn,
      url: 'https://www.altinn.no/starte-og-drive/starte/',
    },
    {
      id: 'premises',
      relation: 'and',
      steps: [
        {
          id: 'change-of-use',
          title: { nb: 'Søk om bruksendring for lokalet', nn: 'Søk om bruksendring for lokalet', en: 'Apply for change of use of the premises' },
          description: {
            nb: 'Skal lokalet brukes til servering for første gang, må kommunen som regel godkjenne en bruksendring. Et ansvarlig foretak, for eksempel en arkitekt, søker for deg.',
            nn: 'Skal lokalet brukast til servering for første gong, må kommunen som regel godkjenne ei bruksendring. Eit ansvarleg føretak, til dømes ein arkitekt, søkjer for deg.',
            en: 'If the premises will serve food for the first time, the municipality usually has to approve a change of use. A responsible company, such as an architect, applies for you.',
          },
          body: byggesak,
          url: 'https://www.dibk.no/',
          optional: true,
        },
        {
          id: 'fire-safety',
          title: { nb: 'Sørg for brannsikkerheten', nn: 'Sørg for brannsikkerheita', en: 'Make the premises fire safe' },
          description: {
            nb: 'Eier og leietaker har ansvar for rømningsveier, brannvarsling og slukkeutstyr. Brann- og redningsvesenet kan føre tilsyn med serveringssteder.',
            nn: 'Eigar og leigetakar har ansvar for rømmingsvegar, brannvarsling og sløkkjeutstyr. Brann- og redningsvesenet kan føre tilsyn med serveringsstader.',
            en: 'Owner and tenant are responsible for escape routes, fire alarms and extinguishers. The fire and rescue service may inspect places that serve food.',
          },
          body: brannvesenet,
          url: 'https://www.dsb.no/',
        },
      ],
    },
    {
      id: 'register-company',
      title: {
        nb: 'Registrer foretaket i Enhetsregisteret og Foretaksregisteret',
        nn: 'Registrer føretaket i Einingsregisteret og Føretaksregisteret',
        en: 'Register the company in the Central Coordinating Register and the Register of Business Enterprises',
      },
      description: {
        nb: 'Send Samordnet registermelding i Altinn, så får foretaket organisasjonsnummer. Et aksjeselskap må ha betalt inn aksjekapitalen først.',
        nn: 'Send Samordna registermelding i Altinn, så får føretaket organisasjonsnummer. Eit aksjeselskap må ha betalt inn aksjekapitalen først.',
        en: 'Submit the Coordinated Register Notification in Altinn and the company gets an organisation number. A limited company must pay in its share capital first.',
      },
      body: brreg,
      url: 'https://www.brreg.no/',
    },
    {
      id: 'establishment-test',
      title: {
        nb: 'Daglig leder tar etablererprøven',
        nn: 'Dagleg leiar tek etablerarprøva',
        en: 'The daily manager takes the establishment test (etablererprøven)',
      },
      description: {
        nb: 'Daglig leder for et serveringssted må ha bestått etablererprøven i økonomistyring og regelverk. Prøven tas hos kommunen.',
        nn: 'Dagleg leiar for ein serveringsstad må ha bestått etablerarprøva i økonomistyring og regelverk. Prøva blir teken hos kommunen.',
        en: 'The daily manager of a place that serves food must pass a test in financial management and the rules. You take it at the municipality.',
      },
      body: kommunen,
      url: SERVERINGSLOVEN,
    },
    {
      id: 'serving-licence',
      title: { nb: 'Søk om serveringsbevilling', nn: 'Søk om serveringsløyve', en: 'Apply for a serving licence' },
      description: {
        nb: 'Kommunen gir bevilling til å drive serveringssted. Legg ved firmaattest, bevis for etablererprøven og leiekontrakt. Politiet og Skatteetaten uttaler seg om vandel.',
        nn: 'Kommunen gir løyve til å drive serveringsstad. Legg ved firmaattest, prov på etablerarprøva og leigekontrakt. Politiet og Skatteetaten uttaler seg om vandel.',
        en: 'The municipality licenses places that serve food. Attach the certificate of registration, proof of the test and the lease. Police and tax authorities review your conduct.',
      },
      body: kommunen,
      url: SERVERINGSLOVEN,
    },
    {
      id: 'alcohol',
      relation: 'and',
      steps: [
        {
          id: 'alcohol-knowledge-test',
          title: {
            nb: 'Styrer og stedfortreder tar kunnskapsprøven',
            nn: 'Styrar og stadfortredar tek kunnskapsprøva',
            en: 'The licence manager and deputy take the alcohol knowledge test',
          },
          description: {
            nb: 'Skal dere skjenke alkohol, må styrer og stedfortreder ha bestått kunnskapsprøven om alkoholloven. Prøven tas hos kommunen.',
            nn: 'Skal de skjenkje alkohol, må styrar og stadfortredar ha bestått kunnskapsprøva om alkohollova. Prøva blir teken hos kommunen.',
            en: 'To serve alcohol, the licence manager and deputy must pass the test on the Alcohol Act. You take it at the municipality.',
          },
          body: kommunen,
          url: ALKOHOLLOVEN,
          optional: true,
        },
        {
          id: 'alcohol-licence',
          title: { nb: 'Søk om skjenkebevilling', nn: 'Søk om skjenkeløyve', en: 'Apply for a licence to serve alcohol' },
          description: {
            nb: 'Kommunen avgjør om stedet får skjenke øl, vin eller brennevin, og til hvilke tider. Behandlingen kan ta flere måneder.',
            nn: 'Kommunen avgjer om staden får skjenkje øl, vin eller brennevin, og til kva tider. Handsaminga kan ta fleire månader.',
            en: 'The municipality decides whether you may serve beer, wine or spirits, and at what hours. Processing can take several months.',
          },
          body: kommunen,
          url: ALKOHOLLOVEN,
          optional: true,
        },
      ],
    },
    {
      id: 'food-business-registration',
      title: {
        nb: 'Registrer matbedriften hos Mattilsynet',
        nn: 'Registrer matverksemda hos Mattilsynet',
        en: 'Register the food business with the Norwegian Food Safety Authority',
      },
      description: {
        nb: 'Meld fra før dere åpner. Dere må ha internkontroll for mattrygghet (HACCP), og de ansatte må få opplæring i hygiene.',
        nn: 'Meld frå før de opnar. De må ha internkontroll for mattryggleik (HACCP), og dei tilsette må få opplæring i hygiene.',
        en: 'Notify the authority before you open. You need internal control of food safety (HACCP), and staff must be trained in hygiene.',
      },
      body: mattilsynet,
      url: 'https://www.mattilsynet.no/mat-og-drikke/matproduksjon/registrering-og-godkjenning-av-naeringsmiddelverksemder',
    },
    {
      id: 'vat-registration',
      title: {
        nb: 'Registrer virksomheten i Merverdiavgiftsregisteret',
        nn: 'Registrer verksemda i Meirverdiavgiftsregisteret',
        en: 'Register for VAT',
      },
      description: {
        nb: 'Når omsetningen passerer 50 000 kroner på tolv måneder, må dere registreres og kreve inn mva. Dere kan forhåndsregistrere dere før åpning.',
        nn: 'Når omsetnaden passerer 50 000 kroner på tolv månader, må de registrerast og krevje inn mva. De kan førehandsregistrere dykk før opning.',
        en: 'Once sales pass NOK 50,000 in twelve months you must register and charge VAT. You can register in advance, before opening.',
      },
      body: skatteetaten,
      url: 'https://www.skatteetaten.no/bedrift-og-organisasjon/avgifter/mva/registrere/',
    },
    {
      id: 'cash-register-system',
      title: { nb: 'Skaff et godkjent kassasystem', nn: 'Skaff eit godkjent kassasystem', en: 'Get a compliant cash register system' },
      description: {
        nb: 'Et serveringssted med kontantsalg, også med kort, må bruke et kassasystem med produkterklæring og innebygd kasseskuff.',
        nn: 'Ein serveringsstad med kontantsal, også med kort, må bruke eit kassasystem med produktfråsegn og innebygd kasseskuff.',
        en: 'A place with cash sales, card payments included, must use a cash register system with a product declaration and a built-in cash drawer.',
      },
      body: skatteetaten,
      url: 'https://www.skatteetaten.no/bedrift-og-organisasjon/starte-og-drive/rutiner-regnskap-og-kassasystem/kassasystem/',
    },
    {
      id: 'accounting',
      relation: 'or',
      steps: [
        {
          id: 'own-bookkeeping',
          title: { nb: 'Før regnskapet selv', nn: 'Før rekneskapen sjølv', en: 'Keep the accounts yourself' },
          description: {
            nb: 'Alle foretak har bokføringsplikt. Bruk et regnskapsprogram og ta vare på bilagene i fem år.',
            nn: 'Alle føretak har bokføringsplikt. Bruk eit rekneskapsprogram og ta vare på bilaga i fem år.',
            en: 'Every business must keep books. Use accounting software and keep the vouchers for five years.',
          },
          body: skatteetaten,
          url: 'https://www.skatteetaten.no/bedrift-og-organisasjon/starte-og-drive/rutiner-regnskap-og-kassasystem/',
        },
        {
          id: 'authorised-accountant',
          title: { nb: 'Bruk en autorisert regnskapsfører', nn: 'Bruk ein autorisert rekneskapsførar', en: 'Use an authorised accountant' },
          description: {
            nb: 'En regnskapsfører kan ta bokføring, mva-melding og a-melding. Sjekk at regnskapsføreren er autorisert av Finanstilsynet.',
            nn: 'Ein rekneskapsførar kan ta bokføring, mva-melding og a-melding. Sjekk at rekneskapsføraren er autorisert av Finanstilsynet.',
            en: 'An accountant can handle bookkeeping, VAT returns and the a-melding. Check that the accountant is authorised by the Financial Supervisory Authority.',
          },
          body: regnskapsforer,
          url: 'https://www.finanstilsynet.no/',
        },
      ],
    },
    {
      id: 'hiring',
      relation: 'and',
      steps: [
        {
          id: 'employer-registration',
          title: { nb: 'Registrer dere som arbeidsgiver', nn: 'Registrer dykk som arbeidsgivar', en: 'Register as an employer' },
          description: {
            nb: 'Før den første ansatte begynner, registreres virksomheten som arbeidsgiver. De ansatte kommer i Aa-registeret gjennom a-meldingen.',
            nn: 'Før den første tilsette byrjar, blir verksemda registrert som arbeidsgivar. Dei tilsette kjem i Aa-registeret gjennom a-meldinga.',
            en: 'Before the first employee starts, the business is registered as an employer. Employees enter the Aa register through the a-melding.',
          },
          body: nav,
          url: 'https://www.nav.no/arbeidsgiver/aa-registeret',
          optional: true,
        },
        {
          id: 'a-melding',
          title: { nb: 'Send a-melding hver måned', nn: 'Send a-melding kvar månad', en: 'Send the a-melding every month' },
          description: {
            nb: 'A-meldingen rapporterer lønn, skattetrekk og arbeidsgiveravgift til Skatteetaten, Nav og SSB. Fristen er den 5. i måneden etter.',
            nn: 'A-meldinga rapporterer løn, skattetrekk og arbeidsgivaravgift til Skatteetaten, Nav og SSB. Fristen er den 5. i månaden etter.',
            en: "The a-melding reports pay, tax deductions and employer's contributions to the tax authority, Nav and Statistics Norway. It is due on the 5th of the next month.",
          },
          body: skatteetaten,
          url: 'https://www.skatteetaten.no/bedrift-og-organisasjon/arbeidsgiver/a-meldingen/',
          optional: true,
        },
        {
          id: 'employee-insurance',
          title: {
            nb: 'Tegn yrkesskadeforsikring og tjenestepensjon',
            nn: 'Teikn yrkesskadeforsikring og tenestepensjon',
            en: 'Take out occupational injury insurance and a pension scheme',
          },
          description: {
            nb: 'Arbeidsgivere må forsikre de ansatte mot yrkesskade og har som regel plikt til tjenestepensjon (OTP). Begge kjøpes av et forsikringsselskap.',
            nn: 'Arbeidsgivarar må forsikre dei tilsette mot yrkesskade og har som regel plikt til tenestepensjon (OTP). Begge blir kjøpte av eit forsikringsselskap.',
            en: 'Employers must insure staff against occupational injury and usually must provide an occupational pension (OTP). Both are bought from an insurer.',
          },
          body: forsikringsselskap,
          url: 'https://lovdata.no/dokument/NL/lov/1989-06-16-65',
          optional: true,
        },
      ],
    },
    {
      id: 'ongoing-reporting',
      title: { nb: 'Rapporter og betal skatt og avgift', nn: 'Rapporter og betal skatt og avgift', en: 'Report and pay tax and VAT' },
      description: {
        nb: 'Send mva-melding annenhver måned, betal forskuddsskatt og lever skattemelding for næringsdrivende hvert år.',
        nn: 'Send mva-melding annankvar månad, betal forskotsskatt og lever skattemelding for næringsdrivande kvart år.',
        en: 'File the VAT return every two months, pay advance tax and file the business tax return every year.',
      },
      body: skatteetaten,
      url: 'https://www.skatteetaten.no/bedrift-og-organisasjon/',
    },
  ],
};

export default lifeEvent;
