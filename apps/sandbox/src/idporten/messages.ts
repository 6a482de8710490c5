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
};

/**
 * Northern Sámi: only the short button texts are given ("Čálit sisa" / "Čálit
 * olggos", as used by Norwegian public services); they and the rest, which
 * falls back to nb, need review by a native speaker.
 */
const se: PageMessages = { ...nb, submit: 'Čálit sisa', language: 'Giella' };

export const pageMessages: Record<PageLang, PageMessages> = { nb, nn, en, se };

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
