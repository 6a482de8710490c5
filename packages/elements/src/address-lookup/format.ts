import type { Address } from '@felles/client-adresser';

/** The address as a person writes it on a letter: "Myrvollveien 5C, 1415 OPPEGÅRD". */
export const formatAddress = (a: Pick<Address, 'adressetekst' | 'postnummer' | 'poststed'>) => `${a.adressetekst}, ${a.postnummer} ${a.poststed}`;

/** The words a person typed, without wildcards, for highlighting and for the request. */
export const wordsOf = (query: string) => query.replace(/\*/g, ' ').split(/\s+/).filter(Boolean);

/** A search for Kartverket: the last word may be unfinished, so it gets a wildcard. */
export const toSok = (query: string) => {
  const words = wordsOf(query);
  return words.length ? `${words.join(' ')}*` : '';
};
