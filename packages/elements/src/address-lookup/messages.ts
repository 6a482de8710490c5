import { defineMessages } from '../internal/localize.js';

const nb = {
  valueMissing: 'Du må fylle ut dette feltet.',
  searching: 'Søker …',
  results: (count: number) => `${count} treff`,
  noResults: 'Ingen treff',
  unavailable: 'Adressesøket virker ikke akkurat nå.',
  busy: 'Mange søker nå. Vent litt og prøv igjen.',
  unexpected: 'Adressesøket svarte med noe vi ikke forstod.',
  offline: 'Fikk ikke kontakt med adressesøket. Sjekk nettforbindelsen.',
  retry: 'Prøv igjen',
  chooseFromList: 'Velg en adresse fra listen.',
  municipality: (name: string) => `${name} kommune`,
};

export type AddressLookupMessages = typeof nb;

/*
 * Bokmål ships with the element; the other languages load the first time the element is shown in them
 * (messages.nn.ts, messages.en.ts, messages.se.ts), so a page pays for the languages it uses. The
 * Northern Sámi texts are a first translation, to be read by a native speaker.
 */
export const messages = defineMessages<AddressLookupMessages>({
  nb,
  nn: () => import('./messages.nn.js'),
  en: () => import('./messages.en.js'),
  se: () => import('./messages.se.js'),
});
