import type { Enhet, EnhetLookup, EnhetsregisterClient, SlettetEnhet } from '@felles/client-enhetsregisteret';
import { noScriptField, type NoScriptField } from '../internal/no-script-field.js';
import { groupOrgnr } from './orgnr.js';

/*
 * The units the field shows: the register's answers (`Enhet`, `SlettetEnhet`, 404, 410) turned into one
 * shape, and the search that asks for them.
 */

/** What the field asks of the register: `@felles/client-enhetsregisteret`'s client, or one of your own with the same two calls. */
export type OrganisationLookupClient = Pick<EnhetsregisterClient, 'getEnhet' | 'searchEnheter'>;

/** An answer: the units found, and the number looked up when no unit has it (404). */
export interface Answer {
  units: Organisation[];
  notFound?: string;
}

/** Where a unit stands in the register: in business, bankrupt, being wound up, deleted, or removed from the open data (410). */
export type OrganisationStatus = 'active' | 'bankrupt' | 'winding-up' | 'deleted' | 'removed';

/** A unit as the field shows and submits it. */
export interface Organisation {
  /** Nine digits, no spaces. */
  organisasjonsnummer: string;
  /** The registered name; empty for a unit removed from the open data. */
  navn: string;
  /** Legal form, e.g. `{ kode: 'AS', beskrivelse: 'Aksjeselskap' }`. */
  organisasjonsform?: { kode?: string | null; beskrivelse?: string | null };
  /** Post town of the business address (else the postal address), as the register writes it. */
  poststed?: string;
  status: OrganisationStatus;
  /** Date of deletion (yyyy-MM-dd) for a deleted or removed unit. */
  slettedato?: string;
  /** The unit as the register answered it, when it answered one. */
  enhet?: Enhet | SlettetEnhet;
}

export function fromEnhet(enhet: Enhet): Organisation {
  const status: OrganisationStatus = enhet.konkurs
    ? 'bankrupt'
    : enhet.underAvvikling || enhet.underTvangsavviklingEllerTvangsopplosning
      ? 'winding-up'
      : 'active';
  const poststed = enhet.forretningsadresse?.poststed ?? enhet.postadresse?.poststed ?? undefined;
  return { organisasjonsnummer: enhet.organisasjonsnummer, navn: enhet.navn, organisasjonsform: enhet.organisasjonsform, poststed, status, enhet };
}

export function fromLookup(found: EnhetLookup): Answer {
  switch (found.status) {
    case 'found':
      return { units: [fromEnhet(found.enhet)] };
    case 'deleted': {
      const { organisasjonsnummer, navn, organisasjonsform, slettedato } = found.enhet;
      return { units: [{ organisasjonsnummer, navn, organisasjonsform, slettedato, status: 'deleted', enhet: found.enhet }] };
    }
    case 'removed':
      return { units: [{ organisasjonsnummer: found.organisasjonsnummer, navn: '', slettedato: found.slettedato, status: 'removed' }] };
    case 'not-found':
      return { units: [], notFound: found.organisasjonsnummer };
  }
}

/** A deleted or removed unit is shown, but cannot be chosen. */
export const choosable = (unit: Organisation) => unit.status !== 'deleted' && unit.status !== 'removed';

/** What the field shows once a unit is chosen: "SMAKEBITEN KAFE AS (926 535 897)". */
export const display = (unit: Organisation) => `${unit.navn} (${groupOrgnr(unit.organisasjonsnummer)})`;

/** Asks the register: a name search, or a lookup of nine checked digits. */
export async function findUnits(
  client: OrganisationLookupClient,
  kind: 'name' | 'number',
  query: string,
  size: number,
  signal: AbortSignal,
): Promise<Answer> {
  if (kind === 'number') return fromLookup(await client.getEnhet(query, { signal }));
  const { enheter } = await client.searchEnheter({ navn: query, size }, { signal });
  return { units: enheter.map(fromEnhet) };
}

/**
 * What a server render puts in the light DOM for pages without JavaScript: a labelled plain field for
 * the organisation number under `name`. `@felles/ssr` writes it as HTML; undefined without a `name`.
 */
export const noScriptFallback = (attributes: Record<string, unknown>): NoScriptField | undefined =>
  noScriptField(attributes, { inputmode: 'numeric', pattern: '\\s*(\\d\\s*){9}', autocomplete: 'off' });
