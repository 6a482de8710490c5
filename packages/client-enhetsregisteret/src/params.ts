import { FellesValidationError, invalidRequest, type ValidationIssue } from '@felles/client-core';
import { isOrganisasjonsnummer, normalizeOrganisasjonsnummer } from './orgnr.js';

/** The search parameters of `GET /enheter` this client supports. Lists match any of their values. */
export interface SearchEnheterParams {
  /** Name, 1 to 180 characters; the register matches words in the name. */
  navn?: string;
  /** Municipality numbers, four digits, e.g. `0301` (Oslo). Matches business or postal address. */
  kommunenummer?: string | readonly string[];
  /** Organisation form codes, e.g. `AS`, `ENK`, `NUF`. */
  organisasjonsform?: string | readonly string[];
  /** Industry codes (næringskoder), e.g. `56.101` for restaurants. */
  naeringskode?: string | readonly string[];
  /** Page number from 0. Default 0. */
  page?: number;
  /** Hits per page. Default 20. */
  size?: number;
}

/** The register answers only the first 10,000 hits of a search. */
export const maxReachableHits = 10_000;
export const maxNameLength = 180;
export const defaultPageSize = 20;

type Issues = ValidationIssue[];

function fail(issues: Issues): void {
  if (issues.length > 0) throw new FellesValidationError(issues, 'request');
}

/** Checks an organisation number (spaces allowed) and returns its nine digits. */
export function checkOrganisasjonsnummer(value: string): string {
  const orgnr = typeof value === 'string' ? normalizeOrganisasjonsnummer(value) : '';
  if (!/^\d{9}$/.test(orgnr)) invalidRequest('orgnr', 'An organisation number has 9 digits');
  if (!isOrganisasjonsnummer(orgnr)) invalidRequest('orgnr', 'Not a valid organisation number: the MOD11 check digit does not match');
  return orgnr;
}

function list(value: string | readonly string[] | undefined): string[] {
  if (value === undefined) return [];
  return (typeof value === 'string' ? value.split(',') : [...value]).map((item) => item.trim()).filter((item) => item !== '');
}

function checkList(field: keyof SearchEnheterParams, values: string[], pattern: RegExp, message: string, issues: Issues): void {
  values.forEach((value, index) => {
    if (!pattern.test(value)) issues.push({ path: values.length > 1 ? `${field}.${index}` : field, message });
  });
}

/** Query parameters as the register expects them: lists comma-separated, empty values left out. */
export type EnheterQuery = Record<string, string | number>;

/**
 * Checks and normalises search parameters before anything is sent. Throws `FellesValidationError`
 * with source `request` naming the wrong parameter.
 */
export function checkSearchParams(params: SearchEnheterParams): EnheterQuery {
  const issues: Issues = [];
  const query: EnheterQuery = {};

  const navn = params.navn?.trim();
  if (navn) {
    if (navn.length > maxNameLength) issues.push({ path: 'navn', message: `At most ${maxNameLength} characters` });
    query['navn'] = navn;
  }

  const kommunenummer = list(params.kommunenummer);
  checkList('kommunenummer', kommunenummer, /^\d{4}$/, 'A municipality number has 4 digits', issues);
  const organisasjonsform = list(params.organisasjonsform).map((code) => code.toUpperCase());
  checkList('organisasjonsform', organisasjonsform, /^[A-ZÆØÅ]{2,5}$/, 'An organisation form is a code such as AS, ENK or NUF', issues);
  const naeringskode = list(params.naeringskode);
  checkList('naeringskode', naeringskode, /^\d{2}(\.\d{1,3})?$/, 'An industry code looks like 56.101', issues);
  if (kommunenummer.length) query['kommunenummer'] = kommunenummer.join(',');
  if (organisasjonsform.length) query['organisasjonsform'] = organisasjonsform.join(',');
  if (naeringskode.length) query['naeringskode'] = naeringskode.join(',');

  const page = params.page ?? 0;
  const size = params.size ?? defaultPageSize;
  if (!Number.isInteger(size) || size < 1 || size > maxReachableHits) {
    issues.push({ path: 'size', message: `Must be a whole number from 1 to ${maxReachableHits}` });
  }
  if (!Number.isInteger(page) || page < 0) issues.push({ path: 'page', message: 'Must be a whole number from 0' });
  else if (Number.isInteger(size) && (page + 1) * size > maxReachableHits) {
    issues.push({ path: 'page', message: `Only the first ${maxReachableHits} hits can be reached: (page + 1) × size ≤ ${maxReachableHits}` });
  }
  query['page'] = page;
  query['size'] = size;

  fail(issues);
  return query;
}
