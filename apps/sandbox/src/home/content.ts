import { fixtureOrgnr } from '../enhetsregisteret/generate.js';
import { loopbackClientId } from '../idporten/loopback-client.js';
import { testPersons } from '../idporten/persons.js';
import { SEED_COMPANY, SEED_PERSON, SERVERINGSBEVILLING_CONSENT_ID } from '../samtykke/seed.js';

export const homeLangs = ['nb', 'en'] as const;
export type HomeLang = (typeof homeLangs)[number];

type Text = Record<HomeLang, string>;

/** What each service imitates and a first request to try, by service name. */
export const serviceInfo: Record<string, { title: Text; about: Text; example: string }> = {
  idporten: {
    title: { nb: 'ID-porten (OpenID Connect)', en: 'ID-porten (OpenID Connect)' },
    about: {
      nb: 'Innlogging som i ID-porten: autorisasjonskodeflyt med PKCE, sikkerhetsnivå betydelig og høyt, pid i ID-tokenet, navn fra userinfo.',
      en: "Login like ID-porten's: authorization code flow with PKCE, levels substantial and high, pid in the ID token, names from userinfo.",
    },
    example: '/.well-known/openid-configuration',
  },
  adresser: {
    title: { nb: 'Adresser (Kartverket)', en: 'Addresses (Kartverket)' },
    about: {
      nb: 'Kartverkets adressesøk (/sok, /punktsok) over genererte adresser på ekte postnumre i 92 kommuner.',
      en: "Kartverket's address search (/sok, /punktsok) over generated addresses on real postal codes in 92 municipalities.",
    },
    example: '/sok?sok=kirkegata&treffPerSide=5',
  },
  enhetsregisteret: {
    title: { nb: 'Enhetsregisteret (Brønnøysundregistrene)', en: 'Enhetsregisteret (Brønnøysund Register Centre)' },
    about: {
      nb: 'Oppslag og søk i registeret over juridiske enheter, med slettede og fjernede enheter som i det ekte, og roller (/enheter/{orgnr}/roller).',
      en: 'Look-up and search in the register of legal entities, with deleted and removed units as in the real one, and roles (/enheter/{orgnr}/roller).',
    },
    example: `/enheter/${fixtureOrgnr.restaurant}`,
  },
  'enhetsregisteret-autorisert': {
    title: { nb: 'Enhetsregisteret, autorisert API (roller)', en: 'Enhetsregisteret, authorised API (roles)' },
    about: {
      nb: 'Roller med fødselsnummer, for et Maskinporten-token med scopet felles:sandbox.enhetsregisteret.roller. Uten token: 401.',
      en: 'Roles with national identity numbers, for a Maskinporten token with the scope felles:sandbox.enhetsregisteret.roller. Without a token: 401.',
    },
    example: `/enheter/${fixtureOrgnr.restaurant}/roller`,
  },
  maskinporten: {
    title: { nb: 'Maskinporten (Digdir)', en: 'Maskinporten (Digdir)' },
    about: {
      nb: 'Tokener for kall mellom virksomheter: JWT-grant (RFC 7523) signert med testklientens nøkkel, sjekket som i Maskinporten. Samtykketokener (authorization_details av typen urn:altinn:consent) bare for et godtatt, gyldig samtykke gitt til klientens virksomhet. Testklientene og deres private nøkler (nye ved hver start, kun for test): /maskinporten/test/clients.',
      en: "Tokens for calls between organisations: the JWT grant (RFC 7523) signed with a test client's key, checked as Maskinporten does. Consent tokens (authorization_details of type urn:altinn:consent) only for an accepted, valid consent given to the client's organisation. The test clients and their private keys (new at every start, for tests only): /maskinporten/test/clients.",
    },
    example: '/.well-known/oauth-authorization-server',
  },
  samtykke: {
    title: { nb: 'Samtykke (Altinn-kompatibelt)', en: 'Consent (Altinn-compatible)' },
    about: {
      nb: 'Samtykkeforespørsler og avgjørelser: opprett, les, godta, avslå, trekk tilbake.',
      en: 'Consent requests and decisions: create, read, accept, reject, revoke.',
    },
    example: `/consentrequests/${SERVERINGSBEVILLING_CONSENT_ID}`,
  },
  'altinn-samtykke': {
    title: { nb: 'Altinn samtykke (virksomhets-API og samtykkeside)', en: 'Altinn consent (enterprise API and consent page)' },
    about: {
      nb: 'Altinns stier: POST og GET /accessmanagement/api/v1/enterprise/consentrequests med Maskinporten-token (altinn:consentrequests.write / .read), og viewUri-siden der personen logger inn med ID-porten, svarer og sendes tilbake til redirectUrl. Samme samtykker som /samtykke/api/v1.',
      en: "Altinn's paths: POST and GET /accessmanagement/api/v1/enterprise/consentrequests with a Maskinporten token (altinn:consentrequests.write / .read), and the viewUri page where the person logs in with ID-porten, decides and is sent back to redirectUrl. The same consents as /samtykke/api/v1.",
    },
    // Without a token: 401 with the reason, as Altinn answers.
    example: `/api/v1/enterprise/consentrequests/${SERVERINGSBEVILLING_CONSENT_ID}`,
  },
  skatteetaten: {
    title: { nb: 'Skatteattest (Skatteetaten-lik datakilde)', en: 'Tax certificate (a Skatteetaten-like data provider)' },
    about: {
      nb: 'GET /api/skatteattest/v1/enheter/{orgnr}: skatteattest for en virksomhet, bare med et samtykketoken fra Maskinporten (scope felles:sandbox.skatteattest) med virksomhetens godtatte samtykke til den som kaller. Ellers 401 eller 403 med grunnen.',
      en: "GET /api/skatteattest/v1/enheter/{orgnr}: a company's tax certificate, only for a Maskinporten consent token (scope felles:sandbox.skatteattest) carrying the company's accepted consent to the caller. Otherwise 401 or 403 with the reason.",
    },
    example: `/api/skatteattest/v1/enheter/${fixtureOrgnr.restaurant}`,
  },
};

/** What each test person is good for, by the login page's id. */
const personUse: Record<string, Text> = {
  kari: { nb: 'Standardpersonen: vanlig innlogging, nivå høyt.', en: 'The default person: an ordinary login, level high.' },
  ola: {
    nb: 'En annen person, for to innlogginger etter hverandre (bytte bruker).',
    en: 'A second person, for two logins in a row (switching user).',
  },
  aile: { nb: 'Samisk navn med Á: tegn utenfor ASCII i navn og skjema.', en: 'A Sámi name with Á: characters beyond ASCII in names and forms.' },
  per: {
    nb: 'En tredje person, for parvise sub-verdier og flere samtidige økter.',
    en: 'A third person, for pairwise subjects and concurrent sessions.',
  },
  nora: { nb: 'En fjerde person, for tester som må holde data fra hverandre.', en: 'A fourth person, for tests that must keep data apart.' },
  erika: { nb: 'Utenlandsk eID (eIDAS): ingen pid i ID-tokenet.', en: 'A foreign eID (eIDAS): no pid in the ID token.' },
};

export const persons = testPersons.map((person) => ({
  id: person.id,
  name: `${person.givenName} ${person.familyName}`,
  pid: person.pid,
  use: personUse[person.id] ?? { nb: '', en: '' },
}));

const orgnr = (urn: string) => urn.slice(urn.lastIndexOf(':') + 1);

export const companies: { orgnr: string; use: Text }[] = [
  {
    orgnr: fixtureOrgnr.restaurant,
    use: {
      nb: 'SMAKEBITEN KAFE AS i Oslo: en restaurant i registeret (200).',
      en: 'SMAKEBITEN KAFE AS in Oslo: a restaurant in the register (200).',
    },
  },
  {
    orgnr: fixtureOrgnr.deleted,
    use: { nb: 'Slettet i 2023: 200 med slettedato og færre felt.', en: 'Deleted in 2023: 200 with slettedato and fewer fields.' },
  },
  { orgnr: fixtureOrgnr.removed, use: { nb: 'Fjernet fra åpne data: 410 Gone.', en: 'Removed from the open data: 410 Gone.' } },
  { orgnr: fixtureOrgnr.unknown, use: { nb: 'Gyldig nummer som ingen enhet har: 404.', en: 'A valid number no unit has: 404.' } },
  {
    orgnr: orgnr(SEED_COMPANY),
    use: { nb: 'Avgiver av samtykket til serveringsbevilling (samtykke-API-et).', en: 'Gives the serving-licence consent (the consent API).' },
  },
];

export const consentPerson = {
  pid: orgnr(SEED_PERSON),
  use: { nb: 'Har flere samtykkeforespørsler å liste og avgjøre.', en: 'Has several consent requests to list and decide.' },
};

export const faults: { spec: string; what: Text }[] = [
  { spec: '500', what: { nb: 'Svar 500', en: 'Answer 500' } },
  { spec: '503', what: { nb: 'Svar 503 (503:5 med Retry-After: 5)', en: 'Answer 503 (503:5 with Retry-After: 5)' } },
  { spec: '429:3', what: { nb: 'Svar 429 med Retry-After: 3', en: 'Answer 429 with Retry-After: 3' } },
  { spec: 'malformed', what: { nb: 'Ødelagt JSON', en: 'Broken JSON' } },
  { spec: 'shape', what: { nb: 'Gyldig JSON i feil form', en: 'Valid JSON of the wrong shape' } },
  { spec: 'latency:800', what: { nb: 'Svar etter 800 ms', en: 'Answer after 800 ms' } },
  { spec: 'timeout', what: { nb: 'Svarer aldri', en: 'Never answers' } },
  { spec: 'network', what: { nb: 'Bryter forbindelsen', en: 'Drops the connection' } },
];

export { loopbackClientId };

export const messages = {
  nb: {
    title: 'Felles sandkasse',
    lead: 'Lokale tjenester som snakker de ekte API-enes protokoller, for utvikling og tester uten nett. Alt her er syntetisk.',
    services: 'Tjenester',
    service: 'Tjeneste',
    baseUrl: 'Base-URL',
    what: 'Hva den gjør',
    tryIt: 'Prøv',
    persons: 'Testpersoner',
    personsLead: 'Velges på innloggingssiden. Fødselsnumrene er syntetiske (Tenor, måned + 80) med gyldige kontrollsiffer.',
    name: 'Navn',
    pid: 'Fødselsnummer',
    goodFor: 'Egnet til',
    noPid: 'ingen',
    companies: 'Testvirksomheter',
    orgnr: 'Organisasjonsnummer',
    consentPerson: 'Samtykke-API-ets testperson',
    faults: 'Feilbrytere',
    faultsLead:
      'Be om en feil per forespørsel med ?__fault= eller headeren x-felles-fault (kommaseparert), eller programmer de neste N forespørslene til en tjeneste:',
    fault: 'Feil',
    effect: 'Virkning',
    ownApp: 'Logg inn fra din egen app',
    ownAppLead: (id: string) =>
      `Klienten ${id} er offentlig (ingen hemmelighet, PKCE påkrevd) og godtar enhver redirect-URI på http://localhost, http://127.0.0.1 eller http://[::1], på hvilken som helst port og sti. Ingen registrering trengs. Alle andre adresser avvises.`,
    issuer: 'Utsteder (issuer)',
    clients: 'Andre klienter',
    clientsLead: 'Faste klienter for demoen, Storybook og testene står i apps/sandbox/README.md.',
    json: 'Maskinlesbart: send Accept: application/json til denne adressen.',
    language: 'Språk',
  },
  en: {
    title: 'Felles sandbox',
    lead: "Local services that speak the real APIs' protocols, for development and tests without a network. Everything here is synthetic.",
    services: 'Services',
    service: 'Service',
    baseUrl: 'Base URL',
    what: 'What it does',
    tryIt: 'Try',
    persons: 'Test persons',
    personsLead: 'Chosen on the login page. The national identity numbers are synthetic (Tenor, month + 80) with valid control digits.',
    name: 'Name',
    pid: 'National identity number',
    goodFor: 'Good for',
    noPid: 'none',
    companies: 'Test companies',
    orgnr: 'Organisation number',
    consentPerson: "The consent API's test person",
    faults: 'Fault switches',
    faultsLead:
      'Ask for a fault per request with ?__fault= or the x-felles-fault header (comma-separated), or program the next N requests to a service:',
    fault: 'Fault',
    effect: 'Effect',
    ownApp: 'Log in from your own app',
    ownAppLead: (id: string) =>
      `The client ${id} is public (no secret, PKCE required) and accepts any redirect URI on http://localhost, http://127.0.0.1 or http://[::1], on any port and path. Nothing to register. Every other address is refused.`,
    issuer: 'Issuer',
    clients: 'Other clients',
    clientsLead: 'Fixed clients for the demo, Storybook and the tests are listed in apps/sandbox/README.md.',
    json: 'Machine-readable: send Accept: application/json to this address.',
    language: 'Language',
  },
} satisfies Record<HomeLang, Record<string, unknown>>;
