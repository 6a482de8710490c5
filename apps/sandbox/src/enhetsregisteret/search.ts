import type { StoredEnhet } from './generate.js';

/** The register answers only the first 10,000 hits of a search. */
export const maxReachableHits = 10_000;

export interface Valideringsfeil {
  feilmelding: string;
  parametere: string[];
  feilaktigVerdi?: string;
}

export class SearchParamError extends Error {
  constructor(readonly valideringsfeil: Valideringsfeil[]) {
    super(valideringsfeil.map((feil) => feil.feilmelding).join('; '));
  }
}

export interface SearchQuery {
  filters: ((enhet: StoredEnhet) => boolean)[];
  sort?: { field: keyof StoredEnhet; descending: boolean };
  page: number;
  size: number;
}

const booleanParams = [
  'konkurs',
  'underAvvikling',
  'underTvangsavviklingEllerTvangsopplosning',
  'registrertIMvaregisteret',
  'registrertIForetaksregisteret',
  'registrertIStiftelsesregisteret',
  'registrertIFrivillighetsregisteret',
] as const;
const sortable = new Set(['navn', 'organisasjonsnummer', 'antallAnsatte', 'registreringsdatoEnhetsregisteret', 'stiftelsesdato']);

/** Upper case without punctuation, split into words, as names are compared. */
const words = (text: string) =>
  text
    .toLocaleUpperCase('nb')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/**
 * Reads the search parameters the sandbox supports, by their real names; others are ignored, as
 * the real service ignores parameters it does not know.
 */
export function readSearchParams(params: URLSearchParams): SearchQuery {
  const errors: Valideringsfeil[] = [];
  const filters: SearchQuery['filters'] = [];
  const list = (name: string) =>
    params.has(name)
      ? params
          .get(name)!
          .split(',')
          .map((item) => item.trim())
          .filter(Boolean)
      : undefined;
  const wrong = (name: string, feilmelding: string) => errors.push({ feilmelding, parametere: [name], feilaktigVerdi: params.get(name) ?? '' });
  const checkList = (name: string, values: string[] | undefined, pattern: RegExp, feilmelding: string) => {
    if (values?.some((value) => !pattern.test(value))) wrong(name, feilmelding);
    return values;
  };

  const navn = params.get('navn')?.trim();
  if (navn !== undefined && navn !== '') {
    if (navn.length > 180) wrong('navn', 'navn kan ikke være lengre enn 180 tegn');
    const prefixOfName = params.get('navnMetodeForSoek') === 'FORTLOEPENDE';
    const wanted = words(navn);
    const upper = navn.toLocaleUpperCase('nb');
    // A simplification of the register's search: every word must start a word of the name.
    filters.push(
      prefixOfName
        ? (enhet) => enhet.navn.toLocaleUpperCase('nb').startsWith(upper)
        : (enhet) => {
            const have = words(enhet.navn);
            return wanted.every((word) => have.some((candidate) => candidate.startsWith(word)));
          },
    );
  }

  const orgnrs = checkList('organisasjonsnummer', list('organisasjonsnummer'), /^\d{9}$/, 'organisasjonsnummer må ha 9 siffer');
  if (orgnrs) filters.push((enhet) => orgnrs.includes(enhet.organisasjonsnummer));

  const former = list('organisasjonsform')?.map((code) => code.toUpperCase());
  if (former) filters.push((enhet) => former.includes(enhet.organisasjonsform.kode));

  const naering = checkList('naeringskode', list('naeringskode'), /^\d{2}(\.\d{1,3})?$/, 'naeringskode må være på formen 56.101');
  if (naering) {
    const codes = (enhet: StoredEnhet) => [enhet.naeringskode1?.kode, enhet.naeringskode2?.kode, enhet.naeringskode3?.kode];
    // A whole code matches itself; a shorter one (56 or 56.1) matches the codes it begins.
    filters.push((enhet) => codes(enhet).some((code) => code && naering.some((wanted) => code === wanted || code.startsWith(wanted))));
  }

  const fourDigits = /^\d{4}$/;
  const kommuner = checkList('kommunenummer', list('kommunenummer'), fourDigits, 'kommunenummer må ha 4 siffer');
  if (kommuner) {
    filters.push((enhet) =>
      [enhet.forretningsadresse?.kommunenummer, enhet.postadresse?.kommunenummer].some((nummer) => nummer && kommuner.includes(nummer)),
    );
  }
  for (const adresse of ['forretningsadresse', 'postadresse'] as const) {
    for (const field of ['kommunenummer', 'postnummer'] as const) {
      const name = `${adresse}.${field}`;
      const values = checkList(name, list(name), fourDigits, `${name} må ha 4 siffer`);
      if (values) filters.push((enhet) => values.includes(enhet[adresse]?.[field] ?? ''));
    }
  }

  for (const name of booleanParams) {
    const value = params.get(name);
    if (value === null) continue;
    if (value !== 'true' && value !== 'false') wrong(name, `${name} må være true eller false`);
    else filters.push((enhet) => (enhet[name] ?? false) === (value === 'true'));
  }

  for (const [name, compare] of [
    ['fraAntallAnsatte', (count: number, limit: number) => count >= limit],
    ['tilAntallAnsatte', (count: number, limit: number) => count <= limit],
  ] as const) {
    const value = params.get(name);
    if (value === null) continue;
    const limit = Number(value);
    if (!/^\d+$/.test(value)) wrong(name, `${name} må være et heltall`);
    else filters.push((enhet) => compare(enhet.antallAnsatte ?? 0, limit));
  }

  let sort: SearchQuery['sort'];
  const sortParam = params.get('sort');
  if (sortParam) {
    const [field = '', direction = 'ASC'] = sortParam.split(',').map((part) => part.trim());
    if (!sortable.has(field) || !/^(ASC|DESC)$/i.test(direction)) wrong('sort', 'sort må være et felt og ASC eller DESC, for eksempel navn,ASC');
    else sort = { field: field as keyof StoredEnhet, descending: direction.toUpperCase() === 'DESC' };
  }

  const page = integer(params.get('page'), 0);
  const size = integer(params.get('size'), 20);
  if (page === undefined || page < 0) wrong('page', 'page må være et heltall fra 0');
  if (size === undefined || size < 1) wrong('size', 'size må være et heltall fra 1');
  if (page !== undefined && size !== undefined && page >= 0 && size >= 1 && (page + 1) * size > maxReachableHits) {
    errors.push({
      feilmelding: `(page + 1) * size kan ikke være større enn ${maxReachableHits}`,
      parametere: ['page', 'size'],
      feilaktigVerdi: `page=${page}, size=${size}`,
    });
  }

  if (errors.length > 0) throw new SearchParamError(errors);
  return { filters, sort, page: page!, size: size! };
}

function integer(value: string | null, fallback: number): number | undefined {
  if (value === null || value === '') return fallback;
  return /^-?\d+$/.test(value) ? Number(value) : undefined;
}

/**
 * Equal names keep their order (by organisation number), as a stable sort by name would leave them;
 * only the runs of names are reversed.
 */
function descendingByName(hits: StoredEnhet[], collator: Intl.Collator): StoredEnhet[] {
  const out: StoredEnhet[] = [];
  let end = hits.length;
  for (let i = hits.length - 1; i >= 0; i--) {
    if (i > 0 && collator.compare(hits[i - 1]!.navn, hits[i]!.navn) === 0) continue;
    for (let j = i; j < end; j++) out.push(hits[j]!);
    end = i;
  }
  return out;
}

/** Hits of a search; `enheter` in register order, which is sorted by name (see generateRegister). */
export function search(enheter: readonly StoredEnhet[], query: SearchQuery): StoredEnhet[] {
  const hits = enheter.filter((enhet) => query.filters.every((filter) => filter(enhet)));
  const sort = query.sort;
  if (!sort) return hits;
  const collator = new Intl.Collator('nb');
  // Already in name order: no need to sort again.
  if (sort.field === 'navn') return sort.descending ? descendingByName(hits, collator) : hits;
  const direction = sort.descending ? -1 : 1;
  return hits.sort((a, b) => {
    const x = a[sort.field] ?? '';
    const y = b[sort.field] ?? '';
    return (typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y))) * direction;
  });
}
