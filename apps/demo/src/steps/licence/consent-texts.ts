import type { ConsentTexts, LocalizedText } from '@felles/client-samtykke';
import { dictionary } from '../../i18n/dictionary.js';
import type { Lang } from '../../i18n/lang.js';

/**
 * What the consent request says to the person, in every language the demo speaks. Altinn takes no
 * texts with a request (its page shows those of its resource registry, and the request's message as
 * the purpose), so the demo puts them on the request where it shows it itself: its own dialog and page.
 */
const texts = dictionary({
  nb: {
    company: 'Opplysninger om virksomheten og rollene i den (daglig leder, styre)',
    taxCertificate: 'Skatteattest (om skatter og avgifter er betalt)',
    brreg: 'Brønnøysundregistrene',
    skatteetaten: 'Skatteetaten',
    purpose: (company: string, address: string, kommune: string) =>
      `Behandle søknaden om serveringsbevilling for ${company} på ${address}, som går til ${kommune} kommune.`,
    legalBasis: 'Samtykke (personvernforordningen artikkel 6 nr. 1 bokstav a), for behandling av søknad etter serveringsloven.',
    consequenceOfNo: 'Søknaden blir behandlet likevel, men du må selv legge ved firmaattest og skatteattest.',
  },
  nn: {
    company: 'Opplysningar om verksemda og rollene i henne (dagleg leiar, styre)',
    taxCertificate: 'Skatteattest (om skattar og avgifter er betalte)',
    brreg: 'Brønnøysundregistera',
    skatteetaten: 'Skatteetaten',
    purpose: (company: string, address: string, kommune: string) =>
      `Handsame søknaden om serveringsløyve for ${company} på ${address}, som går til ${kommune} kommune.`,
    legalBasis: 'Samtykke (personvernforordninga artikkel 6 nr. 1 bokstav a), for handsaming av søknad etter serveringslova.',
    consequenceOfNo: 'Søknaden blir handsama likevel, men du må sjølv leggje ved firmaattest og skatteattest.',
  },
  en: {
    company: 'Information about the business and its roles (general manager, board)',
    taxCertificate: 'Tax certificate (whether taxes and duties are paid)',
    // Written as they read after "from" (the dialog says "… from the Brønnøysund Register Centre").
    brreg: 'the Brønnøysund Register Centre',
    skatteetaten: 'the Norwegian Tax Administration',
    purpose: (company: string, address: string, kommune: string) =>
      `Process the application for a serving licence for ${company} at ${address}, which goes to ${kommune} municipality.`,
    legalBasis: 'Consent (Article 6(1)(a) of the General Data Protection Regulation), to process an application under the Serving Act.',
    consequenceOfNo: 'The application is processed anyway, but you must attach the certificate of registration and the tax certificate yourself.',
  },
});

type Key = keyof (typeof texts)['nb'];

function all(key: Key, ...args: string[]): Required<Pick<LocalizedText, 'nb' | 'nn' | 'en'>> {
  const pick = (lang: Lang) => {
    const value = texts[lang][key];
    return typeof value === 'function' ? (value as (...a: string[]) => string)(...args) : value;
  };
  return { nb: pick('nb'), nn: pick('nn'), en: pick('en') };
}

/** Resource ids in Altinn's resource registry for the two datasets. */
export const resources = { company: 'brreg-enhet-og-roller', taxCertificate: 'skatteetaten-skatteattest' } as const;

/** The organisation the consent is given to, by its own name in every language. */
const named = (name: string): LocalizedText => ({ nb: name, nn: name, en: name });

export interface LicenceConsentInput {
  /** The organisation that asks: the one whose Maskinporten integration fetches the data. */
  requester: string;
  kommune: string;
  company: string;
  address: string;
  privacyUrl: string;
}

export function consentTexts(input: LicenceConsentInput): ConsentTexts {
  return {
    requester: named(input.requester),
    datasets: [
      { resource: resources.company, name: all('company'), source: all('brreg') },
      { resource: resources.taxCertificate, name: all('taxCertificate'), source: all('skatteetaten') },
    ],
    purpose: all('purpose', input.company, input.address, input.kommune),
    legalBasis: all('legalBasis'),
    privacyUrl: input.privacyUrl,
    consequenceOfNo: all('consequenceOfNo'),
  };
}

/** The request's message to the person, which Altinn's page shows as the purpose. */
export function requestMessage(input: Pick<LicenceConsentInput, 'kommune' | 'company' | 'address'>): Record<string, string> {
  return { ...all('purpose', input.company, input.address, input.kommune) };
}
