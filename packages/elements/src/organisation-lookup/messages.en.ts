import type { OrganisationLookupMessages } from './messages.js';

/** The organisation lookup's texts in English, loaded when it is first shown in them. */
const en: OrganisationLookupMessages = {
  valueMissing: 'Please fill in this field.',
  chooseFromList: 'Choose an organisation from the list.',
  searching: 'Searching …',
  results: (count: number) => (count === 1 ? '1 result' : `${count} results`),
  noResults: 'No results',
  notFound: (orgnr: string) => `No organisation has the number ${orgnr}.`,
  invalidNumber: (orgnr: string) => `${orgnr} is not a valid organisation number. Check the digits.`,
  wrongLength: 'An organisation number has nine digits.',
  unavailable: 'The Central Coordinating Register is not working right now.',
  busy: 'Many people are searching. Wait a little and try again.',
  unexpected: 'The Central Coordinating Register answered with something we did not understand.',
  offline: 'Could not reach the Central Coordinating Register. Check your connection.',
  retry: 'Try again',
  orgnr: (orgnr: string) => `org. no. ${orgnr}`,
  bankrupt: 'Bankrupt',
  windingUp: 'Being wound up',
  deleted: (date: string) => `Deleted ${date}`,
  removed: 'Removed from the register',
  unnamed: 'No name in the open data',
  cannotChoose: 'Cannot be chosen',
};

export default en;
