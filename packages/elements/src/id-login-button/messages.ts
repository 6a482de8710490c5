import { defineMessages } from '../internal/localize.js';

/**
 * "Logg inn" is the same in nb and nn, as ID-porten writes it. Northern Sámi "Čálit sisa" / "Čálit
 * olggos" are the forms Norwegian public services use; they and the Sámi texts that fall back to
 * Bokmål need review by a native speaker.
 */
export const messages = defineMessages({
  nb: {
    login: 'Logg inn',
    logout: 'Logg ut',
    with: 'med',
    loggedInAs: 'Logget inn som',
    busy: 'Sender deg til ID-porten …',
    completing: 'Logger inn …',
    loggingOut: 'Logger ut …',
    failed: 'Innloggingen mislyktes. Prøv igjen.',
    misconfigured: 'Innlogging er ikke tilgjengelig: feil oppsett.',
  },
  nn: {
    loggedInAs: 'Logga inn som',
    completing: 'Loggar inn …',
    loggingOut: 'Loggar ut …',
    failed: 'Innlogginga mislukkast. Prøv igjen.',
    misconfigured: 'Innlogging er ikkje tilgjengeleg: feil oppsett.',
  },
  en: {
    login: 'Log in',
    logout: 'Log out',
    with: 'with',
    loggedInAs: 'Logged in as',
    busy: 'Taking you to ID-porten …',
    completing: 'Logging in …',
    loggingOut: 'Logging out …',
    failed: 'The login failed. Please try again.',
    misconfigured: 'Login is not available: set up wrong.',
  },
  se: {
    login: 'Čálit sisa',
    logout: 'Čálit olggos',
  },
});
