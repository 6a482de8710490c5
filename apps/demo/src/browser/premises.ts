import '@felles/elements/address-lookup/define.js';
import type { Address } from '@felles/client-adresser';
import { focusErrorSummary, replaceFallbacks } from './_enhance.js';

await replaceFallbacks('felles-address-lookup', 'adresse');

/**
 * After the server could not check a chosen address (the register did not answer), the page gives
 * the element that address back, so the person only has to send again.
 */
const posted = document.getElementById('posted-address')?.textContent;
const lookup = document.querySelector('felles-address-lookup');
if (posted && lookup) {
  const { text, parts } = JSON.parse(posted) as { text: string; parts: Record<string, string | number | undefined> };
  const [adressetekst = text] = text.split(',');
  lookup.address = {
    adressetekst,
    postnummer: String(parts.postnummer ?? ''),
    poststed: String(parts.poststed ?? ''),
    kommunenummer: String(parts.kommunenummer ?? ''),
    kommunenavn: '',
    adressekode: Number(parts.adressekode),
    nummer: Number(parts.nummer),
    bokstav: String(parts.bokstav ?? ''),
    objtype: 'Vegadresse',
    representasjonspunkt: { lat: Number(parts.lat), lon: Number(parts.lon) },
  } as Address;
}
focusErrorSummary();
