import { defineMessages } from '../internal/localize.js';

const nb = {
  heading: 'Samtykke',
  title: (requester: string) => `${requester} ber om samtykke`,
  close: 'Lukk',
  data: 'Opplysninger',
  from: (source: string) => `fra ${source}`,
  purpose: 'Formål',
  validTo: 'Samtykket gjelder til og med',
  legalBasis: 'Rettslig grunnlag',
  privacy: (requester: string) => `Personvernerklæringen til ${requester} (åpnes i ny fane)`,
  ifNo: 'Hvis du ikke gir samtykke',
  accept: 'Gi samtykke',
  reject: 'Ikke gi samtykke',
  saving: 'Lagrer valget ditt …',
  failed: 'Valget ditt er ikke lagret ennå. Vi prøver igjen automatisk.',
  failedUnkept:
    'Valget ditt er ikke lagret ennå, og nettleseren lar oss ikke ta vare på det. Det går tapt hvis du laster inn siden på nytt eller lukker den. Hold siden åpen mens vi prøver igjen.',
  retry: 'Prøv igjen nå',
  choice: 'Valget ditt',
  accepted: 'Du har gitt samtykke',
  acceptedText: (requester: string, date: string) => `${requester} kan hente opplysningene til og med ${date}.`,
  withdraw: 'Du kan trekke samtykket tilbake når som helst. Da stopper delingen fra det tidspunktet.',
  manage: 'Se og trekk tilbake samtykkene dine',
  rejected: 'Du har ikke gitt samtykke',
  answered: 'Forespørselen er allerede besvart',
  status: 'Status',
  pending: 'Venter på svar',
  statusAccepted: 'Samtykke gitt',
  statusRejected: 'Samtykke ikke gitt',
  revoked: 'Samtykke trukket tilbake',
  expired: 'Utløpt',
  loading: 'Henter forespørselen …',
  loadFailed: 'Vi fikk ikke hentet forespørselen.',
};

export type ConsentMessages = typeof nb;

/*
 * Bokmål ships with the element; Nynorsk, English and Northern Sámi are loaded with import() the first
 * time the dialog is shown in them (messages.nn.ts, messages.en.ts, messages.se.ts), so a page pays for
 * the languages it uses. The Northern Sámi texts are a first translation, to be read by a native speaker.
 */
export const messages = defineMessages<ConsentMessages>({
  nb,
  nn: () => import('./messages.nn.js'),
  en: () => import('./messages.en.js'),
  se: () => import('./messages.se.js'),
});
