import type { Address, AddressSearchClient } from '@felles/client-adresser';
import { LookupSearch, type SearchTexts } from '../internal/lookup-search.js';
import type { FellesAddressLookup } from './address-lookup.js';
import { toSok } from './format.js';

/** Replaces the built-in search: gets the typed text, returns addresses. Should stop when `signal` aborts. */
export type AddressSource = (
  query: string,
  options: { signal: AbortSignal; maxResults: number; kommunenummer?: string },
) => Promise<readonly Address[]>;

/** What the field asks: the typed text (spaces folded), the municipality ('' for all) and how many at most. */
export type Ask = [query: string, kommunenummer: string, maxResults: number];

/** An answer, with the text it answers (whose words the options mark). */
export interface Found {
  query: string;
  addresses: readonly Address[];
}

/** What the field asks for its text, or undefined while the text is shorter than `min-chars`. */
export function askFor(field: FellesAddressLookup): Ask | undefined {
  const query = field.value.trim().replace(/\s+/g, ' ');
  return query.length < field.minChars ? undefined : [query, field.kommunenummer, field.maxResults];
}

/**
 * The field's search, after the pause of `debounce` ms, the last answer staying on screen meanwhile; the
 * last 30 answers are remembered. It asks the field's `source` when it has one, else Kartverket's address
 * API at its `endpoint` through the search-only client, which is loaded with import() on the first search.
 */
export function addressSearch(field: FellesAddressLookup, hooks: { texts: SearchTexts; started: () => void; retry: () => void }) {
  let made: { endpoint: string; client: AddressSearchClient } | undefined;
  return new LookupSearch<Ask, Found>(field, {
    task: async ([query, kommunenummer, maxResults], signal) => {
      hooks.started();
      const options = { signal, maxResults, kommunenummer: kommunenummer || undefined };
      if (field.source) return { query, addresses: await field.source(query, options) };
      if (made?.endpoint !== field.endpoint) {
        const { createAddressSearchClient } = await import('./load-client.js');
        // No automatic retries: the next keystroke is the next try, and the error offers one.
        made = { endpoint: field.endpoint, client: createAddressSearchClient({ baseUrl: field.endpoint, retry: false }) };
      }
      const sok = toSok(query);
      const result = await made.client.searchAddresses({ sok, treffPerSide: maxResults, kommunenummer: options.kommunenummer }, { signal });
      return { query, addresses: result.adresser };
    },
    debounce: () => field.debounce,
    keepWhileWaiting: true,
    cache: 30,
    // The same text in another case is the same search.
    key: ([query, kommunenummer, maxResults]) => `${query.toLowerCase()}|${kommunenummer}|${maxResults}`,
    texts: hooks.texts,
    count: (found) => found.addresses.length,
    retry: hooks.retry,
  });
}
