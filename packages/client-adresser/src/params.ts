import { FellesValidationError, type ValidationIssue } from '@felles/client-core';
import type { paths } from './generated/adresser.js';

/** Every query parameter of `GET /sok`, as in Kartverket's document. */
export type SearchParams = NonNullable<paths['/sok']['get']['parameters']['query']>;
/** Every query parameter of `GET /punktsok`, as in Kartverket's document. */
export type SearchNearParams = paths['/punktsok']['get']['parameters']['query'];

/** Parameters that make a search; paging, output and modifier parameters do not. */
const searchFields = [
  'sok',
  'adressenavn',
  'adressetekst',
  'adressetilleggsnavn',
  'adressekode',
  'nummer',
  'bokstav',
  'kommunenummer',
  'kommunenavn',
  'gardsnummer',
  'bruksnummer',
  'festenummer',
  'undernummer',
  'bruksenhetsnummer',
  'objtype',
  'poststed',
  'postnummer',
] as const satisfies readonly (keyof SearchParams)[];

/** Longer free text than this is no address; it would only load the service. */
export const maxSearchLength = 200;
/** The service returns only the first 10,000 hits. */
export const maxReachableHits = 10_000;

const fourDigits = /^\d{4}$/;
const isInt = (value: unknown) => Number.isInteger(value);

type Issues = ValidationIssue[];

function checkPaging(params: { treffPerSide?: number; side?: number }, issues: Issues): void {
  const { treffPerSide = 10, side = 0 } = params;
  if (!isInt(treffPerSide) || treffPerSide < 1 || treffPerSide > 1000) {
    issues.push({ path: 'treffPerSide', message: 'Must be a whole number from 1 to 1000' });
  }
  if (!isInt(side) || side < 0) issues.push({ path: 'side', message: 'Must be a whole number from 0' });
  else if ((side + 1) * treffPerSide > maxReachableHits) {
    issues.push({ path: 'side', message: `Only the first ${maxReachableHits} hits can be reached: (side + 1) × treffPerSide ≤ ${maxReachableHits}` });
  }
}

function fail(issues: Issues): void {
  if (issues.length > 0) throw new FellesValidationError(issues, 'request');
}

/**
 * Checks and normalises `/sok` parameters before anything is sent: the free
 * text is trimmed, empty values are dropped, codes must be four digits.
 * Throws `FellesValidationError` with source `request`.
 */
export function checkSearchParams(params: SearchParams): SearchParams {
  const clean: SearchParams = {};
  for (const [key, value] of Object.entries(params) as [keyof SearchParams, unknown][]) {
    // `bokstav=` (empty) is meaningful: "only numbers without a letter".
    if (value === undefined || value === null || (value === '' && key !== 'bokstav')) continue;
    (clean as Record<string, unknown>)[key] = typeof value === 'string' && key !== 'bokstav' ? value.trim() : value;
  }
  if (clean.sok === '') delete clean.sok;

  const issues: Issues = [];
  if (!searchFields.some((field) => clean[field] !== undefined)) {
    issues.push({ path: '', message: `At least one search parameter is needed: ${searchFields.join(', ')}` });
  }
  if (clean.sok !== undefined && clean.sok.length > maxSearchLength) {
    issues.push({ path: 'sok', message: `At most ${maxSearchLength} characters` });
  }
  if (clean.fuzzy && clean.sok?.includes('*')) {
    issues.push({ path: 'fuzzy', message: 'A fuzzy search cannot use the wildcard *' });
  }
  for (const field of ['postnummer', 'kommunenummer'] as const) {
    const value = clean[field];
    if (value !== undefined && !fourDigits.test(value)) issues.push({ path: field, message: 'Must be four digits, e.g. 0301' });
  }
  for (const field of ['adressekode', 'nummer', 'gardsnummer', 'bruksnummer', 'festenummer', 'undernummer', 'utkoordsys'] as const) {
    const value = clean[field];
    if (value !== undefined && (!isInt(value) || value < 0)) issues.push({ path: field, message: 'Must be a whole number from 0' });
  }
  if (clean.sokemodus !== undefined && clean.sokemodus !== 'AND' && clean.sokemodus !== 'OR') {
    issues.push({ path: 'sokemodus', message: 'Must be AND or OR' });
  }
  checkPaging(clean, issues);
  fail(issues);
  return clean;
}

/** Degrees are checked only in geographic systems; other systems (e.g. UTM 25833) use metres. */
const geographic = new Set([4258, 4326]);

/** Checks `/punktsok` parameters; throws `FellesValidationError` with source `request`. */
export function checkSearchNearParams(params: SearchNearParams): SearchNearParams {
  const issues: Issues = [];
  const { lat, lon, radius, koordsys = 4258 } = params;
  const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
  if (!finite(lat)) issues.push({ path: 'lat', message: 'Is required and must be a number' });
  else if (geographic.has(koordsys) && Math.abs(lat) > 90) issues.push({ path: 'lat', message: 'Must be from -90 to 90' });
  if (!finite(lon)) issues.push({ path: 'lon', message: 'Is required and must be a number' });
  else if (geographic.has(koordsys) && Math.abs(lon) > 180) issues.push({ path: 'lon', message: 'Must be from -180 to 180' });
  if (!isInt(radius) || radius < 1) issues.push({ path: 'radius', message: 'Is required: whole metres from 1' });
  checkPaging(params, issues);
  fail(issues);
  return params;
}
