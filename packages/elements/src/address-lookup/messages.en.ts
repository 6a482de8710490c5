import type { AddressLookupMessages } from './messages.js';

/** The address lookup's texts in English, loaded when it is first shown in them. */
const en: AddressLookupMessages = {
  valueMissing: 'Please fill in this field.',
  searching: 'Searching …',
  results: (count: number) => `${count} ${count === 1 ? 'result' : 'results'}`,
  noResults: 'No results',
  unavailable: 'The address search is not working right now.',
  busy: 'Many people are searching right now. Wait a moment and try again.',
  unexpected: 'The address search answered with something we did not understand.',
  offline: 'Could not reach the address search. Check your connection.',
  retry: 'Try again',
  chooseFromList: 'Choose an address from the list.',
  municipality: (name: string) => `${name} municipality`,
};

export default en;
