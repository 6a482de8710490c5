import { defineMessages } from '../internal/localize.js';

const nb = {
  valueMissing: 'Du må fylle ut dette feltet.',
  chooseFromList: 'Velg en virksomhet fra listen.',
  searching: 'Søker …',
  results: (count: number) => (count === 1 ? '1 treff' : `${count} treff`),
  noResults: 'Ingen treff',
  notFound: (orgnr: string) => `Ingen virksomhet har organisasjonsnummer ${orgnr}.`,
  invalidNumber: (orgnr: string) => `${orgnr} er ikke et gyldig organisasjonsnummer. Sjekk sifrene.`,
  wrongLength: 'Et organisasjonsnummer har ni sifre.',
  unavailable: 'Enhetsregisteret virker ikke akkurat nå.',
  busy: 'Mange søker nå. Vent litt og prøv igjen.',
  unexpected: 'Enhetsregisteret svarte med noe vi ikke forstod.',
  offline: 'Fikk ikke kontakt med Enhetsregisteret. Sjekk nettforbindelsen.',
  retry: 'Prøv igjen',
  orgnr: (orgnr: string) => `org.nr. ${orgnr}`,
  bankrupt: 'Konkurs',
  windingUp: 'Under avvikling',
  deleted: (date: string) => `Slettet ${date}`,
  removed: 'Fjernet fra Enhetsregisteret',
  unnamed: 'Uten navn i de åpne dataene',
  cannotChoose: 'Kan ikke velges',
};

export type OrganisationLookupMessages = typeof nb;

/*
 * Bokmål ships with the element; the other languages load the first time the element is shown in them.
 * The Northern Sámi texts are a first, partial translation (Bokmål fills the gaps), awaiting review by a
 * native speaker.
 */
export const messages = defineMessages<OrganisationLookupMessages>({
  nb,
  nn: () => import('./messages.nn.js'),
  en: () => import('./messages.en.js'),
  se: () => import('./messages.se.js'),
});
