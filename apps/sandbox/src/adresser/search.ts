import type { SandboxAddress } from './generate.js';
import { normalize, wildcardRegExp, type AddressIndex, type Scores } from './search-index.js';
import { numberFilters, stringFilters, type PunktsokParams, type SokParams } from './params.js';

export interface Hit {
  address: SandboxAddress;
  distance?: number;
}

/** A test of one lower-cased field value against a filter value (`*` is a wildcard). */
function stringMatcher(value: string): (field: string) => boolean {
  const wanted = normalize(value);
  if (!wanted.includes('*')) return (field) => field === wanted;
  const pattern = wildcardRegExp(wanted);
  return (field) => pattern.test(field);
}

/** Field filters of /sok as one predicate on address ids; all must hold. */
function filterOf(index: AddressIndex, params: SokParams): ((id: number) => boolean) | undefined {
  const { addresses } = index;
  const tests: ((id: number) => boolean)[] = [];
  for (const name of stringFilters) {
    const value = params.strings[name];
    if (value === undefined) continue;
    const matches = stringMatcher(value);
    if (name === 'bruksenhetsnummer') {
      const units = index.loweredUnits();
      tests.push((id) => units[id]!.some(matches));
    } else if (name === 'bokstav' && value === '') tests.push((id) => addresses[id]!.bokstav === '');
    else {
      const fields = index.lowered(name);
      tests.push((id) => matches(fields[id]!));
    }
  }
  for (const name of numberFilters) {
    const value = params.numbers[name];
    if (value !== undefined) tests.push((id) => addresses[id]![name] === value);
  }
  return tests.length ? (id) => tests.every((test) => test(id)) : undefined;
}

/** `sok` words combined with AND (every word matches) or OR (any word does), scores summed. */
function matchText(index: AddressIndex, params: SokParams): Scores | undefined {
  if (!params.sok) return undefined;
  const perWord = params.sok.map((word) => index.match(normalize(word), params.fuzzy));
  if (params.sokemodus === 'OR') {
    const total: Scores = new Map();
    for (const scores of perWord) for (const [id, score] of scores) total.set(id, (total.get(id) ?? 0) + score);
    return total;
  }
  perWord.sort((a, b) => a.size - b.size);
  const [smallest, ...rest] = perWord;
  const total: Scores = new Map();
  for (const [id, score] of smallest!) {
    let sum = score;
    for (const scores of rest) {
      const s = scores.get(id);
      if (s === undefined) {
        sum = -1;
        break;
      }
      sum += s;
    }
    if (sum >= 0) total.set(id, sum);
  }
  return total;
}

/** All hits of a /sok query, best first; ties in street, number, letter order. */
export function search(index: AddressIndex, params: SokParams): SandboxAddress[] {
  const scores = matchText(index, params);
  const keep = filterOf(index, params);
  if (!scores) {
    // No scores: rank order, which the index has ready.
    const hits: SandboxAddress[] = [];
    for (const id of index.order) if (!keep || keep(id)) hits.push(index.addresses[id]!);
    return hits;
  }
  let ids = [...scores.keys()];
  if (keep) ids = ids.filter(keep);
  ids.sort((x, y) => scores.get(y)! - scores.get(x)! || index.rank[x]! - index.rank[y]!);
  return ids.map((id) => index.addresses[id]!);
}

const earthRadius = 6_371_008.8;
const toRad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in metres. */
export function haversine(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = toRad(lat2 - lat1);
  const dLon = toRad(lon2 - lon1);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(lat1)) * Math.cos(toRad(lat2)) * Math.sin(dLon / 2) ** 2;
  return 2 * earthRadius * Math.asin(Math.sqrt(h));
}

/** All addresses within the radius of /punktsok, nearest first. */
export function searchNear(index: AddressIndex, params: PunktsokParams): Hit[] {
  const { lat, lon, radius } = params;
  // A cheap box first; the exact distance only for what is inside it.
  const dLat = radius / 111_320 + 1e-9;
  const dLon = radius / (111_320 * Math.max(Math.cos(toRad(lat)), 1e-6)) + 1e-9;
  const hits: Hit[] = [];
  for (const address of index.addresses) {
    const p = address.representasjonspunkt;
    if (Math.abs(p.lat - lat) > dLat || Math.abs(p.lon - lon) > dLon) continue;
    const distance = haversine(lat, lon, p.lat, p.lon);
    if (distance <= radius) hits.push({ address, distance });
  }
  return hits.sort((a, b) => a.distance! - b.distance!);
}
