import type { ConsentMessages } from './messages.js';

const nn: ConsentMessages = {
  heading: 'Samtykke',
  title: (requester: string) => `${requester} ber om samtykke`,
  close: 'Lukk',
  data: 'Opplysningar',
  from: (source: string) => `frå ${source}`,
  purpose: 'Føremål',
  validTo: 'Samtykket gjeld til og med',
  legalBasis: 'Rettsleg grunnlag',
  privacy: (requester: string) => `Personvernerklæringa til ${requester} (opnar i ny fane)`,
  ifNo: 'Om du ikkje gir samtykke',
  accept: 'Gi samtykke',
  reject: 'Ikkje gi samtykke',
  saving: 'Lagrar valet ditt …',
  failed: 'Valet ditt er ikkje lagra enno. Vi prøver igjen automatisk.',
  failedUnkept:
    'Valet ditt er ikkje lagra enno, og nettlesaren lèt oss ikkje ta vare på det. Det går tapt om du lastar inn sida på nytt eller lukkar ho. Hald sida open medan vi prøver igjen.',
  retry: 'Prøv igjen no',
  choice: 'Valet ditt',
  accepted: 'Du har gitt samtykke',
  acceptedText: (requester: string, date: string) => `${requester} kan hente opplysningane til og med ${date}.`,
  withdraw: 'Du kan trekkje samtykket tilbake når som helst. Då stoppar delinga frå det tidspunktet.',
  manage: 'Sjå og trekk tilbake samtykka dine',
  rejected: 'Du har ikkje gitt samtykke',
  answered: 'Førespurnaden er allereie svara på',
  status: 'Status',
  pending: 'Ventar på svar',
  statusAccepted: 'Samtykke gitt',
  statusRejected: 'Samtykke ikkje gitt',
  revoked: 'Samtykke trekt tilbake',
  expired: 'Utgått',
  loading: 'Hentar førespurnaden …',
  loadFailed: 'Vi fekk ikkje henta førespurnaden.',
};

export default nn;
