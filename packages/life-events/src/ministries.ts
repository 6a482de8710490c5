import type { Ministry } from './types.js';

// The ministries responsible for the life events, by their names in 2025.

export const arbeidsOgInkluderingsdepartementet: Ministry = {
  name: {
    nb: 'Arbeids- og inkluderingsdepartementet',
    nn: 'Arbeids- og inkluderingsdepartementet',
    en: 'Ministry of Labour and Social Inclusion',
  },
  url: 'https://www.regjeringen.no/no/dep/aid/id165/',
};

export const helseOgOmsorgsdepartementet: Ministry = {
  name: {
    nb: 'Helse- og omsorgsdepartementet',
    nn: 'Helse- og omsorgsdepartementet',
    en: 'Ministry of Health and Care Services',
  },
  url: 'https://www.regjeringen.no/no/dep/hod/id421/',
};

export const kunnskapsdepartementet: Ministry = {
  name: {
    nb: 'Kunnskapsdepartementet',
    nn: 'Kunnskapsdepartementet',
    en: 'Ministry of Education and Research',
  },
  url: 'https://www.regjeringen.no/no/dep/kd/id586/',
};

// Formerly the Ministry of Local Government and Modernisation; the life event moved with the
// digitalisation portfolio in 2024.
export const digitaliseringsOgForvaltningsdepartementet: Ministry = {
  name: {
    nb: 'Digitaliserings- og forvaltningsdepartementet',
    nn: 'Digitaliserings- og forvaltningsdepartementet',
    en: 'Ministry of Digitalisation and Public Governance',
  },
  url: 'https://www.regjeringen.no/no/dep/dfd/',
};

export const naeringsOgFiskeridepartementet: Ministry = {
  name: {
    nb: 'Nærings- og fiskeridepartementet',
    nn: 'Nærings- og fiskeridepartementet',
    en: 'Ministry of Trade, Industry and Fisheries',
  },
  url: 'https://www.regjeringen.no/no/dep/nfd/id709/',
};

export const kulturOgLikestillingsdepartementet: Ministry = {
  name: {
    nb: 'Kultur- og likestillingsdepartementet',
    nn: 'Kultur- og likestillingsdepartementet',
    en: 'Ministry of Culture and Equality',
  },
  url: 'https://www.regjeringen.no/no/dep/kud/id545/',
};
