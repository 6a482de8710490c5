export type PageLang = 'nb' | 'nn' | 'en' | 'se';

export const pageLangs: readonly PageLang[] = ['nb', 'nn', 'en', 'se'];

export interface PageMessages {
  title: string;
  heading: string;
  intro: string;
  service: (name: string) => string;
  person: string;
  pid: string;
  noPid: string;
  level: string;
  substantial: string;
  high: string;
  highRequired: string;
  submit: string;
  cancel: string;
  language: string;
  loggingOut: string;
  loggedOut: string;
  continue: string;
  errorHeading: string;
  /** The login page was left too long, or opened in another browser. */
  expired: string;
  /** A login form without a person or an allowed level. */
  chooseAgain: string;
}

const nb: PageMessages = {
  title: 'ID-porten (sandkasse)',
  heading: 'Logg inn med en testperson',
  intro: 'Dette er sandkassens ID-porten. Velg en syntetisk testperson og et sikkerhetsnivå. Ingen ekte personer eller eID-er brukes.',
  service: (name) => `Du logger inn på ${name}.`,
  person: 'Testperson',
  pid: 'fødselsnummer',
  noPid: 'utenlandsk eID uten fødselsnummer',
  level: 'Sikkerhetsnivå',
  substantial: 'Betydelig (som MinID)',
  high: 'Høyt (som BankID)',
  highRequired: 'Tjenesten krever høyt sikkerhetsnivå.',
  submit: 'Logg inn',
  cancel: 'Avbryt',
  language: 'Språk',
  loggingOut: 'Logger ut …',
  loggedOut: 'Du er logget ut av ID-porten.',
  continue: 'Fortsett',
  errorHeading: 'Noe gikk galt',
  expired: 'Innloggingen er utløpt eller ble startet i en annen nettleser. Start på nytt fra tjenesten.',
  chooseAgain: 'Velg en testperson og et sikkerhetsnivå.',
};

const nn: PageMessages = {
  title: 'ID-porten (sandkasse)',
  heading: 'Logg inn med ein testperson',
  intro: 'Dette er ID-porten i sandkassa. Vel ein syntetisk testperson og eit tryggleiksnivå. Ingen ekte personar eller eID-ar blir brukte.',
  service: (name) => `Du loggar inn på ${name}.`,
  person: 'Testperson',
  pid: 'fødselsnummer',
  noPid: 'utanlandsk eID utan fødselsnummer',
  level: 'Tryggleiksnivå',
  substantial: 'Betydeleg (som MinID)',
  high: 'Høgt (som BankID)',
  highRequired: 'Tenesta krev høgt tryggleiksnivå.',
  submit: 'Logg inn',
  cancel: 'Avbryt',
  language: 'Språk',
  loggingOut: 'Loggar ut …',
  loggedOut: 'Du er logga ut av ID-porten.',
  continue: 'Hald fram',
  errorHeading: 'Noko gjekk gale',
  expired: 'Innlogginga har gått ut eller vart starta i ein annan nettlesar. Start på nytt frå tenesta.',
  chooseAgain: 'Vel ein testperson og eit tryggleiksnivå.',
};

const en: PageMessages = {
  title: 'ID-porten (sandbox)',
  heading: 'Log in as a test person',
  intro: 'This is the sandbox ID-porten. Choose a synthetic test person and a level of assurance. No real people or eIDs are used.',
  service: (name) => `You are logging in to ${name}.`,
  person: 'Test person',
  pid: 'national identity number',
  noPid: 'foreign eID without a national identity number',
  level: 'Level of assurance',
  substantial: 'Substantial (like MinID)',
  high: 'High (like BankID)',
  highRequired: 'The service requires a high level of assurance.',
  submit: 'Log in',
  cancel: 'Cancel',
  language: 'Language',
  loggingOut: 'Logging out …',
  loggedOut: 'You are logged out of ID-porten.',
  continue: 'Continue',
  errorHeading: 'Something went wrong',
  expired: 'The login has expired or was started in another browser. Start again from the service.',
  chooseAgain: 'Choose a test person and a level.',
};

/**
 * Northern Sámi: only the short button texts are given ("Čálit sisa" / "Čálit
 * olggos", as used by Norwegian public services); they need review by a native
 * speaker. The rest falls back to nb, and the pages mark which text is in which language.
 */
const se: Partial<PageMessages> = { submit: 'Čálit sisa', language: 'Giella' };

/** The texts each language has of its own. */
const translated: Record<PageLang, Partial<PageMessages>> = { nb, nn, en, se };

/** Every text of each language's pages: its own, else nb's. */
export const pageMessages: Record<PageLang, PageMessages> = { nb, nn, en, se: { ...nb, ...se } };

/** The language a text of `lang`'s pages is really in: `lang` where translated, else nb. */
export function textLang(lang: PageLang, key: keyof PageMessages): PageLang {
  return key in translated[lang] ? lang : 'nb';
}

/**
 * The language of a whole page (`<html lang>`): `lang` when it has every text, else nb, which
 * most of the texts then are; the translated ones are marked with their own `lang`.
 */
export function documentLang(lang: PageLang): PageLang {
  return (Object.keys(nb) as (keyof PageMessages)[]).every((key) => key in translated[lang]) ? lang : 'nb';
}

/** The first of the requested `ui_locales` that the pages speak, else nb (as ID-porten). */
export function pickLang(uiLocales: string | undefined, override?: string | null): PageLang {
  for (const candidate of [override, ...(uiLocales ?? '').split(/\s+/)]) {
    const lang = candidate?.toLowerCase().split('-')[0];
    if (lang && (pageLangs as readonly string[]).includes(lang)) return lang as PageLang;
    if (lang === 'no') return 'nb';
  }
  return 'nb';
}

/** Each language's name in itself, for the language switch. */
export const langNames: Record<PageLang, string> = { nb: 'Bokmål', nn: 'Nynorsk', en: 'English', se: 'Davvisámegiella' };
