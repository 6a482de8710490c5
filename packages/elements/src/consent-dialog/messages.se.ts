import type { ConsentMessages } from './messages.js';

/* A first translation, to be read by a native speaker. */
const se: ConsentMessages = {
  heading: 'Miehtan',
  title: (requester: string) => `${requester} bivdá miehtama`,
  close: 'Gidde',
  data: 'Dieđut',
  from: (source: string) => `gáldu: ${source}`,
  purpose: 'Ulbmil',
  validTo: 'Miehtan lea gustovaš gitta',
  legalBasis: 'Lágalaš vuođđu',
  privacy: (requester: string) => `${requester}: persovdnasuodjalusjulggaštus (rahpasa ođđa gilkoras)`,
  ifNo: 'Jos it atte miehtama',
  accept: 'Atte miehtama',
  reject: 'Ale atte miehtama',
  saving: 'Vurkemin du válljema …',
  failed: 'Du válljen ii leat vel vurkejuvvon. Mii geahččalit ođđasit automáhtalaččat.',
  failedUnkept:
    'Du válljen ii leat vel vurkejuvvon, ja neahttalohkki ii divtte min seailluhit dan. Dat láhppo jos rahpat siiddu ođđasit dahje giddet dan. Doala siiddu rabas dan botta go mii geahččalit ođđasit.',
  retry: 'Geahččal ođđasit dál',
  choice: 'Du válljen',
  accepted: 'Don leat addán miehtama',
  acceptedText: (requester: string, date: string) => `${requester} sáhttá viežžat dieđuid ${date} rádjái.`,
  withdraw: 'Don sáhtát geassit miehtama ruovttoluotta goas beare. De juohkin bissána dalle.',
  manage: 'Geahča ja geasse ruovttoluotta miehtamiid',
  rejected: 'Don it leat addán miehtama',
  answered: 'Dán bivdagii lea juo vástiduvvon',
  status: 'Dilli',
  pending: 'Vuordá vástádusa',
  statusAccepted: 'Miehtan addojuvvon',
  statusRejected: 'Miehtan ii addojuvvon',
  revoked: 'Miehtan gessojuvvon ruovttoluotta',
  expired: 'Nohkan',
  loading: 'Viežžamin bivdaga …',
  loadFailed: 'Mii eat sáhttán viežžat bivdaga.',
};

export default se;
