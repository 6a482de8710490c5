import * as v from 'valibot';

const kodeSchema = v.object({ kode: v.string(), beskrivelse: v.optional(v.string()) });

/** A person holding a role; `fodselsnummer` only from the authorised API. */
const personSchema = v.looseObject({
  fodselsnummer: v.optional(v.pipe(v.string(), v.regex(/^\d{11}$/))),
  fodselsdato: v.optional(v.string()),
  navn: v.looseObject({
    fornavn: v.optional(v.nullable(v.string())),
    mellomnavn: v.optional(v.nullable(v.string())),
    etternavn: v.optional(v.nullable(v.string())),
  }),
  erDoed: v.optional(v.boolean()),
});

/** A unit holding a role, e.g. the auditor. */
const rolleEnhetSchema = v.looseObject({
  organisasjonsnummer: v.string(),
  organisasjonsform: v.optional(kodeSchema),
  navn: v.optional(v.array(v.string())),
  erSlettet: v.optional(v.boolean()),
});

export const rolleSchema = v.looseObject({
  type: kodeSchema,
  person: v.optional(personSchema),
  enhet: v.optional(rolleEnhetSchema),
  /** The holder has left the role. */
  fratraadt: v.boolean(),
  rekkefolge: v.optional(v.number()),
});

export const rollegruppeSchema = v.looseObject({
  type: kodeSchema,
  sistEndret: v.optional(v.string()),
  roller: v.array(rolleSchema),
});

/** `GET /enheter/{orgnr}/roller`, open or authorised. */
export const rollerSchema = v.looseObject({
  rollegrupper: v.array(rollegruppeSchema),
  _links: v.optional(v.looseObject({ enhet: v.optional(v.object({ href: v.string() })) })),
});

export type Rolle = v.InferOutput<typeof rolleSchema>;
export type Rollegruppe = v.InferOutput<typeof rollegruppeSchema>;
export type Roller = v.InferOutput<typeof rollerSchema>;

/**
 * Roles that, alone, let a person act for the unit in public services (Altinn's default rights):
 * daglig leder, styrets leder, innehaver, deltakere, komplementar. A board member or auditor may not.
 */
export const actingRoleCodes: readonly string[] = ['DAGL', 'LEDE', 'INNH', 'DTPR', 'DTSO', 'KOMP'];

/** The current (not `fratraadt`) roles in `roller` that let a person act for the unit. */
export function actingRoles(roller: Roller): Rolle[] {
  return roller.rollegrupper.flatMap((group) => group.roller).filter((rolle) => !rolle.fratraadt && actingRoleCodes.includes(rolle.type.kode));
}
