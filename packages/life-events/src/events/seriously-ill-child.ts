import { kommunen, nav } from '../bodies.js';
import { helseOgOmsorgsdepartementet } from '../ministries.js';
import type { LifeEvent, ResponsibleBody } from '../types.js';

const sykehuset: ResponsibleBody = {
  name: { nb: 'Sykehuset (helseforetaket)', nn: 'Sjukehuset (helseføretaket)', en: 'The hospital (health trust)' },
  level: 'state',
};

const brukerorganisasjoner: ResponsibleBody = {
  name: { nb: 'Pasient- og brukerorganisasjoner', nn: 'Pasient- og brukarorganisasjonar', en: 'Patient and user organisations' },
  level: 'voluntary',
};

export const lifeEvent: LifeEvent = {
  id: 'seriously-ill-child',
  title: { nb: 'Alvorlig sykt barn', nn: 'Alvorleg sjukt barn', en: 'Having a seriously ill child' },
  summary: {
    nb: 'Behandling, pleiepenger, opplæring og hjelp i hverdagen når barnet ditt er alvorlig sykt.',
    nn: 'Behandling, pleiepengar, opplæring og hjelp i kvardagen når barnet ditt er alvorleg sjukt.',
    en: 'Treatment, care benefit, training and everyday help when your child is seriously ill.',
  },
  ministry: helseOgOmsorgsdepartementet,
  steps: [
    {
      id: 'treatment',
      title: { nb: 'Barnet blir utredet og behandlet', nn: 'Barnet blir utgreidd og behandla', en: 'Your child is examined and treated' },
      description: {
        nb: 'Fastlegen henviser til spesialisthelsetjenesten. Sykehuset har ansvar for behandlingen og gir dere en kontaktlege.',
        nn: 'Fastlegen tilviser til spesialisthelsetenesta. Sjukehuset har ansvar for behandlinga og gir dykk ein kontaktlege.',
        en: 'Your GP refers the child to specialist care. The hospital is responsible for treatment and gives you a contact doctor.',
      },
      body: sykehuset,
      url: 'https://www.helsenorge.no/',
    },
    {
      id: 'care-benefit',
      title: { nb: 'Søk om pleiepenger', nn: 'Søk om pleiepengar', en: 'Apply for care benefit (pleiepenger)' },
      description: {
        nb: 'Må du være borte fra jobb for å pleie barnet, kan du få pleiepenger. En lege i spesialisthelsetjenesten skriver legeerklæringen.',
        nn: 'Må du vere borte frå jobb for å pleie barnet, kan du få pleiepengar. Ein lege i spesialisthelsetenesta skriv legeerklæringa.',
        en: 'If you must stay off work to care for your child, you can get care benefit. A doctor in specialist care writes the medical certificate.',
      },
      body: nav,
      url: 'https://www.nav.no/pleiepenger-barn',
    },
    {
      id: 'more-benefits',
      relation: 'and',
      steps: [
        {
          id: 'training-allowance',
          title: { nb: 'Søk om opplæringspenger', nn: 'Søk om opplæringspengar', en: 'Apply for training allowance' },
          description: {
            nb: 'Får du opplæring i å ta vare på barnet, for eksempel på sykehuset, kan du få opplæringspenger.',
            nn: 'Får du opplæring i å ta vare på barnet, til dømes på sjukehuset, kan du få opplæringspengar.',
            en: 'If you are trained to care for your child, for example at the hospital, you can get a training allowance.',
          },
          body: nav,
          url: 'https://www.nav.no/opplaringspenger',
          optional: true,
        },
        {
          id: 'extra-care-days',
          title: { nb: 'Søk om ekstra omsorgsdager', nn: 'Søk om ekstra omsorgsdagar', en: 'Apply for extra days off to care' },
          description: {
            nb: 'Foreldre til barn med kronisk eller langvarig sykdom kan få flere dager med omsorgspenger i året.',
            nn: 'Foreldre til barn med kronisk eller langvarig sjukdom kan få fleire dagar med omsorgspengar i året.',
            en: 'Parents of children with a chronic or long-term illness can get more days of care benefit a year.',
          },
          body: nav,
          url: 'https://www.nav.no/omsorgspenger',
          optional: true,
        },
      ],
    },
    {
      id: 'coordinator',
      title: { nb: 'Få koordinator og individuell plan', nn: 'Få koordinator og individuell plan', en: 'Get a coordinator and an individual plan' },
      description: {
        nb: 'Trenger barnet langvarige tjenester fra flere steder, skal kommunen tilby en koordinator og en individuell plan.',
        nn: 'Treng barnet langvarige tenester frå fleire stader, skal kommunen tilby ein koordinator og ein individuell plan.',
        en: 'If your child needs long-term services from several places, the municipality must offer a coordinator and an individual plan.',
      },
      body: kommunen,
      url: 'https://www.helsenorge.no/',
    },
    {
      id: 'respite-care',
      title: { nb: 'Søk om avlastning og omsorgsstønad', nn: 'Søk om avlasting og omsorgsstønad', en: 'Apply for respite care and care allowance' },
      description: {
        nb: 'Kommunen kan gi avlastning og omsorgsstønad når omsorgen er særlig tyngende.',
        nn: 'Kommunen kan gi avlasting og omsorgsstønad når omsorga er særleg tyngjande.',
        en: 'The municipality can provide respite care and a care allowance when caring is especially demanding.',
      },
      body: kommunen,
      url: 'https://www.helsenorge.no/',
      optional: true,
    },
    {
      id: 'attendance-benefit',
      title: {
        nb: 'Søk om hjelpestønad eller grunnstønad',
        nn: 'Søk om hjelpestønad eller grunnstønad',
        en: 'Apply for attendance or basic benefit',
      },
      description: {
        nb: 'Trenger barnet ekstra tilsyn, eller gir sykdommen ekstra utgifter, kan Nav gi hjelpestønad eller grunnstønad.',
        nn: 'Treng barnet ekstra tilsyn, eller gir sjukdommen ekstra utgifter, kan Nav gi hjelpestønad eller grunnstønad.',
        en: 'If your child needs extra supervision or the illness brings extra costs, Nav can give attendance or basic benefit.',
      },
      body: nav,
      url: 'https://www.nav.no/hjelpestonad',
      optional: true,
    },
    {
      id: 'school-adaptation',
      title: { nb: 'Tilrettelegg i barnehage og skole', nn: 'Legg til rette i barnehage og skule', en: 'Adapt kindergarten and school' },
      description: {
        nb: 'Snakk med barnehagen eller skolen om tilrettelegging, undervisning på sykehuset og spesialpedagogisk hjelp.',
        nn: 'Snakk med barnehagen eller skulen om tilrettelegging, undervisning på sjukehuset og spesialpedagogisk hjelp.',
        en: 'Talk to the kindergarten or school about adaptations, teaching in hospital and special-needs support.',
      },
      body: kommunen,
      url: 'https://www.udir.no/',
      optional: true,
    },
    {
      id: 'peer-support',
      title: {
        nb: 'Få støtte fra andre i samme situasjon',
        nn: 'Få støtte frå andre i same situasjon',
        en: 'Get support from others in the same situation',
      },
      description: {
        nb: 'Pasient- og brukerorganisasjoner gir råd, likepersoner og samlinger for familier.',
        nn: 'Pasient- og brukarorganisasjonar gir råd, likepersonar og samlingar for familiar.',
        en: 'Patient and user organisations offer advice, peer support and gatherings for families.',
      },
      body: brukerorganisasjoner,
      url: 'https://www.ffo.no/',
      optional: true,
    },
  ],
};

export default lifeEvent;
