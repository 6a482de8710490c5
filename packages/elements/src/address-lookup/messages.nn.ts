import type { AddressLookupMessages } from './messages.js';

/** The address lookup's texts in Nynorsk, loaded when it is first shown in them. */
const nn: Partial<AddressLookupMessages> = {
  valueMissing: 'Du må fylle ut dette feltet.',
  searching: 'Søkjer …',
  results: (count: number) => `${count} treff`,
  noResults: 'Ingen treff',
  unavailable: 'Adressesøket verkar ikkje akkurat no.',
  busy: 'Mange søkjer no. Vent litt og prøv igjen.',
  unexpected: 'Adressesøket svarte med noko vi ikkje forstod.',
  offline: 'Fekk ikkje kontakt med adressesøket. Sjekk nettsambandet.',
  retry: 'Prøv igjen',
  chooseFromList: 'Vel ei adresse frå lista.',
  municipality: (name: string) => `${name} kommune`,
};

export default nn;
