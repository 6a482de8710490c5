import { nav, skatteetaten } from '../bodies.js';
import { digitaliseringsOgForvaltningsdepartementet } from '../ministries.js';
import type { LifeEvent, ResponsibleBody } from '../types.js';

const tingretten: ResponsibleBody = {
  name: { nb: 'Tingretten', nn: 'Tingretten', en: 'The district court' },
  level: 'state',
};

const begravelsesbyraa: ResponsibleBody = {
  name: { nb: 'Begravelsesbyrået', nn: 'Gravferdsbyrået', en: 'The funeral home' },
  level: 'private',
};

const kartverket: ResponsibleBody = {
  name: { nb: 'Kartverket', nn: 'Kartverket', en: 'Norwegian Mapping Authority' },
  level: 'state',
};

const DOMSTOL = 'https://www.domstol.no/arv-og-skifte/dodsfall-og-arv/';

export const lifeEvent: LifeEvent = {
  id: 'death-and-inheritance',
  title: { nb: 'Dødsfall og arv', nn: 'Dødsfall og arv', en: 'Death and inheritance' },
  summary: {
    nb: 'Det praktiske etter et dødsfall: melding, gravferd, skifte av dødsboet og ytelser til etterlatte.',
    nn: 'Det praktiske etter eit dødsfall: melding, gravferd, skifte av dødsbuet og ytingar til etterlatne.',
    en: 'The practical steps after a death: notification, funeral, settling the estate and benefits for survivors.',
  },
  ministry: digitaliseringsOgForvaltningsdepartementet,
  steps: [
    {
      id: 'report-death',
      title: { nb: 'Meld dødsfallet', nn: 'Meld dødsfallet', en: 'Report the death' },
      description: {
        nb: 'Legen melder dødsfallet, og tingretten registrerer det. Ofte hjelper et begravelsesbyrå de pårørende med meldingen.',
        nn: 'Legen melder dødsfallet, og tingretten registrerer det. Ofte hjelper eit gravferdsbyrå dei pårørande med meldinga.',
        en: 'The doctor reports the death and the district court registers it. A funeral home often helps the family with the notice.',
      },
      body: tingretten,
      url: DOMSTOL,
    },
    {
      id: 'funeral',
      relation: 'and',
      steps: [
        {
          id: 'plan-funeral',
          title: { nb: 'Planlegg gravferden', nn: 'Planlegg gravferda', en: 'Plan the funeral' },
          description: {
            nb: 'Gravferden skal skje innen ti virkedager etter dødsfallet. Et begravelsesbyrå kan hjelpe med seremoni og praktiske avtaler.',
            nn: 'Gravferda skal skje innan ti yrkedagar etter dødsfallet. Eit gravferdsbyrå kan hjelpe med seremoni og praktiske avtalar.',
            en: 'The funeral must take place within ten working days of the death. A funeral home can help with the ceremony and arrangements.',
          },
          body: begravelsesbyraa,
          url: 'https://lovdata.no/dokument/NL/lov/1996-06-07-32',
        },
        {
          id: 'funeral-grant',
          title: { nb: 'Søk om gravferdsstønad', nn: 'Søk om gravferdsstønad', en: 'Apply for a funeral grant' },
          description: {
            nb: 'Nav kan dekke en del av utgiftene til gravferd og til frakt av den døde.',
            nn: 'Nav kan dekkje ein del av utgiftene til gravferd og til frakt av den døde.',
            en: 'Nav can cover part of the cost of the funeral and of transporting the deceased.',
          },
          body: nav,
          url: 'https://www.nav.no/gravferdsstonad',
          optional: true,
        },
      ],
    },
    {
      id: 'estate-overview',
      title: { nb: 'Få oversikt over formue og gjeld', nn: 'Få oversikt over formue og gjeld', en: 'Get an overview of assets and debts' },
      description: {
        nb: 'Tingretten kan gi arvingene fullmakt til å se avdødes bankkontoer, gjeld og andre verdier.',
        nn: 'Tingretten kan gi arvingane fullmakt til å sjå bankkontoane, gjelda og andre verdiar til den avdøde.',
        en: "The district court can give the heirs authority to see the deceased's accounts, debts and other assets.",
      },
      body: tingretten,
      url: DOMSTOL,
    },
    {
      id: 'settle-estate',
      relation: 'or',
      steps: [
        {
          id: 'private-settlement',
          title: { nb: 'Overta boet på privat skifte', nn: 'Overta buet på privat skifte', en: 'Settle the estate privately' },
          description: {
            nb: 'Arvingene fordeler arven selv og tar på seg ansvaret for gjelden. Send skifteerklæring til tingretten innen 60 dager.',
            nn: 'Arvingane fordeler arven sjølve og tek på seg ansvaret for gjelda. Send skifteerklæring til tingretten innan 60 dagar.',
            en: 'The heirs divide the estate themselves and take on the debts. Send the declaration to the district court within 60 days.',
          },
          body: tingretten,
          url: DOMSTOL,
        },
        {
          id: 'undivided-estate',
          title: { nb: 'Sitt i uskifte', nn: 'Sit i uskifte', en: 'Keep the estate undivided' },
          description: {
            nb: 'En gjenlevende ektefelle, og i noen tilfeller samboer, kan overta boet uten å dele arven nå.',
            nn: 'Ein attlevande ektefelle, og i nokre tilfelle sambuar, kan overta buet utan å dele arven no.',
            en: 'A surviving spouse, and in some cases a cohabitant, can take over the estate without dividing it now.',
          },
          body: tingretten,
          url: DOMSTOL,
        },
        {
          id: 'public-settlement',
          title: { nb: 'Be om offentlig skifte', nn: 'Be om offentleg skifte', en: 'Ask for a public settlement' },
          description: {
            nb: 'Tingretten oppnevner en bobestyrer som gjør opp boet. Det passer når arvingene er uenige eller gjelden er uklar.',
            nn: 'Tingretten oppnemner ein bustyrar som gjer opp buet. Det passar når arvingane er usamde eller gjelda er uklar.',
            en: 'The district court appoints an administrator who settles the estate. It suits when heirs disagree or the debts are unclear.',
          },
          body: tingretten,
          url: DOMSTOL,
        },
      ],
    },
    {
      id: 'survivor-benefits',
      title: { nb: 'Søk om ytelser til etterlatte', nn: 'Søk om ytingar til etterlatne', en: "Apply for survivors' benefits" },
      description: {
        nb: 'En gjenlevende ektefelle kan ha rett til omstillingsstønad, og barn kan få barnepensjon.',
        nn: 'Ein attlevande ektefelle kan ha rett til omstillingsstønad, og barn kan få barnepensjon.',
        en: 'A surviving spouse may be entitled to an adjustment allowance, and children can get a child pension.',
      },
      body: nav,
      url: 'https://www.nav.no/omstillingsstonad',
      optional: true,
    },
    {
      id: 'tax-return-for-deceased',
      title: { nb: 'Lever skattemelding for avdøde', nn: 'Lever skattemelding for den avdøde', en: 'File the tax return for the deceased' },
      description: {
        nb: 'Den som har overtatt boet, må levere skattemelding for avdøde for dødsåret.',
        nn: 'Den som har overteke buet, må levere skattemelding for den avdøde for dødsåret.',
        en: "Whoever has taken over the estate must file the deceased's tax return for the year of death.",
      },
      body: skatteetaten,
      url: 'https://www.skatteetaten.no/person/skatt/skattemelding/',
    },
    {
      id: 'inherited-property',
      title: { nb: 'Tinglys arv av eiendom', nn: 'Tinglys arv av eigedom', en: 'Register inherited property' },
      description: {
        nb: 'Arver dere bolig eller annen fast eiendom, må eierskiftet tinglyses hos Kartverket.',
        nn: 'Arvar de bustad eller annan fast eigedom, må eigarskiftet tinglysast hos Kartverket.',
        en: 'If you inherit a home or other real property, the change of owner must be registered with the Norwegian Mapping Authority.',
      },
      body: kartverket,
      url: 'https://www.kartverket.no/eiendom',
      optional: true,
    },
  ],
};

export default lifeEvent;
