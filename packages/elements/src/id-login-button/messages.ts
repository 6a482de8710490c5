import { defineMessages } from '../internal/localize.js';

const nb = {
  login: 'Logg inn',
  logout: 'Logg ut',
  with: 'med',
  loggedInAs: 'Logget inn som',
  busy: 'Sender deg til ID-porten …',
  completing: 'Logger inn …',
  loggingOut: 'Logger ut …',
  failed: 'Innloggingen mislyktes. Prøv igjen.',
  misconfigured: 'Innlogging er ikke tilgjengelig: feil oppsett.',
};

/** The button's texts; Sámi has every one (messages.se.ts), Nynorsk those that differ from Bokmål. */
export type IdLoginMessages = typeof nb;

/**
 * "Logg inn" is the same in nb and nn, as ID-porten writes it. The Northern Sámi texts load the first
 * time the button is shown in them (messages.se.ts).
 */
export const messages = defineMessages<IdLoginMessages>({
  nb,
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
  se: () => import('./messages.se.js'),
});
