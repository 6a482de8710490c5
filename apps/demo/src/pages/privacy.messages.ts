import { dictionary } from '../i18n/dictionary.js';

export const privacyMessages = dictionary({
  nb: {
    title: 'Personvern',
    p1: 'Denne demonstrasjonen lagrer navnet ditt, fødselsnummeret fra innloggingen og det du skriver i stegene, slik at du kan fortsette senere.',
    p2: 'Alle opplysninger er syntetiske og blir i sandkassen på denne maskinen. Ingenting sendes til ekte tjenester.',
    p3: 'Samtykker du gir, lagres i sandkassens samtykketjeneste. Du kan trekke dem tilbake der.',
  },
  nn: {
    title: 'Personvern',
    p1: 'Denne demonstrasjonen lagrar namnet ditt, fødselsnummeret frå innlogginga og det du skriv i stega, slik at du kan halde fram seinare.',
    p2: 'Alle opplysningar er syntetiske og blir verande i sandkassa på denne maskina. Ingenting blir sendt til ekte tenester.',
    p3: 'Samtykke du gir, blir lagra i samtykketenesta i sandkassa. Du kan trekkje dei tilbake der.',
  },
  en: {
    title: 'Privacy',
    p1: 'This demonstration keeps your name, the national identity number from the login and what you type in the steps, so that you can continue later.',
    p2: 'All data is synthetic and stays in the sandbox on this machine. Nothing is sent to real services.',
    p3: 'Consents you give are kept in the sandbox consent service. You can withdraw them there.',
  },
});
