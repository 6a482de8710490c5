import { FellesValidationError, type ValidationIssue } from '@felles/client-core';
import type { paths } from './generated/adresser.js';

/** Every query parameter of `GET /sok`, as in Kartverket's document. */
export type SearchParams = NonNullable<paths['/sok']['get']['parameters']['query']>;
/** Every query parameter of `GET /punktsok`, as in Kartverket's document. */
export type SearchNearParams = paths['/punktsok']['get']['parameters']['query'];

/*
 * Plain checks rather than a valibot schema: they run in the browser before every search, and a
 * schema with ranges and patterns would cost several times their size there.
 */

/** Parameters that shape a search (modifiers, paging, output) without making one; every other `/sok` parameter makes one. */
const shaping = ['fuzzy', 'sokemodus', 'filtrer', 'utkoordsys', 'treffPerSide', 'side', 'asciiKompatibel'];

/** Longer free text than this is no address; it would only load the service. */
export const maxSearchLength = 200;
/** The service returns only the first 10,000 hits. */
export const maxReachableHits = 10_000;

type Issues = ValidationIssue[];

const whole = (value: unknown, min: number, max = Infinity): boolean =>
  Number.isInteger(value) && (value as number) >= min && (value as number) <= max;

function checkPaging({ treffPerSide = 10, side = 0 }: { treffPerSide?: number; side?: number }, issues: Issues): void {
  const perPageOk = whole(treffPerSide, 1, 1000);
  if (!perPageOk) issues.push({ path: 'treffPerSide', message: 'Must be a whole number from 1 to 1000' });
  // (side + 1) × treffPerSide ≤ 10,000; judged only once treffPerSide itself is right.
  if (!whole(side, 0, perPageOk ? maxReachableHits / treffPerSide - 1 : Infinity)) {
    issues.push({ path: 'side', message: `Must be a whole number from 0, with (side + 1) × treffPerSide ≤ ${maxReachableHits}` });
  }
}

function done<P>(clean: P, issues: Issues): P {
  if (issues[0]) throw new FellesValidationError(issues, 'request');
  return clean;
}

/**
 * Checks and normalises `/sok` parameters before anything is sent: text is trimmed, empty values
 * are dropped, codes must be four digits, numbers whole. Throws `FellesValidationError` with source
 * `request`, listing every problem at once.
 */
export function checkSearchParams(params: SearchParams): SearchParams {
  const clean: Record<string, unknown> = {};
  const issues: Issues = [];
  for (const [key, raw] of Object.entries(params)) {
    // `bokstav=` (empty) is meaningful: "only numbers without a letter".
    const value = typeof raw === 'string' && key !== 'bokstav' ? raw.trim() : raw;
    if (value == null || (value === '' && key !== 'bokstav')) continue;
    clean[key] = value;
    if ((key === 'postnummer' || key === 'kommunenummer') && !/^\d{4}$/.test(value as string)) {
      issues.push({ path: key, message: 'Must be four digits, e.g. 0301' });
    }
    // Every other number (adressekode, nummer, gardsnummer, …, utkoordsys) is a whole number from 0.
    if (typeof value === 'number' && key !== 'treffPerSide' && key !== 'side' && !whole(value, 0)) {
      issues.push({ path: key, message: 'Must be a whole number from 0' });
    }
  }
  const { sok, fuzzy, sokemodus } = clean as SearchParams;
  if (!Object.keys(clean).some((key) => !shaping.includes(key))) {
    issues.push({ path: '', message: 'At least one search parameter is needed, e.g. sok' });
  }
  if (sok && sok.length > maxSearchLength) issues.push({ path: 'sok', message: `At most ${maxSearchLength} characters` });
  if (fuzzy && sok?.includes('*')) issues.push({ path: 'fuzzy', message: 'A fuzzy search cannot use the wildcard *' });
  if (sokemodus && sokemodus !== 'AND' && sokemodus !== 'OR') issues.push({ path: 'sokemodus', message: 'Must be AND or OR' });
  checkPaging(clean, issues);
  return done(clean, issues);
}

/** Checks `/punktsok` parameters; throws `FellesValidationError` with source `request`. */
export function checkSearchNearParams(params: SearchNearParams): SearchNearParams {
  const issues: Issues = [];
  const { lat, lon, radius, koordsys = 4258 } = params;
  // Degrees are bounded only in geographic systems; other systems (e.g. UTM 25833) use metres.
  const geographic = koordsys === 4258 || koordsys === 4326;
  for (const [path, value, max] of [
    ['lat', lat, 90],
    ['lon', lon, 180],
  ] as const) {
    // Written so that a missing value or NaN fails too.
    if (!(typeof value === 'number' && Math.abs(value) <= (geographic ? max : Number.MAX_VALUE))) {
      issues.push({ path, message: `Is required: a number${geographic ? ` from -${max} to ${max}` : ''}` });
    }
  }
  if (!whole(radius, 1)) issues.push({ path: 'radius', message: 'Is required: whole metres from 1' });
  checkPaging(params, issues);
  return done(params, issues);
}
