import * as v from 'valibot';
import type { components } from './generated/enhetsregisteret.js';

/**
 * Runtime schemas for the parts of Enhetsregisteret's answers we read. Every field of the OpenAPI
 * document is described, required ones as required; objects are loose at the top level so a field
 * the register adds later passes through instead of failing every lookup.
 */

type Schemas = components['schemas'];

const text = v.string();
const nullableText = v.optional(v.nullable(text));
const isoDate = v.pipe(text, v.isoDate('must be a date, yyyy-MM-dd'));
const orgnr = v.pipe(text, v.regex(/^\d{9}$/, 'must be 9 digits'));
const href = v.object({ href: text });
const optionalHref = v.optional(v.object({ href: v.optional(v.nullable(text)) }));

const kodeSchema = v.object({ kode: nullableText, beskrivelse: nullableText });

export const organisasjonsformSchema = v.object({
  _links: v.optional(v.object({ self: v.optional(href) })),
  kode: text,
  utgaatt: nullableText,
  beskrivelse: text,
});

export const adresseSchema = v.object({
  kommune: nullableText,
  landkode: nullableText,
  postnummer: nullableText,
  adresse: v.optional(v.nullable(v.array(text))),
  land: nullableText,
  kommunenummer: nullableText,
  poststed: nullableText,
});

const paategningSchema = v.object({
  infotype: v.optional(text),
  tekst: v.optional(text),
  innfoertDato: v.optional(text),
});

const optionalDate = v.optional(text);

export const enhetSchema = v.looseObject({
  respons_klasse: v.optional(v.literal('Enhet')),
  organisasjonsnummer: orgnr,
  navn: text,
  organisasjonsform: organisasjonsformSchema,
  postadresse: v.optional(adresseSchema),
  forretningsadresse: v.optional(adresseSchema),
  registrertIMvaregisteret: v.boolean(),
  maalform: text,
  naeringskode1: v.optional(v.nullable(kodeSchema)),
  naeringskode2: v.optional(v.nullable(kodeSchema)),
  naeringskode3: v.optional(v.nullable(kodeSchema)),
  hjelpeenhetskode: v.optional(kodeSchema),
  underAvvikling: v.boolean(),
  underAvviklingDato: optionalDate,
  registrertIStiftelsesregisteret: v.boolean(),
  konkurs: v.boolean(),
  konkursdato: optionalDate,
  tvangsavvikletPgaManglendeSlettingDato: optionalDate,
  tvangsopplostPgaManglendeDagligLederDato: optionalDate,
  tvangsopplostPgaManglendeRevisorDato: optionalDate,
  tvangsopplostPgaManglendeRegnskapDato: optionalDate,
  tvangsopplostPgaMangelfulltStyreDato: optionalDate,
  vedtektsdato: optionalDate,
  vedtektsfestetFormaal: v.optional(v.array(text)),
  aktivitet: v.optional(v.array(text)),
  paategninger: v.array(paategningSchema),
  registrertIFrivillighetsregisteret: v.boolean(),
  stiftelsesdato: nullableText,
  institusjonellSektorkode: v.optional(kodeSchema),
  registrertIForetaksregisteret: v.boolean(),
  registreringsdatoEnhetsregisteret: isoDate,
  hjemmeside: nullableText,
  sisteInnsendteAarsregnskap: nullableText,
  frivilligMvaRegistrertBeskrivelser: v.optional(v.nullable(v.array(text))),
  underTvangsavviklingEllerTvangsopplosning: v.boolean(),
  antallAnsatte: v.optional(v.number()),
  harRegistrertAntallAnsatte: v.boolean(),
  overordnetEnhet: nullableText,
  registreringsnummerIHjemlandet: nullableText,
  registreringsdatoAntallAnsatteNAVAaregisteret: optionalDate,
  registreringsdatoAntallAnsatteEnhetsregisteret: optionalDate,
  registreringsdatoMerverdiavgiftsregisteret: optionalDate,
  registreringsdatoMerverdiavgiftsregisteretEnhetsregisteret: optionalDate,
  registreringsdatoFrivilligMerverdiavgiftsregisteret: optionalDate,
  registreringsdatoForetaksregisteret: optionalDate,
  registreringsdatoFrivillighetsregisteret: optionalDate,
  registrertIPartiregisteret: v.optional(v.boolean()),
  registreringsdatoPartiregisteret: optionalDate,
  epostadresse: v.optional(text),
  telefon: v.optional(text),
  mobil: v.optional(text),
  _links: v.optional(v.object({ overordnetEnhet: optionalHref, self: v.optional(href) })),
});

/** A unit deleted from the register: 200 with fewer fields. */
export const slettetEnhetSchema = v.looseObject({
  respons_klasse: v.optional(v.literal('SlettetEnhet')),
  organisasjonsnummer: orgnr,
  navn: text,
  organisasjonsform: organisasjonsformSchema,
  slettedato: isoDate,
  _links: v.optional(v.object({ self: v.optional(href) })),
});

/** A unit removed from the open data, for example for legal reasons: 410 Gone. */
export const goneEnhetSchema = v.looseObject({
  organisasjonsnummer: orgnr,
  slettedato: isoDate,
  _links: v.optional(v.object({ self: v.optional(href) })),
});

export const pageSchema = v.object({
  number: v.pipe(v.number(), v.integer()),
  size: v.pipe(v.number(), v.integer()),
  totalPages: v.pipe(v.number(), v.integer()),
  totalElements: v.pipe(v.number(), v.integer()),
});

/** The HAL page of `GET /enheter`. `_embedded` is left out when nothing matched. */
export const enheterPageSchema = v.object({
  _links: v.object({
    self: v.optional(href),
    first: optionalHref,
    prev: optionalHref,
    next: optionalHref,
    last: optionalHref,
  }),
  _embedded: v.optional(v.object({ enheter: v.array(enhetSchema) })),
  page: pageSchema,
});

/** The body of a 400 answer. */
export const badRequestSchema = v.looseObject({
  antallFeil: v.number(),
  valideringsfeil: v.array(v.looseObject({ feilmelding: text, parametere: v.array(text), feilaktigVerdi: v.optional(text) })),
  sti: text,
  feilmelding: text,
  tidsstempel: v.number(),
  status: v.number(),
});

/** A unit in the register, typed from the OpenAPI document. */
export type Enhet = Schemas['Enhet'];
export type SlettetEnhet = Schemas['SlettetEnhet'];
export type GoneEnhet = Schemas['GoneEnhet'];
export type Page = Schemas['Page'];
export type Organisasjonsform = Schemas['Organisasjonsform'];
export type BadRequest = Schemas['BadRequest'];
export type EnheterPage = v.InferOutput<typeof enheterPageSchema>;

// Fail to compile when the schemas drift from the types generated from the real document.
const _enhet: v.GenericSchema<unknown, Enhet> = enhetSchema;
const _slettet: v.GenericSchema<unknown, SlettetEnhet> = slettetEnhetSchema;
const _gone: v.GenericSchema<unknown, GoneEnhet> = goneEnhetSchema;
const _page: v.GenericSchema<unknown, Page> = pageSchema;
