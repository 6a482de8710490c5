import { bank, brreg, kommunen } from '../bodies.js';
import { kulturOgLikestillingsdepartementet } from '../ministries.js';
import type { LifeEvent, ResponsibleBody } from '../types.js';

const organisasjonen: ResponsibleBody = {
  name: { nb: 'Organisasjonen selv', nn: 'Organisasjonen sjølv', en: 'The organisation itself' },
  level: 'voluntary',
};

// Norsk Tipping is a state-owned company that runs the Grassroots Share for the state.
const norskTipping: ResponsibleBody = {
  name: { nb: 'Norsk Tipping', nn: 'Norsk Tipping', en: 'Norsk Tipping' },
  level: 'state',
};

const lottstift: ResponsibleBody = {
  name: { nb: 'Lotteri- og stiftelsestilsynet', nn: 'Lotteri- og stiftingstilsynet', en: 'Norwegian Gaming and Foundation Authority' },
  level: 'state',
};

const politiet: ResponsibleBody = {
  name: { nb: 'Politiet', nn: 'Politiet', en: 'The police' },
  level: 'state',
};

const LAG_OG_FORENING = 'https://www.brreg.no/lag-og-forening/';

export const lifeEvent: LifeEvent = {
  id: 'voluntary-organisation',
  title: {
    nb: 'Starte og drive en frivillig organisasjon',
    nn: 'Starte og drive ein frivillig organisasjon',
    en: 'Starting and running a voluntary organisation',
  },
  summary: {
    nb: 'Stiftelse, registrering, bankkonto og støtteordninger for lag og foreninger.',
    nn: 'Skiping, registrering, bankkonto og stønadsordningar for lag og foreiningar.',
    en: 'Founding, registration, a bank account and support schemes for clubs and associations.',
  },
  ministry: kulturOgLikestillingsdepartementet,
  steps: [
    {
      id: 'founding-meeting',
      title: {
        nb: 'Hold stiftelsesmøte og vedta vedtekter',
        nn: 'Hald skipingsmøte og vedta vedtekter',
        en: 'Hold a founding meeting and adopt statutes',
      },
      description: {
        nb: 'Vedtektene sier hva organisasjonen skal gjøre og hvordan den styres. Velg et styre og skriv protokoll.',
        nn: 'Vedtektene seier kva organisasjonen skal gjere og korleis han blir styrt. Vel eit styre og skriv protokoll.',
        en: 'The statutes say what the organisation does and how it is run. Elect a board and write minutes.',
      },
      body: organisasjonen,
      url: 'https://www.frivillighetnorge.no/',
    },
    {
      id: 'register-organisation',
      title: {
        nb: 'Registrer i Enhetsregisteret og Frivillighetsregisteret',
        nn: 'Registrer i Einingsregisteret og Frivilligregisteret',
        en: 'Register in the Central Coordinating Register and the Register of Non-Profit Organisations',
      },
      description: {
        nb: 'Registreringen gir organisasjonsnummer. Frivillighetsregisteret er gratis og gir tilgang til Grasrotandelen og momskompensasjon.',
        nn: 'Registreringa gir organisasjonsnummer. Frivilligregisteret er gratis og gir tilgang til Grasrotdelen og momskompensasjon.',
        en: 'Registration gives an organisation number. The non-profit register is free and opens the Grassroots Share and VAT compensation.',
      },
      body: brreg,
      url: LAG_OG_FORENING,
    },
    {
      id: 'bank-account',
      title: { nb: 'Opprett bankkonto', nn: 'Opprett bankkonto', en: 'Open a bank account' },
      description: {
        nb: 'Banken trenger organisasjonsnummer, vedtekter og protokollen som viser hvem som sitter i styret.',
        nn: 'Banken treng organisasjonsnummer, vedtekter og protokollen som viser kven som sit i styret.',
        en: 'The bank needs the organisation number, the statutes and the minutes showing who is on the board.',
      },
      body: bank,
      url: LAG_OG_FORENING,
    },
    {
      id: 'funding',
      relation: 'and',
      steps: [
        {
          id: 'grassroots-share',
          title: { nb: 'Meld dere på Grasrotandelen', nn: 'Meld dykk på Grasrotdelen', en: 'Join the Grassroots Share' },
          description: {
            nb: 'Spillere hos Norsk Tipping kan gi en del av innsatsen sin til organisasjonen.',
            nn: 'Spelarar hos Norsk Tipping kan gi ein del av innsatsen sin til organisasjonen.',
            en: 'Norsk Tipping players can give part of their stake to your organisation.',
          },
          body: norskTipping,
          url: 'https://www.norsk-tipping.no/grasrotandelen',
          optional: true,
        },
        {
          id: 'vat-compensation',
          title: { nb: 'Søk om momskompensasjon', nn: 'Søk om momskompensasjon', en: 'Apply for VAT compensation' },
          description: {
            nb: 'Organisasjoner i Frivillighetsregisteret kan få tilbake mye av momsen de har betalt. Fristen er 1. september.',
            nn: 'Organisasjonar i Frivilligregisteret kan få tilbake mykje av momsen dei har betalt. Fristen er 1. september.',
            en: 'Organisations in the non-profit register can get back much of the VAT they have paid. The deadline is 1 September.',
          },
          body: lottstift,
          url: 'https://lottstift.no/',
          optional: true,
        },
        {
          id: 'local-grants',
          title: { nb: 'Søk om lokale tilskudd', nn: 'Søk om lokale tilskot', en: 'Apply for local grants' },
          description: {
            nb: 'Mange kommuner gir tilskudd til lag og foreninger, for eksempel til aktiviteter for barn og unge.',
            nn: 'Mange kommunar gir tilskot til lag og foreiningar, til dømes til aktivitetar for barn og unge.',
            en: 'Many municipalities give grants to clubs and associations, for example for activities for children and young people.',
          },
          body: kommunen,
          url: 'https://www.frivillighetnorge.no/',
          optional: true,
        },
      ],
    },
    {
      id: 'police-certificate',
      title: { nb: 'Be om politiattest fra frivillige', nn: 'Be om politiattest frå frivillige', en: 'Ask volunteers for a police certificate' },
      description: {
        nb: 'Frivillige som skal ha ansvar for barn eller personer med nedsatt funksjonsevne, må ofte vise politiattest.',
        nn: 'Frivillige som skal ha ansvar for barn eller personar med nedsett funksjonsevne, må ofte vise politiattest.',
        en: 'Volunteers who will be responsible for children or people with disabilities often must show a police certificate.',
      },
      body: politiet,
      url: 'https://www.politiet.no/tjenester/politiattest/',
      optional: true,
    },
    {
      id: 'annual-meeting',
      title: {
        nb: 'Hold årsmøte og oppdater registrene',
        nn: 'Hald årsmøte og oppdater registera',
        en: 'Hold the annual meeting and update the registers',
      },
      description: {
        nb: 'Årsmøtet velger styre og godkjenner regnskapet. Meld endringer i styret til Brønnøysundregistrene.',
        nn: 'Årsmøtet vel styre og godkjenner rekneskapen. Meld endringar i styret til Brønnøysundregistera.',
        en: 'The annual meeting elects the board and approves the accounts. Report board changes to the Brønnøysund Register Centre.',
      },
      body: brreg,
      url: LAG_OG_FORENING,
    },
  ],
};

export default lifeEvent;
