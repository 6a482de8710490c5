/**
 * Texts shown only when the steps cannot be, by the reason: loaded with the first error, so pages whose
 * steps show never download them. The Northern Sámi texts are a first translation, to be read by a
 * native speaker.
 */
const errorMessages = {
  nb: {
    invalid: (field: string) => `Stegene kan ikke vises fordi beskrivelsen av livshendelsen har en feil i feltet ${field}.`,
    unknown: (id: string) => `Det finnes ingen livshendelse med id «${id}».`,
    failed: () => 'Stegene kunne ikke hentes.',
  },
  nn: {
    invalid: (field: string) => `Stega kan ikkje visast fordi skildringa av livshendinga har ein feil i feltet ${field}.`,
    unknown: (id: string) => `Det finst inga livshending med id «${id}».`,
    failed: () => 'Stega kunne ikkje hentast.',
  },
  en: {
    invalid: (field: string) => `The steps cannot be shown because the life event definition has an error in the field ${field}.`,
    unknown: (id: string) => `There is no life event with the id “${id}”.`,
    failed: () => 'The steps could not be loaded.',
  },
  se: {
    invalid: (field: string) => `Lávkkiid ii sáhte čájehit danin go eallindáhpáhusa čilgehusas lea meattáhus gieddis ${field}.`,
    unknown: (id: string) => `Ii gávdno eallindáhpáhus mas lea id «${id}».`,
    failed: () => 'Lávkkiid ii sáhttán viežžat.',
  },
};

export type ErrorReason = keyof (typeof errorMessages)['nb'];

/** The text for an error, in the page's language; other languages fall back to Bokmål. */
export function errorText(lang: string, reason: ErrorReason, detail: string): { text: string; lang: string } {
  const shown = lang === 'nn' || lang === 'en' || lang === 'se' ? lang : 'nb';
  return { text: errorMessages[shown][reason](detail), lang: shown };
}
