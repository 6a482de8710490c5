import type { Address } from '@felles/client-adresser';
import { h } from '../internal/option-list.js';
import { titleCase } from './format.js';

/** What an address's option shows: the street (where typed words are marked) and the second line. */
export interface AddressRow {
  street: string;
  /** Postcode, post town and municipality: "1415 Oppegård, Nordre Follo kommune". */
  place: string;
}

/** The option's two lines; `municipality` words the municipality in the page's language ("Nordre Follo kommune"). */
export const addressRow = (a: Address, municipality: (name: string) => string): AddressRow => ({
  street: a.adressetekst,
  place: `${a.postnummer} ${titleCase(a.poststed)}, ${municipality(titleCase(a.kommunenavn))}`,
});

export const rowKey = (row: AddressRow) => `${row.street}\n${row.place}`;

/**
 * Five nodes: the <li>, the street's text, a <br>, the second line's <span> and its text. The <br> breaks
 * the line and keeps a space between street and postcode in the accessible name; the space after it is
 * collapsed on screen and stays in the text for copying and search.
 */
export const buildRow = (row: AddressRow) => h('li', {}, row.street, h('br', {}), h('span', { class: 'place' }, ` ${row.place}`));
