import { nav } from '../bodies.js';
import { arbeidsOgInkluderingsdepartementet } from '../ministries.js';
import type { LifeEvent, ResponsibleBody } from '../types.js';

const hkdir: ResponsibleBody = {
  name: {
    nb: 'Direktoratet for høyere utdanning og kompetanse (HK-dir)',
    nn: 'Direktoratet for høgare utdanning og kompetanse (HK-dir)',
    en: 'Norwegian Directorate for Higher Education and Skills (HK-dir)',
  },
  level: 'state',
};

const lanekassen: ResponsibleBody = {
  name: { nb: 'Lånekassen', nn: 'Lånekassen', en: 'Norwegian State Educational Loan Fund (Lånekassen)' },
  level: 'state',
};

// Financial assistance is a municipal service, even though it is delivered at the Nav office.
const navKontoret: ResponsibleBody = {
  name: { nb: 'Nav-kontoret (kommunen)', nn: 'Nav-kontoret (kommunen)', en: 'Nav office (municipal services)' },
  level: 'municipality',
};

export const lifeEvent: LifeEvent = {
  id: 'losing-and-finding-a-job',
  title: { nb: 'Miste og finne jobb', nn: 'Miste og finne jobb', en: 'Losing and finding a job' },
  summary: {
    nb: 'Fra oppsigelse til ny jobb eller utdanning: dagpenger, meldekort, jobbsøking og veiledning.',
    nn: 'Frå oppseiing til ny jobb eller utdanning: dagpengar, meldekort, jobbsøking og rettleiing.',
    en: 'From dismissal to a new job or education: unemployment benefit, reporting, job search and guidance.',
  },
  ministry: arbeidsOgInkluderingsdepartementet,
  steps: [
    {
      id: 'register-job-seeker',
      title: { nb: 'Registrer deg som arbeidssøker', nn: 'Registrer deg som arbeidssøkjar', en: 'Register as a job seeker' },
      description: {
        nb: 'Registrer deg hos Nav så snart du vet at du mister jobben. Det er et vilkår for dagpenger.',
        nn: 'Registrer deg hos Nav så snart du veit at du mistar jobben. Det er eit vilkår for dagpengar.',
        en: 'Register with Nav as soon as you know you are losing your job. It is a condition for unemployment benefit.',
      },
      body: nav,
      url: 'https://www.nav.no/arbeidssoker',
    },
    {
      id: 'unemployment-benefit',
      title: { nb: 'Søk om dagpenger', nn: 'Søk om dagpengar', en: 'Apply for unemployment benefit' },
      description: {
        nb: 'Dagpenger erstatter en del av inntekten når du er helt eller delvis ledig. Søk senest den dagen du vil ha pengene fra.',
        nn: 'Dagpengar erstattar ein del av inntekta når du er heilt eller delvis ledig. Søk seinast den dagen du vil ha pengane frå.',
        en: 'Unemployment benefit replaces part of your income when you are fully or partly out of work. Apply no later than the day you want it from.',
      },
      body: nav,
      url: 'https://www.nav.no/dagpenger',
    },
    {
      id: 'employment-status-form',
      title: { nb: 'Send meldekort hver 14. dag', nn: 'Send meldekort kvar 14. dag', en: 'Send the employment status form every 14 days' },
      description: {
        nb: 'Meldekortet forteller Nav at du fortsatt søker arbeid, og hvor mye du har jobbet.',
        nn: 'Meldekortet fortel Nav at du framleis søkjer arbeid, og kor mykje du har jobba.',
        en: 'The form tells Nav that you are still looking for work and how much you have worked.',
      },
      body: nav,
      url: 'https://www.nav.no/meldekort',
    },
    {
      id: 'job-search',
      title: { nb: 'Søk jobber', nn: 'Søk jobbar', en: 'Search for jobs' },
      description: {
        nb: 'Finn ledige stillinger og lag en CV på Arbeidsplassen.',
        nn: 'Finn ledige stillingar og lag ein CV på Arbeidsplassen.',
        en: 'Find vacancies and create a CV on Arbeidsplassen.',
      },
      body: nav,
      url: 'https://arbeidsplassen.nav.no/',
    },
    {
      id: 'career-guidance',
      title: { nb: 'Få karriereveiledning', nn: 'Få karriererettleiing', en: 'Get career guidance' },
      description: {
        nb: 'Gratis veiledning på chat, telefon eller ved et karrieresenter hjelper deg å velge jobb eller utdanning.',
        nn: 'Gratis rettleiing på chat, telefon eller ved eit karrieresenter hjelper deg å velje jobb eller utdanning.',
        en: 'Free guidance by chat, phone or at a career centre helps you choose work or education.',
      },
      body: hkdir,
      url: 'https://karriereveiledning.no/',
      optional: true,
    },
    {
      id: 'education',
      relation: 'and',
      steps: [
        {
          id: 'apply-for-education',
          title: { nb: 'Søk utdanning', nn: 'Søk utdanning', en: 'Apply for education' },
          description: {
            nb: 'Søk høyere utdanning gjennom Samordna opptak. Fristen er vanligvis 15. april.',
            nn: 'Søk høgare utdanning gjennom Samordna opptak. Fristen er vanlegvis 15. april.',
            en: 'Apply for higher education through the national admission service, Samordna opptak. The deadline is usually 15 April.',
          },
          body: hkdir,
          url: 'https://www.samordnaopptak.no/',
          optional: true,
        },
        {
          id: 'student-finance',
          title: { nb: 'Søk om lån og stipend', nn: 'Søk om lån og stipend', en: 'Apply for student loans and grants' },
          description: {
            nb: 'Lånekassen gir lån og stipend til utdanning. Spør Nav først om du kan beholde dagpengene mens du studerer.',
            nn: 'Lånekassen gir lån og stipend til utdanning. Spør Nav først om du kan behalde dagpengane medan du studerer.',
            en: 'Lånekassen gives loans and grants for education. Ask Nav first whether you can keep unemployment benefit while studying.',
          },
          body: lanekassen,
          url: 'https://lanekassen.no/',
          optional: true,
        },
      ],
    },
    {
      id: 'financial-assistance',
      title: { nb: 'Søk om økonomisk sosialhjelp', nn: 'Søk om økonomisk sosialhjelp', en: 'Apply for financial assistance' },
      description: {
        nb: 'Har du ikke nok penger til å leve av, kan Nav-kontoret i kommunen gi økonomisk sosialhjelp.',
        nn: 'Har du ikkje nok pengar å leve av, kan Nav-kontoret i kommunen gi økonomisk sosialhjelp.',
        en: 'If you do not have enough to live on, the Nav office in your municipality can give financial assistance.',
      },
      body: navKontoret,
      url: 'https://www.nav.no/okonomisk-sosialhjelp',
      optional: true,
    },
  ],
};

export default lifeEvent;
