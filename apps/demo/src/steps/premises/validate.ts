import { FellesValidationError } from '@felles/client-core';
import type { Address, AddressClient, SearchParams } from '@felles/client-adresser';
import type { PremisesRecord } from '../../journey/types.js';
import type { Logger } from '../../log.js';

/** What the address field posted: the text, and its parts when the lookup element chose an address. */
export interface PostedAddress {
  text: string;
  parts: {
    kommunenummer?: string;
    adressekode?: number;
    nummer?: number;
    bokstav?: string;
    postnummer?: string;
    poststed?: string;
    lat?: number;
    lon?: number;
  };
}

export type AddressCheck =
  | { kind: 'valid'; address: Address }
  /** Several addresses fit the text: the person picks one. */
  | { kind: 'ambiguous'; candidates: Address[] }
  | { kind: 'missing' }
  | { kind: 'not-found' }
  | { kind: 'unavailable' };

const intOrUndefined = (value: string | null) => (value && /^\d{1,6}$/.test(value) ? Number(value) : undefined);

/** Reads `name`, `name.kommunenummer`, … as `<felles-address-lookup name>` posts them. */
export function readPostedAddress(form: URLSearchParams, name: string): PostedAddress {
  const part = (key: string) => form.get(`${name}.${key}`)?.trim() || null;
  const kommunenummer = part('kommunenummer');
  const postnummer = part('postnummer');
  const bokstav = part('bokstav');
  const parts: PostedAddress['parts'] = {};
  if (kommunenummer && /^\d{4}$/.test(kommunenummer)) parts.kommunenummer = kommunenummer;
  if (postnummer && /^\d{4}$/.test(postnummer)) parts.postnummer = postnummer;
  const adressekode = intOrUndefined(part('adressekode'));
  if (adressekode !== undefined) parts.adressekode = adressekode;
  const nummer = intOrUndefined(part('nummer'));
  if (nummer !== undefined) parts.nummer = nummer;
  if (bokstav && /^[A-Za-zÆØÅæøå]$/.test(bokstav)) parts.bokstav = bokstav.toUpperCase();
  const poststed = part('poststed');
  if (poststed && poststed.length <= 60) parts.poststed = poststed;
  const lat = Number(part('lat'));
  const lon = Number(part('lon'));
  if (part('lat') && part('lon') && Math.abs(lat) <= 90 && Math.abs(lon) <= 180) Object.assign(parts, { lat, lon });
  return { text: (form.get(name) ?? '').trim().replace(/\s+/g, ' ').slice(0, 200), parts };
}

const same = (a: string, b: string) => a.localeCompare(b, 'nb', { sensitivity: 'base' }) === 0;
/** The address line as `<felles-address-lookup>` posts it: "Myrvollveien 5C, 1415 OPPEGÅRD". */
const addressLine = (a: Address) => `${a.adressetekst}, ${a.postnummer} ${a.poststed}`;
const names = (a: Address, text: string) => same(a.adressetekst, text) || same(addressLine(a), text);

/**
 * Checks an address against the address register, whatever the browser sent: an address chosen in
 * the lookup is looked up again by its parts and must have the posted text; typed text alone (no
 * script) is searched, and accepted when it names one address. `partsOnly` is for a pick from the
 * server's own choice list, whose text is what the person typed before choosing.
 */
export async function checkAddress(client: AddressClient, log: Logger, posted: PostedAddress, partsOnly = false): Promise<AddressCheck> {
  if (posted.text === '' && !partsOnly) return { kind: 'missing' };
  const { parts } = posted;
  try {
    if (parts.kommunenummer && parts.adressekode !== undefined && parts.nummer !== undefined) {
      const params: SearchParams & { filtrer?: undefined } = {
        kommunenummer: parts.kommunenummer,
        adressekode: parts.adressekode,
        nummer: parts.nummer,
        treffPerSide: 10,
      };
      const { adresser } = await client.searchAddresses(params);
      const hit = adresser.find(
        (a) =>
          (a.bokstav ?? '') === (parts.bokstav ?? '') &&
          (!parts.postnummer || a.postnummer === parts.postnummer) &&
          (partsOnly || names(a, posted.text)),
      );
      if (hit) return { kind: 'valid', address: hit };
      if (partsOnly) return { kind: 'not-found' };
      // Parts that do not match the text: fall through and treat the text as typed.
    }
    // Kartverket's free-text search matches words, so "Gate 1, 0150 OSLO" is searched without the comma.
    const { adresser } = await client.searchAddresses({ sok: posted.text.replace(/,/g, ' ').replace(/\s+/g, ' '), treffPerSide: 10 });
    const exact = adresser.filter((a) => names(a, posted.text));
    if (exact.length === 1) return { kind: 'valid', address: exact[0] as Address };
    if (adresser.length === 1) return { kind: 'valid', address: adresser[0] as Address };
    if (adresser.length === 0) return { kind: 'not-found' };
    return { kind: 'ambiguous', candidates: exact.length > 1 ? exact : adresser };
  } catch (error) {
    if (error instanceof FellesValidationError && error.source === 'request') return { kind: 'not-found' };
    log.warn('address check failed', error);
    return { kind: 'unavailable' };
  }
}

/** The form value that names one candidate in the no-script choice list. */
export function candidateKey(address: Address): string {
  return [address.kommunenummer, address.adressekode ?? '', address.nummer ?? '', address.bokstav ?? '', address.postnummer].join('|');
}

/** Back from `candidateKey` to the parts, for the same check as a chosen address. */
export function partsFromKey(key: string): PostedAddress['parts'] {
  const [kommunenummer = '', adressekode = '', nummer = '', bokstav = '', postnummer = ''] = key.split('|');
  const form = new URLSearchParams({
    'a.kommunenummer': kommunenummer,
    'a.adressekode': adressekode,
    'a.nummer': nummer,
    'a.bokstav': bokstav,
    'a.postnummer': postnummer,
  });
  return readPostedAddress(form, 'a').parts;
}

export function toRecord(address: Address, typed: string): PremisesRecord {
  return {
    adressetekst: address.adressetekst,
    postnummer: address.postnummer,
    poststed: address.poststed,
    kommunenummer: address.kommunenummer,
    kommunenavn: address.kommunenavn,
    ...(address.adressekode != null ? { adressekode: address.adressekode } : {}),
    ...(address.nummer != null ? { nummer: address.nummer } : {}),
    ...(address.bokstav ? { bokstav: address.bokstav } : {}),
    lat: address.representasjonspunkt.lat,
    lon: address.representasjonspunkt.lon,
    typed,
    savedAt: new Date().toISOString(),
  };
}
