import { isOrganisasjonsnummer, type EnhetsregisterClient } from '@felles/client-enhetsregisteret';
import { placeName } from '../../i18n/place-name.js';

export interface Municipality {
  kommunenummer: string;
  /** As people write it: "Oslo", not the register's "OSLO". */
  kommunenavn: string;
  organisasjonsnummer: string;
}

/**
 * The municipality that grants a serving licence for premises in `kommunenummer`: the unit of form KOMM
 * there in Enhetsregisteret, as the real register (and the sandbox) has one for every municipality.
 * `undefined` when the register has none; a failing register is an error for the caller.
 */
export async function findMunicipality(client: EnhetsregisterClient, kommunenummer: string, kommunenavn: string): Promise<Municipality | undefined> {
  const { enheter } = await client.searchEnheter({ organisasjonsform: 'KOMM', kommunenummer, size: 5 });
  const unit = enheter.find((enhet) => isOrganisasjonsnummer(enhet.organisasjonsnummer));
  return unit && { kommunenummer, kommunenavn: placeName(kommunenavn), organisasjonsnummer: unit.organisasjonsnummer };
}
