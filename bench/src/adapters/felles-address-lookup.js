import '@felles/elements/address-lookup/define.js';
import { labels, updated, until, visible } from './wait.js';

export const tag = 'felles-address-lookup';

/** @typedef {import('@felles/elements/address-lookup').FellesAddressLookup} FellesAddressLookup */

export function create() {
  const el = document.createElement(tag);
  el.label = 'Adresse';
  return el;
}

/** @param {HTMLElement} el */
export const rendered = (el) => updated(el);

/** @param {FellesAddressLookup} el */
export const input = (el) => /** @type {HTMLInputElement} */ (el.shadowRoot?.querySelector('input'));

/**
 * Addresses shaped like Kartverket's, with the same labels the peers get.
 * @param {number} count
 */
function addresses(count) {
  return labels(count).map((label, i) => {
    const [street = '', place = ''] = label.split(', ');
    const [postnummer = '', poststed = ''] = place.split(' ');
    return {
      adressenavn: street.replace(/ \d+$/, ''),
      adressetekst: street,
      adressetekstutenadressetilleggsnavn: street,
      adressetilleggsnavn: null,
      adressekode: 1000 + i,
      nummer: i + 1,
      bokstav: '',
      kommunenummer: '0301',
      kommunenavn: 'OSLO',
      gardsnummer: 1,
      bruksnummer: i,
      festenummer: 0,
      undernummer: null,
      bruksenhetsnummer: [],
      objtype: 'Vegadresse',
      poststed,
      postnummer,
      representasjonspunkt: { epsg: 'EPSG:4258', lat: 59.9 + i / 1e4, lon: 10.7 },
      oppdateringsdato: '2024-01-01T00:00:00',
      stedfestingverifisert: true,
    };
  });
}

/**
 * Results from its `source` (a service's own address register), no pause before searching; then the person
 * types, until the last suggestion is on screen. The same path a search takes, without the network.
 * @param {FellesAddressLookup} el @param {number} count
 */
export async function openWith(el, count) {
  const results = /** @type {import('@felles/elements/address-lookup').Address[]} */ (addresses(count));
  el.debounce = 0;
  // From the first character, as the peers search: typing then shows suggestions at every keystroke.
  el.minChars = 1;
  el.maxResults = count;
  el.source = async () => results;
  const input = /** @type {HTMLInputElement} */ (el.shadowRoot?.querySelector('input'));
  // A person types into the field that has focus; the list opens only for the field in use.
  input.focus();
  input.value = 'gata';
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await until(() => {
    const options = el.shadowRoot?.querySelectorAll('[role="option"]');
    return options?.length === count && visible(options[count - 1]);
  }, `felles-address-lookup to show ${count} suggestions`);
}
