import { kommunen, nav, skatteetaten } from '../bodies.js';
import { arbeidsOgInkluderingsdepartementet } from '../ministries.js';
import type { LifeEvent } from '../types.js';

export const lifeEvent: LifeEvent = {
  id: 'having-a-child',
  title: { nb: 'Få barn', nn: 'Få barn', en: 'Having a child' },
  summary: {
    nb: 'Fra svangerskap til barnehage: helsehjelp, foreldrepenger, navn og barnetrygd.',
    nn: 'Frå svangerskap til barnehage: helsehjelp, foreldrepengar, namn og barnetrygd.',
    en: 'From pregnancy to kindergarten: health care, parental benefit, naming and child benefit.',
  },
  ministry: arbeidsOgInkluderingsdepartementet,
  steps: [
    {
      id: 'pregnancy-check-ups',
      title: { nb: 'Gå til svangerskapskontroll', nn: 'Gå til svangerskapskontroll', en: 'Go to pregnancy check-ups' },
      description: {
        nb: 'Kontrollene er gratis hos fastlegen eller jordmor på helsestasjonen. Bestill den første tidlig i svangerskapet.',
        nn: 'Kontrollane er gratis hos fastlegen eller jordmor på helsestasjonen. Bestill den første tidleg i svangerskapet.',
        en: 'Check-ups are free with your GP or the midwife at the health centre. Book the first one early in the pregnancy.',
      },
      body: kommunen,
      url: 'https://www.helsenorge.no/gravid/',
    },
    {
      id: 'parental-benefit',
      relation: 'or',
      steps: [
        {
          id: 'foreldrepenger',
          title: { nb: 'Søk om foreldrepenger', nn: 'Søk om foreldrepengar', en: 'Apply for parental benefit' },
          description: {
            nb: 'Har du hatt inntekt i seks av de siste ti månedene, kan du få foreldrepenger i permisjonen. Søk om lag fire uker før den starter.',
            nn: 'Har du hatt inntekt i seks av dei siste ti månadene, kan du få foreldrepengar i permisjonen. Søk om lag fire veker før han byrjar.',
            en: 'If you have had an income for six of the last ten months, you can get parental benefit during leave. Apply about four weeks before it starts.',
          },
          body: nav,
          url: 'https://www.nav.no/foreldrepenger',
        },
        {
          id: 'engangsstonad',
          title: { nb: 'Søk om engangsstønad', nn: 'Søk om eingongsstønad', en: 'Apply for the lump-sum grant' },
          description: {
            nb: 'Har du ikke rett til foreldrepenger, kan du få en engangssum ved fødsel eller adopsjon.',
            nn: 'Har du ikkje rett til foreldrepengar, kan du få ein eingongssum ved fødsel eller adopsjon.',
            en: 'If you do not qualify for parental benefit, you can get a one-off payment at birth or adoption.',
          },
          body: nav,
          url: 'https://www.nav.no/engangsstonad',
        },
      ],
    },
    {
      id: 'birth-registration',
      title: { nb: 'Barnet får fødselsnummer', nn: 'Barnet får fødselsnummer', en: 'The child gets an identity number' },
      description: {
        nb: 'Fødselen meldes til Folkeregisteret, og barnet får fødselsnummer uten at du søker. Sjekk at foreldrene er riktig registrert.',
        nn: 'Fødselen blir meld til Folkeregisteret, og barnet får fødselsnummer utan at du søkjer. Sjekk at foreldra er rett registrerte.',
        en: 'The birth is reported to the population register and the child gets an identity number without an application. Check that the parents are registered correctly.',
      },
      body: skatteetaten,
      url: 'https://www.skatteetaten.no/person/folkeregister/',
    },
    {
      id: 'name-the-child',
      title: { nb: 'Meld navnet til barnet', nn: 'Meld namnet til barnet', en: "Report the child's name" },
      description: {
        nb: 'Navnet må meldes til Skatteetaten innen seks måneder etter fødselen. Det gjøres digitalt.',
        nn: 'Namnet må meldast til Skatteetaten innan seks månader etter fødselen. Det blir gjort digitalt.',
        en: 'The name must be reported to the Tax Administration within six months of the birth. You do it online.',
      },
      body: skatteetaten,
      url: 'https://www.skatteetaten.no/person/folkeregister/navn/',
    },
    {
      id: 'child-benefit',
      title: { nb: 'Få barnetrygd', nn: 'Få barnetrygd', en: 'Receive child benefit' },
      description: {
        nb: 'Nav innvilger vanligvis barnetrygd uten søknad når barnet er født. Ved for eksempel adopsjon må du søke selv.',
        nn: 'Nav innvilgar vanlegvis barnetrygd utan søknad når barnet er fødd. Ved til dømes adopsjon må du søkje sjølv.',
        en: 'Nav usually grants child benefit without an application after the birth. In cases such as adoption you must apply.',
      },
      body: nav,
      url: 'https://www.nav.no/barnetrygd',
    },
    {
      id: 'health-centre',
      title: { nb: 'Følg opp på helsestasjonen', nn: 'Følg opp på helsestasjonen', en: 'Visit the child health centre' },
      description: {
        nb: 'Helsestasjonen kommer på hjemmebesøk etter fødselen og følger barnets helse og vaksiner fram til skolealder.',
        nn: 'Helsestasjonen kjem på heimebesøk etter fødselen og følgjer helsa og vaksinane til barnet fram til skulealder.',
        en: "The health centre visits you at home after the birth and follows the child's health and vaccinations until school age.",
      },
      body: kommunen,
      url: 'https://www.helsenorge.no/',
    },
    {
      id: 'childcare',
      relation: 'or',
      steps: [
        {
          id: 'kindergarten',
          title: { nb: 'Søk barnehageplass', nn: 'Søk barnehageplass', en: 'Apply for a kindergarten place' },
          description: {
            nb: 'Søk innen kommunens frist for hovedopptaket. Barn som fyller ett år innen utgangen av november, har rett til plass.',
            nn: 'Søk innan fristen til kommunen for hovudopptaket. Barn som fyller eitt år innan utgangen av november, har rett til plass.',
            en: "Apply by the municipality's deadline for the main admission. Children who turn one by the end of November have a right to a place.",
          },
          body: kommunen,
          url: 'https://www.barnehagefakta.no/',
        },
        {
          id: 'cash-for-care',
          title: { nb: 'Søk om kontantstøtte', nn: 'Søk om kontantstøtte', en: 'Apply for cash-for-care benefit' },
          description: {
            nb: 'For barn mellom ett og to år som ikke har full barnehageplass, kan du få kontantstøtte.',
            nn: 'For barn mellom eitt og to år som ikkje har full barnehageplass, kan du få kontantstøtte.',
            en: 'For children aged one to two without a full-time kindergarten place, you can get cash-for-care benefit.',
          },
          body: nav,
          url: 'https://www.nav.no/kontantstotte',
        },
      ],
    },
  ],
};

export default lifeEvent;
