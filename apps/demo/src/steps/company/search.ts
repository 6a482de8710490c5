import { FellesValidationError } from '@felles/client-core';
import { normalizeOrganisasjonsnummer, type Enhet, type EnhetsregisterClient } from '@felles/client-enhetsregisteret';
import type { Logger } from '../../log.js';

/** One hit, reduced to what the page shows and the form posts. */
export interface CompanyHit {
  organisasjonsnummer: string;
  navn: string;
  organisasjonsform: string;
  poststed?: string;
}

export type CompanySearch =
  | { kind: 'none' }
  | { kind: 'invalid'; reason: 'orgnr' | 'too-short' }
  | { kind: 'unavailable' }
  | { kind: 'not-found'; organisasjonsnummer: string }
  | { kind: 'deleted'; navn: string; slettedato: string }
  | { kind: 'removed'; organisasjonsnummer: string }
  /**
   * `checked` of the register's `total` hits were looked at (the first ones, in the register's order),
   * and `hits` are those the person may act for.
   */
  | { kind: 'results'; hits: CompanyHit[]; total: number; checked: number }
  /** Companies were found, but the person may act for none of the `checked` first of them. */
  | { kind: 'no-role'; total: number; checked: number };

export const toHit = (enhet: Enhet): CompanyHit => ({
  organisasjonsnummer: enhet.organisasjonsnummer,
  navn: enhet.navn,
  organisasjonsform: enhet.organisasjonsform.beskrivelse,
  ...(enhet.forretningsadresse?.poststed ? { poststed: enhet.forretningsadresse.poststed } : {}),
});

/** How many of a name search's hits are shown at first, and how many more each "show more" adds. */
export const pageSize = 10;
/** The most hits looked at for one page: each is a call to the register's roles API. */
export const maxHits = 50;

/** The number of hits a page asks for (`?vis=`): a multiple of `pageSize` from `pageSize` to `maxHits`. */
export function hitsWanted(value: string | null): number {
  const wanted = Math.ceil(Number(value) / pageSize) * pageSize;
  return Number.isFinite(wanted) ? Math.min(maxHits, Math.max(pageSize, wanted)) : pageSize;
}

/**
 * Nine digits (spaces allowed) are a lookup by organisation number; anything else of two
 * characters or more is a name search for the first `size` hits. Wrong input is an answer for the
 * person, not an error.
 */
export async function searchCompanies(client: EnhetsregisterClient, query: string, log: Logger, size = pageSize): Promise<CompanySearch> {
  const q = query.trim();
  if (q === '') return { kind: 'none' };
  try {
    const digits = normalizeOrganisasjonsnummer(q);
    if (/^\d+$/.test(digits)) {
      if (digits.length !== 9) return { kind: 'invalid', reason: 'orgnr' };
      const lookup = await client.getEnhet(digits);
      switch (lookup.status) {
        case 'found':
          return { kind: 'results', hits: [toHit(lookup.enhet)], total: 1, checked: 1 };
        case 'deleted':
          return { kind: 'deleted', navn: lookup.enhet.navn, slettedato: lookup.enhet.slettedato };
        case 'removed':
          return { kind: 'removed', organisasjonsnummer: lookup.organisasjonsnummer };
        case 'not-found':
          return { kind: 'not-found', organisasjonsnummer: lookup.organisasjonsnummer };
      }
    }
    if (q.length < 2) return { kind: 'invalid', reason: 'too-short' };
    const result = await client.searchEnheter({ navn: q.slice(0, 180), size });
    return { kind: 'results', hits: result.enheter.map(toHit), total: result.page.totalElements, checked: result.enheter.length };
  } catch (error) {
    if (error instanceof FellesValidationError && error.source === 'request') {
      return { kind: 'invalid', reason: error.field === 'orgnr' ? 'orgnr' : 'too-short' };
    }
    log.warn('Enhetsregisteret search failed', error);
    return { kind: 'unavailable' };
  }
}
