import { parsePartyUrn, type ConsentRequest, type ConsentTexts } from '@felles/client-samtykke';
import { sharedRegister } from '../enhetsregisteret/generate.js';

const skatteetaten = { nb: 'Skatteetaten', nn: 'Skatteetaten', en: 'the Norwegian Tax Administration' };

/**
 * The consent resources the sandbox's Altinn knows, as its resource registry would describe them: what the
 * consent page shows for a request that came through the enterprise API (which carries no texts).
 */
const resources: Record<string, ConsentTexts['datasets'][number]> = {
  'skatteetaten-skatteattest': {
    resource: 'skatteetaten-skatteattest',
    name: {
      nb: 'Skatteattest: om virksomheten skylder skatt eller merverdiavgift',
      nn: 'Skatteattest: om verksemda skuldar skatt eller meirverdiavgift',
      en: 'Tax certificate: whether the business owes tax or VAT',
    },
    source: skatteetaten,
  },
  'skatteetaten-inntekt-og-formue': {
    resource: 'skatteetaten-inntekt-og-formue',
    name: { nb: 'Inntekt og formue fra skattemeldingen', nn: 'Inntekt og formue frå skattemeldinga', en: 'Income and wealth from the tax return' },
    source: skatteetaten,
  },
  'brreg-enhet-og-roller': {
    resource: 'brreg-enhet-og-roller',
    name: {
      nb: 'Opplysninger om virksomheten og rollene i den',
      nn: 'Opplysningar om verksemda og rollene i henne',
      en: 'Information about the business and its roles',
    },
    source: { nb: 'Brønnøysundregistrene', nn: 'Brønnøysundregistera', en: 'the Brønnøysund Register Centre' },
  },
};

/** The sandbox Maskinporten's test organisations, which the register does not hold. */
const testOrganisations: Record<string, string> = {
  '310000019': 'Felles demo (testvirksomhet)',
  '310000027': 'Felles begrenset (testvirksomhet)',
  '310000035': 'Annen etat (testvirksomhet)',
};

/**
 * The request with the texts Altinn's page would show: the requester's name from the register (or the
 * test organisations), each resource's name and owner from the registry, the requester's own message as
 * the purpose. A request that brought its own texts (the seeded ones) keeps them.
 */
export function withRegistryTexts(request: ConsentRequest): ConsentRequest {
  if (request.texts) return request;
  const orgnr = parsePartyUrn(request.to)?.id ?? '';
  const requester = testOrganisations[orgnr] ?? sharedRegister().byOrgnr.get(orgnr)?.navn ?? orgnr;
  const ids = [...new Set(request.consentRights.flatMap((right) => right.resource.map((r) => r.value)))];
  const message = request.requestMessage ?? {};
  return {
    ...request,
    texts: {
      requester: { nb: requester },
      datasets: ids.map((id) => resources[id] ?? { resource: id, name: { nb: id }, source: { nb: requester } }),
      purpose: message['nb']
        ? { nb: message['nb'], ...(message['en'] ? { en: message['en'] } : {}) }
        : { nb: `${requester} har ikke oppgitt formålet i forespørselen.` },
      legalBasis: {
        nb: 'Samtykke (personvernforordningen artikkel 6 nr. 1 bokstav a).',
        en: 'Consent (Article 6(1)(a) of the General Data Protection Regulation).',
      },
      // Altinn's page links to no privacy statement of the requester's; the dialog then shows none.
      privacyUrl: '',
      consequenceOfNo: {
        nb: `${requester} får ikke opplysningene fra Altinn. Spør tjenesten hvordan du ellers kan gi dem.`,
        en: `${requester} does not get the data through Altinn. Ask the service how else to provide it.`,
      },
    },
  };
}
