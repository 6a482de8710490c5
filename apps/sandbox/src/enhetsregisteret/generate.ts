import type { Enhet, GoneEnhet, SlettetEnhet } from '@felles/client-enhetsregisteret';
import { naeringskoder, naeringskoderByForm, organisasjonsformer, sektorkoder, type OrganisasjonsformKode } from './codes.js';
import { withCheckDigit } from './orgnr.js';
import { inNynorskArea } from '../nynorsk-area.js';
import { municipalityPlaces, municipalityUnits } from './municipalities.js';
import { places, type Place } from './places.js';
import { picker, type Picker } from '../random.js';

/** A unit as stored: the register's fields without `_links`, which depend on the sandbox's origin. */
export type StoredEnhet = Omit<Enhet, '_links' | 'respons_klasse'>;
export type StoredSlettetEnhet = Omit<SlettetEnhet, '_links' | 'respons_klasse'>;
export type StoredGoneEnhet = Omit<GoneEnhet, '_links'>;

export interface Register {
  /** Units in the register, sorted by name: what searches see. */
  enheter: StoredEnhet[];
  byOrgnr: Map<string, StoredEnhet>;
  /** Deleted units: the real service still answers them with 200 and fewer fields. */
  slettede: Map<string, StoredSlettetEnhet>;
  /** Units removed from the open data (410 Gone). */
  fjernede: Map<string, StoredGoneEnhet>;
}

/**
 * Units with fixed numbers, so stories, demos and tests can name them. Every other unit is
 * generated, the same at every start.
 */
export const fixtureOrgnr = {
  /** A restaurant in Oslo, in the register. */
  restaurant: '926535897',
  /** Deleted in 2023: 200 with `slettedato`. */
  deleted: '932384620',
  /** Removed from the open data: 410 Gone. */
  removed: '943383278',
  /** A valid number that no unit has: 404. */
  unknown: '950288418',
} as const;

const words = [
  'NORDLYS',
  'FJORD',
  'FJELLTOPP',
  'KYSTEN',
  'SOLSIDEN',
  'HAVBRIS',
  'POLARIS',
  'LYNGHEIA',
  'BJØRKELUND',
  'FURULUND',
  'MÅNESKINN',
  'STJERNE',
  'TINDEN',
  'BREEN',
  'ELVEBREDDEN',
  'VIKA',
  'ØYA',
  'SKJÆRGÅRDEN',
  'MIDNATTSOL',
  'VARDEN',
  'BRYGGA',
  'TORGET',
  'HAVNA',
  'BAKGÅRDEN',
  'GRÅSTEIN',
  'KOBBERVIK',
  'SØLVBERG',
  'GULLHAUG',
  'RØDBERG',
  'BLÅKLOKKE',
  'LINNEA',
  'HEGRE',
  'ÆRFUGL',
  'TJELD',
  'LÅVEN',
  'STABBURET',
  'NAUSTET',
  'KAIA',
  'FYRET',
  'LOSEN',
  'SJØBUA',
  'KVERNA',
  'SMIA',
  'BRUA',
  'ASPEHAUG',
  'ROGNSTAD',
  'LIABAKKEN',
  'HAUGLAND',
  'SANDVIKEN',
  'STORMYRA',
];
const surnames = [
  'HANSEN',
  'JOHANSEN',
  'OLSEN',
  'LARSEN',
  'ANDERSEN',
  'PEDERSEN',
  'NILSEN',
  'KRISTIANSEN',
  'JENSEN',
  'KARLSEN',
  'PETTERSEN',
  'ERIKSEN',
  'BERG',
  'HAUGEN',
  'HAGEN',
  'JOHANNESSEN',
  'ANDREASSEN',
  'JACOBSEN',
  'DAHL',
  'HALVORSEN',
  'LUND',
  'MOEN',
  'IVERSEN',
  'STRAND',
  'SOLBERG',
  'EIDE',
  'KNUTSEN',
  'BAKKE',
  'LIE',
  'AHMED',
  'ALI',
  'NGUYEN',
  'KHAN',
  'NILSSON',
  'SOLHEIM',
  'VIK',
  'HOLM',
  'SARA',
  'EIRA',
  'HETTA',
];
const givenNames = [
  'OLA',
  'KARI',
  'NORA',
  'EMMA',
  'JAKOB',
  'EMIL',
  'SARA',
  'INGRID',
  'LARS',
  'ANNE',
  'KNUT',
  'SIGRID',
  'AMIR',
  'FATIMA',
  'LINH',
  'ASLAK',
  'ELLE',
  'MARJA',
  'ANTE',
];
const streetFirst = [
  'Kirke',
  'Skole',
  'Stor',
  'Bjørke',
  'Eike',
  'Furu',
  'Sol',
  'Strand',
  'Havne',
  'Torg',
  'Brygge',
  'Stasjons',
  'Mølle',
  'Fjord',
  'Prinsens',
  'Kongens',
  'Dronningens',
  'Nygård',
  'Industri',
  'Handverker',
];
const streetEnds = ['gata', 'gata', 'veien', 'veien', 'vegen', 'allé', 'bakken', 'plassen', 'kaia'];
const restaurantPatterns = [
  (w: string) => `KAFE ${w}`,
  (w: string) => `RESTAURANT ${w}`,
  (w: string) => `${w} BISTRO`,
  (w: string) => `${w} PIZZERIA`,
  (w: string) => `${w} SUSHI`,
  (w: string) => `${w} GRILL`,
  (w: string) => `${w} BAKERI OG KAFE`,
];
const craftWords = ['BYGG', 'ELEKTRO', 'RØR', 'MALING', 'TAK', 'BIL', 'RENHOLD'];
const businessWords = ['EIENDOM', 'CONSULTING', 'IT', 'REGNSKAP', 'TRANSPORT', 'HANDEL', 'INVEST', 'DESIGN', 'DATA'];
const foreignPrefixes = ['NORDIC', 'BALTIC', 'EURO', 'SCANDI', 'ARCTIC'];
const foreignSuffixes = ['AB', 'APS', 'OY', 'LTD', 'UAB', 'GMBH'];
const associations = ['IDRETTSLAG', 'SKOLEKORPS', 'VELFORENING', 'SJAKKLUBB', 'KOR', 'HISTORIELAG', 'TURLAG', 'FOTBALLKLUBB'];

const DAY = 86_400_000;
const start = Date.UTC(1995, 0, 1);
const end = Date.UTC(2025, 8, 30);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

type Kode = { kode: string; beskrivelse: string };
type Kind = 'restaurant' | 'craft' | 'business';

function unitName(r: Picker, form: OrganisasjonsformKode, kind: Kind, place: Place): string {
  const word = r.pick(words);
  const base = kind === 'restaurant' ? r.pick(restaurantPatterns)(word) : `${word} ${r.pick(kind === 'craft' ? craftWords : businessWords)}`;
  switch (form) {
    case 'ENK':
      return r.chance(0.5)
        ? `${r.pick(givenNames)} ${r.pick(surnames)}`
        : `${r.pick(surnames)} ${r.pick(kind === 'restaurant' ? ['KAFE', 'MAT'] : kind === 'craft' ? craftWords : businessWords)}`;
    case 'NUF':
      return `${r.pick(foreignPrefixes)} ${word} ${r.pick(foreignSuffixes)}`;
    case 'ANS':
      return `${r.pick(surnames)} & ${r.pick(surnames)} ANS`;
    case 'FLI':
      return `${r.chance(0.5) ? place.kommune : word} ${r.pick(associations)}`;
    case 'STI':
      return `STIFTELSEN ${word}`;
    case 'BRL':
      return `${word} BORETTSLAG`;
    case 'ESEK':
      return `SAMEIET ${word}`;
    default:
      return `${base} ${form}`;
  }
}

function address(r: Picker, place: Place) {
  const [postnummer, poststed] = r.pick(place.postnummer);
  return {
    land: 'Norge',
    landkode: 'NO',
    postnummer,
    poststed,
    adresse: [`${r.pick(streetFirst)}${r.pick(streetEnds)} ${r.int(1, 120)}${r.chance(0.15) ? r.pick(['A', 'B', 'C']) : ''}`],
    kommune: place.kommune,
    kommunenummer: place.kommunenummer,
  };
}

/** One unit in the register, shaped like the real service's Enhet. */
function unit(r: Picker, organisasjonsnummer: string): StoredEnhet {
  const formInfo = r.weighted(organisasjonsformer, (form) => form.share);
  const form = formInfo.kode;
  const place = r.weighted(places, (candidate) => candidate.weight);
  const byForm = naeringskoderByForm[form];
  const naering: Kode & { kind?: Kind } = byForm ? r.pick(byForm) : r.weighted(naeringskoder, (code) => code.share);
  const kind: Kind = 'kind' in naering && naering.kind ? naering.kind : 'business';
  const registrert = start + Math.floor(r.next() * ((end - start) / DAY)) * DAY;
  const stiftet = registrert - r.int(0, 60) * DAY;
  const nynorskArea = inNynorskArea(place.kommunenummer);
  const companyForms: OrganisasjonsformKode[] = ['AS', 'ASA', 'NUF', 'ANS', 'DA', 'SA', 'KS'];
  const foretaksregisteret = companyForms.includes(form) || (form === 'ENK' && r.chance(0.4));
  const mva = r.chance(form === 'AS' || form === 'ASA' ? 0.75 : form === 'FLI' || form === 'BRL' || form === 'ESEK' ? 0.05 : 0.5);
  const employees = form === 'ENK' ? (r.chance(0.8) ? 0 : r.int(1, 4)) : Math.max(0, Math.floor(Math.exp(r.next() * Math.log(220))) - 1);
  const naeringskode1 = { kode: naering.kode, beskrivelse: naering.beskrivelse };
  const forretningsadresse = address(r, place);
  const navn = unitName(r, form, kind, place);

  const enhet: StoredEnhet = {
    organisasjonsnummer,
    navn,
    organisasjonsform: { kode: form, beskrivelse: formInfo.beskrivelse },
    registreringsdatoEnhetsregisteret: iso(registrert),
    registrertIMvaregisteret: mva,
    naeringskode1,
    harRegistrertAntallAnsatte: employees > 0,
    forretningsadresse,
    stiftelsesdato: iso(stiftet),
    registrertIForetaksregisteret: foretaksregisteret,
    registrertIStiftelsesregisteret: form === 'STI',
    registrertIFrivillighetsregisteret: form === 'FLI' ? r.chance(0.6) : form === 'STI' ? r.chance(0.2) : false,
    konkurs: false,
    underAvvikling: false,
    underTvangsavviklingEllerTvangsopplosning: false,
    maalform: nynorskArea ? (r.chance(0.6) ? 'Nynorsk' : 'Bokmål') : r.chance(0.05) ? 'Nynorsk' : 'Bokmål',
    paategninger: [],
  };
  if (employees > 0) {
    enhet.antallAnsatte = employees;
    enhet.registreringsdatoAntallAnsatteNAVAaregisteret = iso(end - r.int(0, 200) * DAY);
  }
  const sektor = sektorkoder[form];
  if (sektor) enhet.institusjonellSektorkode = sektor;
  if (r.chance(0.35)) {
    const [postnummer, poststed] = r.pick(place.postnummer);
    enhet.postadresse = {
      land: 'Norge',
      landkode: 'NO',
      postnummer,
      poststed,
      adresse: [`Postboks ${r.int(1, 9000)}`],
      kommune: place.kommune,
      kommunenummer: place.kommunenummer,
    };
  }
  if (form === 'AS' || form === 'ASA') {
    enhet.vedtektsdato = iso(stiftet);
    enhet.vedtektsfestetFormaal = [`${naering.beskrivelse} og det som står i forbindelse med dette.`];
    if (registrert < Date.UTC(2024, 0, 1)) enhet.sisteInnsendteAarsregnskap = '2024';
    if (r.chance(0.3))
      enhet.hjemmeside = `www.${navn
        .toLowerCase()
        .replace(/ (as|asa)$/, '')
        .replace(/[^a-z0-9æøå]+/g, '')}.no`;
    if (r.chance(0.1)) {
      const other = r.weighted(naeringskoder, (code) => code.share);
      if (other.kode !== naering.kode) enhet.naeringskode2 = { kode: other.kode, beskrivelse: other.beskrivelse };
    }
  } else {
    enhet.aktivitet = [naering.beskrivelse];
  }
  if (mva) enhet.registreringsdatoMerverdiavgiftsregisteret = iso(registrert + r.int(0, 90) * DAY);
  if (foretaksregisteret) enhet.registreringsdatoForetaksregisteret = iso(registrert);
  if (enhet.registrertIFrivillighetsregisteret) enhet.registreringsdatoFrivillighetsregisteret = iso(registrert + r.int(0, 400) * DAY);
  const fate = r.next();
  if (fate < 0.01) {
    enhet.konkurs = true;
    enhet.konkursdato = iso(end - r.int(10, 900) * DAY);
  } else if (fate < 0.02) {
    enhet.underAvvikling = true;
    enhet.underAvviklingDato = iso(end - r.int(10, 300) * DAY);
  }
  return enhet;
}

function fixtures(): { enhet: StoredEnhet; slettet: StoredSlettetEnhet; gone: StoredGoneEnhet } {
  const enhet: StoredEnhet = {
    organisasjonsnummer: fixtureOrgnr.restaurant,
    navn: 'SMAKEBITEN KAFE AS',
    organisasjonsform: { kode: 'AS', beskrivelse: 'Aksjeselskap' },
    registreringsdatoEnhetsregisteret: '2019-03-14',
    registrertIMvaregisteret: true,
    naeringskode1: { kode: '56.101', beskrivelse: 'Drift av restauranter og kafeer' },
    antallAnsatte: 12,
    harRegistrertAntallAnsatte: true,
    forretningsadresse: {
      land: 'Norge',
      landkode: 'NO',
      postnummer: '0154',
      poststed: 'OSLO',
      adresse: ['Kirkegata 15'],
      kommune: 'OSLO',
      kommunenummer: '0301',
    },
    stiftelsesdato: '2019-02-28',
    institusjonellSektorkode: { kode: '2100', beskrivelse: 'Private aksjeselskaper mv.' },
    registrertIForetaksregisteret: true,
    registrertIStiftelsesregisteret: false,
    registrertIFrivillighetsregisteret: false,
    sisteInnsendteAarsregnskap: '2024',
    konkurs: false,
    underAvvikling: false,
    underTvangsavviklingEllerTvangsopplosning: false,
    maalform: 'Bokmål',
    vedtektsdato: '2019-02-28',
    vedtektsfestetFormaal: ['Drift av restauranter og kafeer og det som står i forbindelse med dette.'],
    registreringsdatoMerverdiavgiftsregisteret: '2019-04-01',
    registreringsdatoForetaksregisteret: '2019-03-14',
    registreringsdatoAntallAnsatteNAVAaregisteret: '2025-09-01',
    paategninger: [],
  };
  return {
    enhet,
    slettet: {
      organisasjonsnummer: fixtureOrgnr.deleted,
      navn: 'GAMLEBYEN KAFE AS',
      organisasjonsform: { kode: 'AS', beskrivelse: 'Aksjeselskap' },
      slettedato: '2023-06-30',
    },
    gone: { organisasjonsnummer: fixtureOrgnr.removed, slettedato: '2024-03-09' },
  };
}

export interface GenerateOptions {
  /** Units in the register, one per municipality among them; default 3,000. About 2 % more are deleted and 1 % removed. */
  count?: number;
  seed?: number;
}

/** Builds the register, the same for the same options. */
export function generateRegister(options: GenerateOptions = {}): Register {
  const count = options.count ?? 3000;
  const r = picker(options.seed ?? 0x0e5e7);
  const taken = new Set<string>(Object.values(fixtureOrgnr));
  const nextOrgnr = () => {
    for (;;) {
      const firstEight = `${r.chance(0.8) ? 9 : 8}${String(r.int(0, 9_999_999)).padStart(7, '0')}`;
      const orgnr = withCheckDigit(firstEight);
      if (orgnr && !taken.has(orgnr)) {
        taken.add(orgnr);
        return orgnr;
      }
    }
  };

  const fixed = fixtures();
  const enheter: StoredEnhet[] = [fixed.enhet];
  const slettede = new Map<string, StoredSlettetEnhet>([[fixed.slettet.organisasjonsnummer, fixed.slettet]]);
  const fjernede = new Map<string, StoredGoneEnhet>([[fixed.gone.organisasjonsnummer, fixed.gone]]);

  // The municipalities count towards `count`; their numbers are drawn after the other units', which
  // therefore stay the same whether or not the register has municipalities.
  while (enheter.length < count - municipalityPlaces.length) {
    const enhet = unit(r, nextOrgnr());
    const roll = r.next();
    if (roll < 0.02) {
      const { organisasjonsnummer, navn, organisasjonsform } = enhet;
      slettede.set(organisasjonsnummer, { organisasjonsnummer, navn, organisasjonsform, slettedato: iso(end - r.int(1, 3000) * DAY) });
    } else if (roll < 0.03) {
      fjernede.set(enhet.organisasjonsnummer, { organisasjonsnummer: enhet.organisasjonsnummer, slettedato: iso(end - r.int(1, 700) * DAY) });
    } else {
      enheter.push(enhet);
    }
  }
  enheter.push(...municipalityUnits(nextOrgnr, taken));
  // One collator: localeCompare with a locale builds one per call, which made startup several times slower.
  const collator = new Intl.Collator('nb');
  enheter.sort((a, b) => collator.compare(a.navn, b.navn) || collator.compare(a.organisasjonsnummer, b.organisasjonsnummer));
  return { enheter, byOrgnr: new Map(enheter.map((enhet) => [enhet.organisasjonsnummer, enhet])), slettede, fjernede };
}

const shared = new Map<string, Register>();

/**
 * The register for these options, built once per process: the open and the authorised API read the
 * same units, and neither changes them.
 */
export function sharedRegister(options: GenerateOptions = {}): Register {
  const key = `${options.count ?? 3000}:${options.seed ?? 0x0e5e7}`;
  let register = shared.get(key);
  if (!register) shared.set(key, (register = generateRegister(options)));
  return register;
}
