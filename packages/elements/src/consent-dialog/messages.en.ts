import type { ConsentMessages } from './messages.js';

const en: ConsentMessages = {
  heading: 'Consent',
  title: (requester: string) => `${requester} asks for your consent`,
  close: 'Close',
  data: 'Data',
  from: (source: string) => `from ${source}`,
  purpose: 'Purpose',
  validTo: 'The consent is valid until',
  legalBasis: 'Legal basis',
  privacy: (requester: string) => `Privacy statement of ${requester} (opens in a new tab)`,
  ifNo: 'If you do not give consent',
  accept: 'Give consent',
  reject: 'Do not give consent',
  saving: 'Saving your choice …',
  failed: 'Your choice has not been saved yet. We will try again automatically.',
  failedUnkept:
    'Your choice has not been saved yet, and this browser will not let us keep it. It will be lost if you reload or close this page. Keep the page open while we try again.',
  retry: 'Try again now',
  choice: 'Your choice',
  accepted: 'You have given consent',
  acceptedText: (requester: string, date: string) => `${requester} may fetch the data until ${date}.`,
  withdraw: 'You can withdraw your consent at any time. Sharing then stops from that moment.',
  manage: 'See and withdraw your consents',
  rejected: 'You have not given consent',
  answered: 'This request has already been answered',
  status: 'Status',
  pending: 'Awaiting an answer',
  statusAccepted: 'Consent given',
  statusRejected: 'Consent not given',
  revoked: 'Consent withdrawn',
  expired: 'Expired',
  loading: 'Loading the request …',
  loadFailed: 'We could not load the request.',
};

export default en;
