import { isOrganisasjonsnummer, type EnhetsregisterClient } from '@felles/client-enhetsregisteret';

export interface Municipality {
  kommunenummer: string;
  /** As people write it: "Oslo", not the register's "OSLO". */
  kommunenavn: string;
  organisasjonsnummer: string;
}

/**
 * Some large municipalities' own organisation numbers (as in Enhetsregisteret), so the demo works
 * against a register that has no municipalities in it: the sandbox's has companies only.
 */
const known: Record<string, string> = {
  '0301': '958935420', // Oslo kommune
  '4601': '964338531', // Bergen kommune
  '5001': '942110464', // Trondheim kommune
  '1103': '964965226', // Stavanger kommune
  '1108': '964965137', // Sandnes kommune
  '3107': '940039541', // Fredrikstad kommune
  '3201': '935478715', // Bærum kommune
  '5501': '940101808', // Tromsø kommune
};

/** "NORDRE FOLLO" → "Nordre Follo", "AURSKOG-HØLAND" → "Aurskog-Høland". */
export function municipalityName(upper: string): string {
  return upper.toLocaleLowerCase('nb').replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toLocaleUpperCase('nb'));
}

/**
 * The municipality that grants a serving licence for premises in `kommunenummer`: known, or found
 * in Enhetsregisteret as the unit of form KOMM there (as in the real register). `undefined` when
 * neither knows it; a failing register is an error for the caller.
 */
export async function findMunicipality(
  client: EnhetsregisterClient,
  kommunenummer: string,
  kommunenavn: string,
): Promise<Municipality | undefined> {
  const name = municipalityName(kommunenavn);
  const orgnr = Object.hasOwn(known, kommunenummer) ? known[kommunenummer] : undefined;
  if (orgnr) return { kommunenummer, kommunenavn: name, organisasjonsnummer: orgnr };
  const { enheter } = await client.searchEnheter({ organisasjonsform: 'KOMM', kommunenummer, size: 5 });
  const unit = enheter.find((enhet) => isOrganisasjonsnummer(enhet.organisasjonsnummer));
  return unit && { kommunenummer, kommunenavn: name, organisasjonsnummer: unit.organisasjonsnummer };
}
