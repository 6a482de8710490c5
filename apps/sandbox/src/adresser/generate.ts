import places from '../../data/places.json' with { type: 'json' };
import { inNynorskArea } from '../nynorsk-area.js';
import { seededRandom } from '../random.js';

/**
 * The sandbox's address register: plausible street addresses, generated the
 * same way at every start (seeded), on real postal codes, post towns and
 * municipalities from data/places.json. Shaped exactly like Kartverket's
 * OutputAdresse, keys in the order the real service sends them.
 */
export interface SandboxAddress {
  adressekode: number;
  adressenavn: string;
  adressetekst: string;
  adressetekstutenadressetilleggsnavn: string;
  adressetilleggsnavn: string | null;
  bokstav: string;
  bruksenhetsnummer: string[];
  bruksnummer: number;
  festenummer: number;
  gardsnummer: number;
  kommunenavn: string;
  kommunenummer: string;
  nummer: number;
  objtype: 'Vegadresse' | 'Matrikkeladresse';
  oppdateringsdato: string;
  postnummer: string;
  poststed: string;
  representasjonspunkt: { epsg: string; lat: number; lon: number };
  stedfestingverifisert: boolean;
  undernummer: number | null;
}

/** The real address in the fixtures (GET /sok?sok=myrvollveien 5c), so the sandbox answers it like Kartverket. */
export const fixtureAddress: SandboxAddress = {
  adressekode: 25440,
  adressenavn: 'Myrvollveien',
  adressetekst: 'Myrvollveien 5C',
  adressetekstutenadressetilleggsnavn: 'Myrvollveien 5C',
  adressetilleggsnavn: null,
  bokstav: 'C',
  bruksenhetsnummer: [],
  bruksnummer: 898,
  festenummer: 0,
  gardsnummer: 243,
  kommunenavn: 'NORDRE FOLLO',
  kommunenummer: '3207',
  nummer: 5,
  objtype: 'Vegadresse',
  oppdateringsdato: '2024-01-01T00:00:00',
  postnummer: '1415',
  poststed: 'OPPEGÅRD',
  representasjonspunkt: { epsg: 'EPSG:4258', lat: 59.78502106569645, lon: 10.799290993113777 },
  stedfestingverifisert: true,
  undernummer: null,
};

// Parts of street names as they are found all over Norway.
const firstParts = [
  'Kirke',
  'Skole',
  'Stor',
  'Bjørke',
  'Granli',
  'Eike',
  'Furu',
  'Solberg',
  'Hauge',
  'Løkke',
  'Enge',
  'Fjell',
  'Bakke',
  'Sjø',
  'Strand',
  'Dal',
  'Bekke',
  'Heggeli',
  'Rose',
  'Linde',
  'Aske',
  'Rogne',
  'Bjerke',
  'Nordli',
  'Sørli',
  'Vestli',
  'Østli',
  'Åsen',
  'Tømmer',
  'Mølle',
  'Sag',
  'Smie',
  'Preste',
  'Lensmann',
  'Kongs',
  'Dronning',
  'Prins',
  'Ringe',
  'Tors',
  'Odins',
  'Blåbær',
  'Tyttebær',
  'Multe',
  'Reve',
  'Elg',
  'Hjort',
  'Ørne',
  'Måke',
  'Svane',
  'Tiur',
  'Rype',
  'Jeger',
  'Fisker',
  'Bonde',
  'Gårds',
  'Stasjons',
  'Post',
  'Tollbod',
  'Brygge',
  'Havne',
  'Fyr',
  'Los',
  'Bakkehaug',
  'Solhaug',
  'Nyhus',
  'Myrvoll',
  'Haugland',
  'Nesset',
  'Holm',
  'Berg',
  'Lunde',
  'Moe',
  'Vik',
  'Sand',
  'Lia',
  'Rud',
  'Stub',
  'Kval',
  'Skog',
  'Park',
  'Hage',
  'Torg',
  'Myr',
  'Kleiv',
  'Ur',
  'Foss',
  'Elve',
  'Bru',
  'Kvern',
  'Sætre',
  'Tveit',
  'Nygård',
  'Lindeberg',
  'Aspe',
  'Selje',
  'Hassel',
  'Kirsebær',
  'Eple',
];
const bokmålEnds = [
  'veien',
  'veien',
  'veien',
  'gata',
  'stien',
  'bakken',
  'lia',
  'svingen',
  'tunet',
  'jordet',
  'kroken',
  'løkka',
  'plassen',
  'haugen',
  'åsen',
  'allé',
];
const nynorskEnds = [
  'vegen',
  'vegen',
  'vegen',
  'gata',
  'stien',
  'bakken',
  'lia',
  'svingen',
  'tunet',
  'jordet',
  'kroken',
  'løkja',
  'plassen',
  'haugen',
  'åsen',
  'allé',
];
const farmNames = ['Haugen', 'Nordre Berg', 'Søndre Lia', 'Østre Bakke', 'Vestre Moe', 'Solbakken', 'Granheim', 'Fjellstad'];

const round = (n: number, digits = 1e10) => Math.round(n * digits) / digits;
/** Flats on floors 1–4, two a floor: H0101, H0102, H0201 … */
const flatNumbers = ['H0101', 'H0102', 'H0201', 'H0202', 'H0301', 'H0302', 'H0401', 'H0402'];
const updateDates = Array.from({ length: 84 }, (_, i) => `20${18 + Math.floor(i / 12)}-${String(1 + (i % 12)).padStart(2, '0')}-15T00:00:00`);

export interface GenerateOptions {
  /** Default 60,000. */
  target?: number;
  seed?: number;
}

export function generateAddresses({ target = 60_000, seed = 20_240_101 }: GenerateOptions = {}): SandboxAddress[] {
  const rnd = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const totalWeight = places.kommuner.reduce((sum, k) => sum + k.weight, 0);
  const addresses: SandboxAddress[] = [];

  for (const kommune of places.kommuner) {
    const quota = Math.round((target * kommune.weight) / totalWeight);
    const spreadKm = 2 + kommune.weight * 0.8;
    const kmPerLon = 111.32 * Math.cos((kommune.lat * Math.PI) / 180);
    // Each postal code is a neighbourhood around its own point.
    const areas = kommune.postnummer.map(([postnummer, poststed]) => ({
      postnummer: postnummer!,
      poststed: poststed!,
      lat: kommune.lat + ((rnd() - 0.5) * 2 * spreadKm) / 111.32,
      lon: kommune.lon + ((rnd() - 0.5) * 2 * spreadKm) / kmPerLon,
    }));
    const ends = inNynorskArea(kommune.nummer) ? nynorskEnds : bokmålEnds;
    const used = new Set<string>();
    let adressekode = 1000 + Math.floor(rnd() * 1000);
    let count = 0;

    if (kommune.nummer === fixtureAddress.kommunenummer && !used.has(fixtureAddress.adressenavn)) {
      used.add('Myrvollveien');
      count += addStreet(addresses, rnd, { ...fixtureArea, kmPerLon }, 'Myrvollveien', fixtureAddress.adressekode, kommune, 14, true);
    }
    while (count < quota) {
      let name = pick(firstParts) + pick(ends);
      if (used.has(name)) name = `${pick(['Nedre ', 'Øvre ', 'Gamle ', 'Nye '])}${name}`;
      if (used.has(name)) continue;
      used.add(name);
      adressekode += 1 + Math.floor(rnd() * 40);
      const houses = 4 + Math.floor(rnd() * rnd() * 70);
      count += addStreet(addresses, rnd, { ...pick(areas), kmPerLon }, name, adressekode, kommune, houses);
    }
  }
  return addresses;
}

const fixtureArea = {
  postnummer: fixtureAddress.postnummer,
  poststed: fixtureAddress.poststed,
  lat: fixtureAddress.representasjonspunkt.lat,
  lon: fixtureAddress.representasjonspunkt.lon,
};

function addStreet(
  out: SandboxAddress[],
  rnd: () => number,
  area: { postnummer: string; poststed: string; lat: number; lon: number; kmPerLon: number },
  adressenavn: string,
  adressekode: number,
  kommune: { nummer: string; navn: string },
  houses: number,
  withFixture = false,
): number {
  // A street is a straight line through its neighbourhood, ~15 m between houses on each side.
  const angle = rnd() * Math.PI;
  // The fixture's street runs through its real point, so its neighbours are found by /punktsok.
  const jitter = withFixture ? 0 : 1.2;
  const startLat = area.lat + ((rnd() - 0.5) * jitter) / 111.32;
  const startLon = area.lon + ((rnd() - 0.5) * jitter) / area.kmPerLon;
  const gardsnummer = 1 + Math.floor(rnd() * 300);
  let added = 0;
  for (let nummer = 1; nummer <= houses; nummer++) {
    const letters = rnd() < 0.1 ? ['A', 'B', 'C', 'D'].slice(0, 2 + Math.floor(rnd() * 3)) : [''];
    const fixtureNumber = withFixture && nummer === fixtureAddress.nummer;
    if (fixtureNumber) letters.splice(0, letters.length, 'A', 'B', 'C');
    for (const bokstav of letters) {
      if (fixtureNumber && bokstav === fixtureAddress.bokstav) {
        out.push(fixtureAddress);
        added++;
        continue;
      }
      const along = (Math.ceil(nummer / 2) * 0.03 + (bokstav ? 0.01 : 0)) * (nummer % 2 ? 1 : -1) * 0.5;
      const tekst = `${adressenavn} ${nummer}${bokstav}`;
      const farm = rnd() < 0.02 ? farmNames[Math.floor(rnd() * farmNames.length)]! : null;
      const flats = rnd() < 0.08 ? 2 + Math.floor(rnd() * 6) : 0;
      out.push({
        adressekode,
        adressenavn,
        adressetekst: farm ? `${farm}, ${tekst}` : tekst,
        adressetekstutenadressetilleggsnavn: tekst,
        adressetilleggsnavn: farm,
        bokstav,
        bruksenhetsnummer: flats ? flatNumbers.slice(0, flats) : [],
        bruksnummer: 1 + Math.floor(rnd() * 900),
        festenummer: 0,
        gardsnummer,
        kommunenavn: kommune.navn,
        kommunenummer: kommune.nummer,
        nummer,
        objtype: 'Vegadresse',
        oppdateringsdato: updateDates[Math.floor(rnd() * updateDates.length)]!,
        postnummer: area.postnummer,
        poststed: area.poststed,
        representasjonspunkt: {
          epsg: 'EPSG:4258',
          lat: round(startLat + (Math.sin(angle) * along) / 111.32),
          lon: round(startLon + (Math.cos(angle) * along) / area.kmPerLon),
        },
        stedfestingverifisert: rnd() < 0.97,
        undernummer: null,
      });
      added++;
    }
  }
  return added;
}
