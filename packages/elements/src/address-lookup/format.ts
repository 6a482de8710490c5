import type { Address } from '@felles/client-adresser';

/** The address as a person writes it on a letter: "Myrvollveien 5C, 1415 OPPEGÅRD". */
export const formatAddress = (a: Pick<Address, 'adressetekst' | 'postnummer' | 'poststed'>) =>
  `${a.adressetekst}, ${a.postnummer} ${a.poststed}`;

/** "NORDRE FOLLO" → "Nordre Follo", "SØR-VARANGER" → "Sør-Varanger": easier to read in a list. */
export const titleCase = (text: string) => text.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());

/** The words a person typed, without wildcards, for highlighting and for the request. */
export const wordsOf = (query: string) => query.replace(/\*/g, ' ').split(/\s+/).filter(Boolean);

/**
 * Splits `text` into parts, marking those that match a typed word (case-insensitive), so the match
 * can be shown highlighted while everything stays text.
 */
export function highlight(text: string, words: string[]): { text: string; match: boolean }[] {
  const lower = text.toLowerCase();
  const marked = new Array<boolean>(text.length).fill(false);
  for (const word of words) {
    const w = word.toLowerCase();
    for (let i = lower.indexOf(w); i !== -1; i = lower.indexOf(w, i + 1)) marked.fill(true, i, i + w.length);
  }
  const parts: { text: string; match: boolean }[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = parts[parts.length - 1];
    if (last && last.match === marked[i]) last.text += text[i];
    else parts.push({ text: text[i]!, match: marked[i]! });
  }
  return parts;
}

/** A search for Kartverket: the last word may be unfinished, so it gets a wildcard. */
export const toSok = (query: string) => {
  const words = wordsOf(query);
  return words.length ? `${words.join(' ')}*` : '';
};
