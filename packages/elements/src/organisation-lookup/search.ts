import { LookupSearch, type SearchTexts } from '../internal/lookup-search.js';
import type { FellesOrganisationLookup } from './organisation-lookup.js';
import { digitsOf, isOrgnr } from './orgnr.js';
import { findUnits, type Answer, type OrganisationLookupClient } from './units.js';

/** What the field asks: a name search or a lookup of nine checked digits, at which register, and how many at most. */
export type Ask = [kind: 'name' | 'number', query: string, endpoint: string, size: number];

/** An answer, with the name it answers (whose words the options mark; '' for a number). */
export interface Found extends Answer {
  query: string;
}

/** Why the typed text is not an organisation number: nine digits that fail MOD11, or more than nine. */
export type InvalidNumber = 'invalidNumber' | 'wrongLength';

/**
 * What the field asks for its text: nine valid digits are looked up, a name of at least `min-chars`
 * characters searched; nine digits or more that are no organisation number say why, and anything else
 * (part of a number, a short name) asks nothing yet.
 */
export function askFor(field: FellesOrganisationLookup): Ask | InvalidNumber | undefined {
  const text = field.value.trim().replace(/\s+/g, ' ');
  const digits = digitsOf(text);
  if (digits !== undefined && digits.length >= 9) {
    if (isOrgnr(digits)) return ['number', digits, field.endpoint, 1];
    return digits.length === 9 ? 'invalidNumber' : 'wrongLength';
  }
  // Part of a number is not a name to search for.
  if (digits !== undefined || text.length < field.minChars) return undefined;
  return ['name', text, field.endpoint, Math.min(100, Math.max(1, Math.trunc(field.maxResults) || 10))];
}

/**
 * The field's search: a name after the pause of `debounce` ms, the last answer staying on screen
 * meanwhile, a number at once (`runNow()`); the last 30 answers are remembered. It asks the field's
 * `client` when it has one, else Enhetsregisteret at the ask's endpoint through the client that is loaded
 * with import() on the first search.
 */
export function organisationSearch(
  field: FellesOrganisationLookup,
  hooks: { texts: SearchTexts; notFound: (orgnr: string) => string; started: () => void; retry: () => void },
) {
  let made: { endpoint: string; client: OrganisationLookupClient } | undefined;
  const clientFor = async (endpoint: string): Promise<OrganisationLookupClient> => {
    if (field.client) return field.client;
    if (made?.endpoint !== endpoint) {
      const { createEnhetsregisterClient } = await import('./load-client.js');
      // No automatic retries: the next keystroke is the next try, and the error offers one.
      made = { endpoint, client: createEnhetsregisterClient({ apiUrl: endpoint, retry: false }) };
    }
    return made.client;
  };
  return new LookupSearch<Ask, Found>(field, {
    task: async ([kind, query, endpoint, size], signal) => {
      hooks.started();
      const answer = await findUnits(await clientFor(endpoint), kind, query, size, signal);
      return { ...answer, query: kind === 'name' ? query : '' };
    },
    debounce: () => field.debounce,
    keepWhileWaiting: true,
    cache: 30,
    // The same name in another case is the same search.
    key: ([kind, query, endpoint, size]) => `${kind}|${query.toLowerCase()}|${endpoint}|${size}`,
    texts: hooks.texts,
    count: (found) => found.units.length,
    says: (found) => (found.notFound ? hooks.notFound(found.notFound) : undefined),
    retry: hooks.retry,
  });
}
