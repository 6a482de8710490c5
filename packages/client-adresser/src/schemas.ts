import * as v from 'valibot';

/**
 * Runtime schemas for Kartverket's responses. The Swagger document marks
 * every field optional and none nullable; the real service always sends the
 * address line, post and municipality fields, and sends `null` for
 * `adressetilleggsnavn` and `undernummer` when they do not apply. These
 * schemas describe what the service really sends, so a response that lacks
 * what a form needs fails loudly instead of reaching it as `undefined`.
 */

const text = v.string();
// Whole numbers in the document (int32); checked as numbers only, which keeps the schema small for browsers.
const int = v.number();
/** Present in every real answer, but possibly null. */
const maybe = <T extends v.GenericSchema>(schema: T) => v.nullish(schema);

export const geomPointSchema = v.object({
  /** e.g. "EPSG:4258" */
  epsg: v.optional(text),
  lat: v.number(),
  lon: v.number(),
});

const addressEntries = {
  adressenavn: maybe(text),
  adressetekst: text,
  adressetilleggsnavn: maybe(text),
  adressekode: maybe(int),
  nummer: maybe(int),
  /** "" when the number has no letter. */
  bokstav: maybe(text),
  kommunenummer: text,
  kommunenavn: text,
  gardsnummer: maybe(int),
  bruksnummer: maybe(int),
  festenummer: maybe(int),
  undernummer: maybe(int),
  bruksenhetsnummer: maybe(v.array(text)),
  objtype: v.picklist(['Vegadresse', 'Matrikkeladresse']),
  poststed: text,
  postnummer: text,
  adressetekstutenadressetilleggsnavn: maybe(text),
  stedfestingverifisert: maybe(v.boolean()),
  representasjonspunkt: geomPointSchema,
  oppdateringsdato: maybe(text),
};

export const metadataSchema = v.object({
  asciiKompatibel: v.optional(v.boolean()),
  sokeStreng: v.optional(text),
  treffPerSide: int,
  side: int,
  totaltAntallTreff: int,
  viserFra: v.optional(int),
  viserTil: v.optional(int),
});

export const addressSchema = v.object(addressEntries);
export const addressNearSchema = v.object({ ...addressEntries, meterDistanseTilPunkt: v.number() });

export const addressListSchema = v.object({ metadata: metadataSchema, adresser: v.array(addressSchema) });
export const addressNearListSchema = v.object({ metadata: metadataSchema, adresser: v.array(addressNearSchema) });

/**
 * With `filtrer`, the service leaves out every field not asked for, so only
 * the types of what is present can be checked.
 */
export const filteredListSchema = v.object({
  metadata: v.optional(v.partial(metadataSchema)),
  adresser: v.optional(v.array(v.partial(addressNearSchema))),
});

export type Address = v.InferOutput<typeof addressSchema>;
export type AddressNear = v.InferOutput<typeof addressNearSchema>;
export type AddressMetadata = v.InferOutput<typeof metadataSchema>;
export type AddressList = v.InferOutput<typeof addressListSchema>;
export type AddressNearList = v.InferOutput<typeof addressNearListSchema>;
export type FilteredAddressList = v.InferOutput<typeof filteredListSchema>;
