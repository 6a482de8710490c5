/**
 * Reads and checks query parameters the way Kartverket's service does, so a
 * client sees a 400 for the same mistakes it would make against the real one.
 */
export class ParamError extends Error {
  constructor(
    message: string,
    readonly errors?: Record<string, string>,
  ) {
    super(message);
  }
}

export const stringFilters = [
  'adressenavn',
  'adressetekst',
  'adressetilleggsnavn',
  'bokstav',
  'kommunenummer',
  'kommunenavn',
  'bruksenhetsnummer',
  'objtype',
  'poststed',
  'postnummer',
] as const;
export const numberFilters = ['adressekode', 'nummer', 'gardsnummer', 'bruksnummer', 'festenummer', 'undernummer'] as const;
export type StringFilter = (typeof stringFilters)[number];
export type NumberFilter = (typeof numberFilters)[number];

export interface Common {
  treffPerSide: number;
  side: number;
  asciiKompatibel: boolean;
  utkoordsys: number;
  filtrer: string[] | undefined;
}

export interface SokParams extends Common {
  sok: string[] | undefined;
  fuzzy: boolean;
  sokemodus: 'AND' | 'OR';
  strings: Partial<Record<StringFilter, string>>;
  numbers: Partial<Record<NumberFilter, number>>;
}

export interface PunktsokParams extends Common {
  lat: number;
  lon: number;
  radius: number;
}

/** Only the first 10,000 hits can be paged to. */
export const maxHits = 10_000;
/** Coordinate systems the sandbox can answer in: ETRS89 and WGS 84 share degrees at this precision. */
const supportedSystems = new Set([4258, 4326]);

class Reader {
  readonly errors: Record<string, string> = {};
  constructor(readonly query: URLSearchParams) {}

  string(name: string): string | undefined {
    return this.query.get(name) ?? undefined;
  }

  int(name: string, fallback?: number): number | undefined {
    const raw = this.query.get(name);
    if (raw === null || raw === '') return fallback;
    if (!/^-?\d+$/.test(raw.trim())) {
      this.errors[name] = `Invalid literal for int(): '${raw}'`;
      return fallback;
    }
    return Number(raw);
  }

  float(name: string): number | undefined {
    const raw = this.query.get(name);
    if (raw === null || raw === '') return undefined;
    const value = Number(raw);
    if (!Number.isFinite(value)) this.errors[name] = `Could not convert string to float: '${raw}'`;
    return value;
  }

  bool(name: string, fallback: boolean): boolean {
    const raw = this.query.get(name);
    if (raw === null || raw === '') return fallback;
    const value = raw.toLowerCase();
    if (value === 'true' || value === '1') return true;
    if (value === 'false' || value === '0') return false;
    this.errors[name] = `Invalid literal for boolean(): ${raw}`;
    return fallback;
  }

  common(): Common {
    const treffPerSide = this.int('treffPerSide', 10)!;
    const side = this.int('side', 0)!;
    const utkoordsys = this.int('utkoordsys', 4258)!;
    if (treffPerSide < 1 || treffPerSide > 1000) this.errors.treffPerSide = 'treffPerSide must be between 1 and 1000';
    if (side < 0) this.errors.side = 'side must be 0 or more';
    else if ((side + 1) * treffPerSide > maxHits) {
      this.errors.side = `Only the first ${maxHits} hits are available: (side + 1) * treffPerSide must not exceed ${maxHits}`;
    }
    if (!supportedSystems.has(utkoordsys)) this.errors.utkoordsys = `The sandbox answers in EPSG:4258 or EPSG:4326, not ${utkoordsys}`;
    const filtrer = this.string('filtrer');
    return {
      treffPerSide,
      side,
      utkoordsys,
      asciiKompatibel: this.bool('asciiKompatibel', true),
      filtrer: filtrer
        ? filtrer
            .split(',')
            .map((f) => f.trim())
            .filter(Boolean)
        : undefined,
    };
  }

  done<T>(value: T): T {
    if (Object.keys(this.errors).length > 0) throw new ParamError('Input payload validation failed', this.errors);
    return value;
  }
}

export function readSokParams(query: URLSearchParams): SokParams {
  const r = new Reader(query);
  const common = r.common();
  const text = r.string('sok')?.trim();
  const sok = text ? text.split(/[\s,]+/).filter(Boolean) : undefined;
  const fuzzy = r.bool('fuzzy', false);
  const mode = (r.string('sokemodus') ?? 'AND').toUpperCase();
  if (mode !== 'AND' && mode !== 'OR') r.errors.sokemodus = "sokemodus must be one of 'AND', 'OR'";
  if (fuzzy && text?.includes('*')) r.errors.fuzzy = 'fuzzy cannot be combined with wildcards (*) in sok';

  const strings: SokParams['strings'] = {};
  for (const name of stringFilters) {
    const value = r.string(name);
    // `bokstav=` (empty) means "addresses without a letter"; other empty values are ignored.
    if (value !== undefined && (value !== '' || name === 'bokstav')) strings[name] = value.trim();
  }
  for (const name of ['kommunenummer', 'postnummer'] as const) {
    const value = strings[name];
    if (value !== undefined && !/^\d{4}$/.test(value)) r.errors[name] = `${name} must be four digits, e.g. 0301`;
  }
  if (strings.objtype !== undefined && strings.objtype !== 'Vegadresse' && strings.objtype !== 'Matrikkeladresse') {
    r.errors.objtype = "objtype must be one of 'Vegadresse', 'Matrikkeladresse'";
  }
  const numbers: SokParams['numbers'] = {};
  for (const name of numberFilters) {
    const value = r.int(name);
    if (value !== undefined) numbers[name] = value;
  }
  if (!sok && Object.keys(strings).length === 0 && Object.keys(numbers).length === 0 && Object.keys(r.errors).length === 0) {
    throw new ParamError('Minst ett søkeparameter må benyttes.');
  }
  return r.done({ ...common, sok, fuzzy, sokemodus: mode as 'AND' | 'OR', strings, numbers });
}

export function readPunktsokParams(query: URLSearchParams): PunktsokParams {
  const r = new Reader(query);
  const common = r.common();
  const lat = r.float('lat');
  const lon = r.float('lon');
  const radius = r.int('radius');
  const koordsys = r.int('koordsys', 4258)!;
  for (const [name, value] of [
    ['lat', lat],
    ['lon', lon],
    ['radius', radius],
  ] as const) {
    if (value === undefined) r.errors[name] ??= 'Missing required parameter in the query string';
  }
  if (!supportedSystems.has(koordsys)) r.errors.koordsys = `The sandbox reads points in EPSG:4258 or EPSG:4326, not ${koordsys}`;
  if (lat !== undefined && Math.abs(lat) > 90) r.errors.lat = 'lat must be between -90 and 90';
  if (lon !== undefined && Math.abs(lon) > 180) r.errors.lon = 'lon must be between -180 and 180';
  if (radius !== undefined && radius < 1) r.errors.radius = 'radius must be at least 1 metre';
  return r.done({ ...common, lat: lat!, lon: lon!, radius: radius! });
}
