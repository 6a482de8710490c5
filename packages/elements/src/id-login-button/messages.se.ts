import type { IdLoginMessages } from './messages.js';

/**
 * Northern Sámi texts, loaded when a button is first shown in them. "Čálit sisa" / "Čálit olggos" are the
 * forms Norwegian public services use; the others are a first translation. All are to be read by a
 * native speaker.
 */
const se: IdLoginMessages = {
  login: 'Čálit sisa',
  logout: 'Čálit olggos',
  with: 'geavahettiin',
  loggedInAs: 'Sisačálihuvvon',
  busy: 'Sáddemin du ID-portenii …',
  completing: 'Čálihemin sisa …',
  loggingOut: 'Čálihemin olggos …',
  failed: 'Sisačáliheapmi ii lihkostuvvan. Geahččal ođđasit.',
  misconfigured: 'Sisačáliheapmi ii leat olámuttus: boasttu heivehus.',
};

export default se;
