import type { Address } from '@felles/client-adresser';
import { attributeText, noScriptField, type NoScriptField } from '../internal/no-script-field.js';

/**
 * What a form gets from the field under `name`: the address line, and with a chosen address its parts
 * under `name.postnummer`, `name.poststed`, `name.kommunenummer`, `name.adressekode`, `name.nummer`,
 * `name.bokstav`, `name.lat` and `name.lon`. Nothing without a name or a value.
 */
export function addressFormData(name: string, value: string, a: Address | null): FormData | null {
  if (!name || !value) return null;
  const data = new FormData();
  data.append(name, value);
  if (a) {
    const p = a.representasjonspunkt;
    const parts: [string, unknown][] = [
      ['postnummer', a.postnummer],
      ['poststed', a.poststed],
      ['kommunenummer', a.kommunenummer],
      ['adressekode', a.adressekode],
      ['nummer', a.nummer],
      ['bokstav', a.bokstav],
      ['lat', p.lat],
      ['lon', p.lon],
    ];
    for (const [part, v] of parts) data.append(`${name}.${part}`, v == null ? '' : String(v));
  }
  return data;
}

/**
 * What a server render puts in the light DOM for pages without JavaScript: a labelled plain field for the
 * address line under `name`, which the browser may fill in. `@felles/ssr` writes it as HTML; undefined
 * without a `name`.
 */
export const noScriptFallback = (attributes: Record<string, unknown>): NoScriptField | undefined =>
  noScriptField(
    attributes,
    { autocomplete: 'street-address' },
    { readonly: Boolean(attributes.readonly), placeholder: attributeText(attributes.placeholder) },
  );
