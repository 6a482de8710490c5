import { dictionary } from '../i18n/dictionary.js';

export const layoutMessages = dictionary({
  nb: {
    // The one name of the service, as the header, the front page, the tab and ID-porten's login page say it.
    serviceName: 'Start serveringssted',
    skipLink: 'Hopp til hovedinnholdet',
    languageNav: 'Språk',
    schemeNav: 'Fargetema',
    light: 'Lyst',
    dark: 'Mørkt',
    logout: 'Logg ut',
    login: 'Logg inn',
    footer: 'En demonstrasjon bygd av Felles-komponentene, mot Felles-sandkassen. Ingen data sendes til ekte tjenester.',
    mainNav: 'Hovedmeny',
    navJourney: 'Din reise',
    navSummary: 'Oppsummering',
    navConsents: 'Samtykker',
  },
  nn: {
    serviceName: 'Start serveringsstad',
    skipLink: 'Hopp til hovudinnhaldet',
    languageNav: 'Språk',
    schemeNav: 'Fargetema',
    light: 'Lyst',
    dark: 'Mørkt',
    logout: 'Logg ut',
    login: 'Logg inn',
    footer: 'Ein demonstrasjon bygd av Felles-komponentane, mot Felles-sandkassa. Ingen data blir sende til ekte tenester.',
    mainNav: 'Hovudmeny',
    navJourney: 'Reisa di',
    navSummary: 'Oppsummering',
    navConsents: 'Samtykke',
  },
  en: {
    serviceName: 'Start a restaurant',
    skipLink: 'Skip to main content',
    languageNav: 'Language',
    schemeNav: 'Colour scheme',
    light: 'Light',
    dark: 'Dark',
    logout: 'Log out',
    login: 'Log in',
    footer: 'A demonstration built from the Felles components, against the Felles sandbox. No data is sent to real services.',
    mainNav: 'Main menu',
    navJourney: 'Your journey',
    navSummary: 'Summary',
    navConsents: 'Consents',
  },
  // The words Norwegian public services use in Northern Sámi; the rest is Bokmål until translated.
  se: {
    languageNav: 'Giella',
    login: 'Čálit sisa',
    logout: 'Čálit olggos',
  },
});

/** Each language's name in that language, for the language switch. */
export const languageNames = { nb: 'Bokmål', nn: 'Nynorsk', en: 'English', se: 'Davvisámegiella' } as const;
