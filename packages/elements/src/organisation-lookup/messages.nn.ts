import type { OrganisationLookupMessages } from './messages.js';

/** The organisation lookup's texts in Nynorsk, loaded when it is first shown in them. */
const nn: Partial<OrganisationLookupMessages> = {
  valueMissing: 'Du må fylle ut dette feltet.',
  chooseFromList: 'Vel ei verksemd frå lista.',
  searching: 'Søkjer …',
  results: (count: number) => `${count} treff`,
  noResults: 'Ingen treff',
  notFound: (orgnr: string) => `Inga verksemd har organisasjonsnummer ${orgnr}.`,
  invalidNumber: (orgnr: string) => `${orgnr} er ikkje eit gyldig organisasjonsnummer. Sjekk sifra.`,
  wrongLength: 'Eit organisasjonsnummer har ni siffer.',
  unavailable: 'Einingsregisteret verkar ikkje akkurat no.',
  busy: 'Mange søkjer no. Vent litt og prøv igjen.',
  unexpected: 'Einingsregisteret svarte med noko vi ikkje forstod.',
  offline: 'Fekk ikkje kontakt med Einingsregisteret. Sjekk nettsambandet.',
  retry: 'Prøv igjen',
  orgnr: (orgnr: string) => `org.nr. ${orgnr}`,
  bankrupt: 'Konkurs',
  windingUp: 'Under avvikling',
  deleted: (date: string) => `Sletta ${date}`,
  removed: 'Fjerna frå Einingsregisteret',
  unnamed: 'Utan namn i dei opne dataa',
  cannotChoose: 'Kan ikkje veljast',
};

export default nn;
