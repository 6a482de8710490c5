import type { Address } from '@felles/client-adresser';

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
