import type { Address } from '@felles/client-adresser';
import type { ReactiveControllerHost } from 'lit';
import type { ComboboxController } from '../internal/combobox-controller.js';
import type { LookupSearch } from '../internal/lookup-search.js';
import { OptionList, h } from '../internal/option-list.js';
import { placeName } from '../internal/place-name.js';
import { wordsOf } from './format.js';
import type { Ask, Found } from './search.js';

/** What an address's option shows: the street (where typed words are marked) and the second line. */
interface AddressRow {
  street: string;
  /** Postcode, post town and municipality: "1415 Oppegård, Nordre Follo kommune". */
  place: string;
}

/**
 * Five nodes: the <li>, the street's text, a <br>, the second line's <span> and its text. The <br> breaks
 * the line and keeps a space between street and postcode in the accessible name; the space after it is
 * collapsed on screen and stays in the text for copying and search.
 */
const buildRow = (row: AddressRow) => h('li', {}, row.street, h('br', {}), h('span', { class: 'place' }, ` ${row.place}`));

/**
 * The field's options: the addresses of the answer shown, the typed words marked in each street; kept as
 * they are while the next answer is on its way. `municipality` words the municipality in the page's
 * language ("Nordre Follo kommune").
 */
export function addressOptions(
  field: ReactiveControllerHost & HTMLElement,
  combobox: ComboboxController,
  search: LookupSearch<Ask, Found>,
  municipality: (name: string) => string,
): OptionList<AddressRow> {
  return new OptionList<AddressRow>(field, {
    combobox,
    items: () =>
      (search.answer?.addresses ?? []).map((a: Address) => ({
        street: a.adressetekst,
        place: `${a.postnummer} ${placeName(a.poststed)}, ${municipality(placeName(a.kommunenavn))}`,
      })),
    pending: () => search.status === 'pending',
    key: (row) => `${row.street}\n${row.place}`,
    build: buildRow,
    matches: { name: 'felles-address-match', words: () => wordsOf(search.value?.query ?? '') },
  });
}
