import { createHash } from 'node:crypto';
import { testPersons } from '../idporten/persons.js';
import { fixtureOrgnr, type StoredEnhet } from './generate.js';

type Person = (typeof testPersons)[number] & { pid: string };
const persons = testPersons.filter((p): p is Person => !!p.pid);
const byId = (id: string) => persons.find((p) => p.id === id)!;

const roleTypes = {
  DAGL: 'Daglig leder/ adm.direktør',
  LEDE: 'Styrets leder',
  MEDL: 'Styremedlem',
  INNH: 'Innehaver',
  STYR: 'Styre',
} as const;
type RoleCode = keyof typeof roleTypes;

/** Birth date from a synthetic number (Tenor: month + 80; individual number 000–499 is the 1900s). */
function birthDate(pid: string): string {
  const day = pid.slice(0, 2);
  const month = String(Number(pid.slice(2, 4)) - 80).padStart(2, '0');
  const century = Number(pid.slice(6, 9)) < 500 ? '19' : '20';
  return `${century}${pid.slice(4, 6)}-${month}-${day}`;
}

interface Holding {
  code: RoleCode;
  person: Person;
  fratraadt?: boolean;
}

/**
 * The fixed roles the sandbox's tests and demo lean on: in the restaurant Kari may act (daglig leder,
 * styrets leder) and Ola, a board member, may not; Per was daglig leder and has left (`fratraadt`).
 */
const fixed: Record<string, Holding[]> = {
  [fixtureOrgnr.restaurant]: [
    { code: 'DAGL', person: byId('kari') },
    { code: 'DAGL', person: byId('per'), fratraadt: true },
    { code: 'LEDE', person: byId('kari') },
    { code: 'MEDL', person: byId('ola') },
  ],
};

/** Roles for any other unit, the same at every start: picked from the test persons by the orgnr. */
function generated(enhet: StoredEnhet): Holding[] {
  const h = createHash('sha256').update(enhet.organisasjonsnummer).digest();
  const pick = (i: number) => persons[h[i]! % persons.length]!;
  if (enhet.organisasjonsform?.kode === 'ENK') return [{ code: 'INNH', person: pick(0) }];
  const leader = pick(0);
  const member = persons.find((p) => p !== leader && p === pick(1)) ?? persons[(persons.indexOf(leader) + 1) % persons.length]!;
  return [
    { code: 'DAGL', person: leader },
    { code: 'LEDE', person: leader },
    { code: 'MEDL', person: member },
  ];
}

/** The roles answer in the register's shape; `withFnr` adds `fodselsnummer` as the authorised API does. */
export function rolesOf(enhet: StoredEnhet, enhetHref: string, withFnr: boolean) {
  const holdings = fixed[enhet.organisasjonsnummer] ?? generated(enhet);
  const group = (code: RoleCode) => holdings.filter((h) => (code === 'STYR' ? h.code === 'LEDE' || h.code === 'MEDL' : h.code === code));
  const role = (h: Holding, rekkefolge: number) => ({
    type: { kode: h.code, beskrivelse: roleTypes[h.code] },
    person: {
      ...(withFnr ? { fodselsnummer: h.person.pid } : {}),
      fodselsdato: birthDate(h.person.pid),
      navn: { fornavn: h.person.givenName, mellomnavn: null, etternavn: h.person.familyName },
      erDoed: false,
    },
    fratraadt: h.fratraadt ?? false,
    rekkefolge,
  });
  const rollegrupper = (['DAGL', 'INNH', 'STYR'] as const)
    .map((code) => ({ code, roles: group(code) }))
    .filter(({ roles }) => roles.length)
    .map(({ code, roles }) => ({ type: { kode: code, beskrivelse: roleTypes[code] }, sistEndret: '2024-05-01', roller: roles.map(role) }));
  return { rollegrupper, _links: { enhet: { href: enhetHref } } };
}
