import { bank, kommunen, skatteetaten } from '../bodies.js';
import { kunnskapsdepartementet } from '../ministries.js';
import type { LifeEvent, ResponsibleBody } from '../types.js';

const udi: ResponsibleBody = {
  name: {
    nb: 'Utlendingsdirektoratet (UDI) og politiet',
    nn: 'Utlendingsdirektoratet (UDI) og politiet',
    en: 'Norwegian Directorate of Immigration (UDI) and the police',
  },
  level: 'state',
};

const hkdir: ResponsibleBody = {
  name: {
    nb: 'Direktoratet for høyere utdanning og kompetanse (HK-dir)',
    nn: 'Direktoratet for høgare utdanning og kompetanse (HK-dir)',
    en: 'Norwegian Directorate for Higher Education and Skills (HK-dir)',
  },
  level: 'state',
};

export const lifeEvent: LifeEvent = {
  id: 'new-in-norway',
  title: { nb: 'Ny i Norge', nn: 'Ny i Noreg', en: 'New in Norway' },
  summary: {
    nb: 'Opphold, folkeregistrering, skattekort, fastlege og norskopplæring for deg som flytter til Norge.',
    nn: 'Opphald, folkeregistrering, skattekort, fastlege og norskopplæring for deg som flyttar til Noreg.',
    en: 'Residence, population registration, tax card, GP and Norwegian classes for people moving to Norway.',
  },
  ministry: kunnskapsdepartementet,
  steps: [
    {
      id: 'residence',
      relation: 'or',
      steps: [
        {
          id: 'eu-eea-registration',
          title: { nb: 'Registrer deg som EU/EØS-borger', nn: 'Registrer deg som EU/EØS-borgar', en: 'Register as an EU/EEA citizen' },
          description: {
            nb: 'Skal du bo i Norge i mer enn tre måneder, registrerer du deg hos politiet. Det er gratis.',
            nn: 'Skal du bu i Noreg i meir enn tre månader, registrerer du deg hos politiet. Det er gratis.',
            en: 'If you will stay in Norway for more than three months, register with the police. It is free.',
          },
          body: udi,
          url: 'https://www.udi.no/',
        },
        {
          id: 'residence-permit',
          title: { nb: 'Søk om oppholdstillatelse', nn: 'Søk om opphaldsløyve', en: 'Apply for a residence permit' },
          description: {
            nb: 'Kommer du fra et land utenfor EU/EØS, må du ha oppholdstillatelse for å bo og arbeide i Norge.',
            nn: 'Kjem du frå eit land utanfor EU/EØS, må du ha opphaldsløyve for å bu og arbeide i Noreg.',
            en: 'If you come from outside the EU/EEA, you need a residence permit to live and work in Norway.',
          },
          body: udi,
          url: 'https://www.udi.no/',
        },
      ],
    },
    {
      id: 'id-check-and-move',
      title: {
        nb: 'Møt til ID-kontroll og meld flytting',
        nn: 'Møt til ID-kontroll og meld flytting',
        en: 'Attend an ID check and report your move',
      },
      description: {
        nb: 'Skatteetaten må se passet ditt før du blir registrert i Folkeregisteret og får fødselsnummer eller d-nummer.',
        nn: 'Skatteetaten må sjå passet ditt før du blir registrert i Folkeregisteret og får fødselsnummer eller d-nummer.',
        en: 'The Tax Administration must see your passport before you are registered in the population register and get an identity number or D number.',
      },
      body: skatteetaten,
      url: 'https://www.skatteetaten.no/person/folkeregister/',
    },
    {
      id: 'tax-card',
      title: { nb: 'Bestill skattekort', nn: 'Bestill skattekort', en: 'Order a tax deduction card' },
      description: {
        nb: 'Arbeidsgiveren trenger skattekortet ditt for å trekke riktig skatt. Uten skattekort blir det trukket 50 prosent.',
        nn: 'Arbeidsgivaren treng skattekortet ditt for å trekkje rett skatt. Utan skattekort blir det trekt 50 prosent.',
        en: 'Your employer needs your tax card to deduct the right tax. Without one, 50 per cent is deducted.',
      },
      body: skatteetaten,
      url: 'https://www.skatteetaten.no/person/skatt/skattekort/',
    },
    {
      id: 'bank-and-bankid',
      title: { nb: 'Opprett bankkonto og BankID', nn: 'Opprett bankkonto og BankID', en: 'Open a bank account and get BankID' },
      description: {
        nb: 'Med norsk bankkonto kan du få lønn, og med BankID kan du logge inn i offentlige tjenester.',
        nn: 'Med norsk bankkonto kan du få løn, og med BankID kan du logge inn i offentlege tenester.',
        en: 'A Norwegian bank account lets you receive pay, and BankID lets you log in to public services.',
      },
      body: bank,
      url: 'https://www.bankid.no/',
    },
    {
      id: 'choose-gp',
      title: { nb: 'Velg fastlege', nn: 'Vel fastlege', en: 'Choose a GP' },
      description: {
        nb: 'Alle som bor i Norge, har rett til fastlege. Du velger eller bytter fastlege på Helsenorge.',
        nn: 'Alle som bur i Noreg, har rett til fastlege. Du vel eller byter fastlege på Helsenorge.',
        en: 'Everyone living in Norway has the right to a regular GP. You choose or change your GP on Helsenorge.',
      },
      body: kommunen,
      url: 'https://www.helsenorge.no/fastlegen/',
    },
    {
      id: 'norwegian-classes',
      title: { nb: 'Meld deg på norskopplæring', nn: 'Meld deg på norskopplæring', en: 'Sign up for Norwegian classes' },
      description: {
        nb: 'Kommunen tilbyr opplæring i norsk og samfunnskunnskap. Noen har rett og plikt til opplæring, andre kan betale selv.',
        nn: 'Kommunen tilbyr opplæring i norsk og samfunnskunnskap. Nokre har rett og plikt til opplæring, andre kan betale sjølv.',
        en: 'The municipality offers classes in Norwegian and social studies. Some have a right and duty to attend; others can pay themselves.',
      },
      body: kommunen,
      url: 'https://www.imdi.no/',
    },
    {
      id: 'education-recognition',
      title: { nb: 'Få utdanningen din godkjent', nn: 'Få utdanninga di godkjend', en: 'Get your education recognised' },
      description: {
        nb: 'HK-dir vurderer utenlandsk høyere utdanning. Noen yrker, som helseyrker, krever egen autorisasjon.',
        nn: 'HK-dir vurderer utanlandsk høgare utdanning. Nokre yrke, som helseyrke, krev eigen autorisasjon.',
        en: 'HK-dir assesses foreign higher education. Some professions, such as health professions, need their own authorisation.',
      },
      body: hkdir,
      url: 'https://hkdir.no/',
      optional: true,
    },
    {
      id: 'school-and-kindergarten',
      title: { nb: 'Meld barna på barnehage og skole', nn: 'Meld barna på barnehage og skule', en: 'Enrol your children in kindergarten and school' },
      description: {
        nb: 'Barn i skolealder har rett og plikt til grunnskole. Kontakt kommunen om plass i skole og barnehage.',
        nn: 'Barn i skulealder har rett og plikt til grunnskule. Kontakt kommunen om plass i skule og barnehage.',
        en: 'Children of school age have a right and duty to attend primary school. Contact the municipality for a school or kindergarten place.',
      },
      body: kommunen,
      url: 'https://www.udir.no/',
      optional: true,
    },
  ],
};

export default lifeEvent;
