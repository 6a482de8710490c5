import type { ConsentTexts, LocalizedText } from '@felles/client-samtykke';
import { dictionary } from '../../i18n/dictionary.js';
import type { Lang } from '../../i18n/lang.js';

/**
 * What the consent request says to the person, in every language the demo speaks. These travel
 * with the request to the consent API, so any consent dialog (ours, or Altinn's) can show them.
 */
const texts = dictionary({
  nb: {
    requester: (kommune: string) => `${kommune} kommune`,
    company: 'Opplysninger om virksomheten og rollene i den (daglig leder, styre)',
    taxCertificate: 'Skatteattest (om skatter og avgifter er betalt)',
    brreg: 'Brønnøysundregistrene',
    skatteetaten: 'Skatteetaten',
    purpose: (company: string, address: string) => `Behandle søknaden om serveringsbevilling for ${company} på ${address}.`,
    legalBasis: 'Samtykke (personvernforordningen artikkel 6 nr. 1 bokstav a), for behandling av søknad etter serveringsloven.',
    consequenceOfNo: 'Søknaden blir behandlet likevel, men du må selv legge ved firmaattest og skatteattest.',
    message: 'Kommunen ber om å få hente opplysninger til søknaden om serveringsbevilling.',
  },
  nn: {
    requester: (kommune: string) => `${kommune} kommune`,
    company: 'Opplysningar om verksemda og rollene i henne (dagleg leiar, styre)',
    taxCertificate: 'Skatteattest (om skattar og avgifter er betalte)',
    brreg: 'Brønnøysundregistera',
    skatteetaten: 'Skatteetaten',
    purpose: (company: string, address: string) => `Handsame søknaden om serveringsløyve for ${company} på ${address}.`,
    legalBasis: 'Samtykke (personvernforordninga artikkel 6 nr. 1 bokstav a), for handsaming av søknad etter serveringslova.',
    consequenceOfNo: 'Søknaden blir handsama likevel, men du må sjølv leggje ved firmaattest og skatteattest.',
    message: 'Kommunen ber om å få hente opplysningar til søknaden om serveringsløyve.',
  },
  en: {
    requester: (kommune: string) => `${kommune} municipality`,
    company: 'Information about the business and its roles (general manager, board)',
    taxCertificate: 'Tax certificate (whether taxes and duties are paid)',
    brreg: 'The Brønnøysund Register Centre',
    skatteetaten: 'The Norwegian Tax Administration',
    purpose: (company: string, address: string) => `Process the application for a serving licence for ${company} at ${address}.`,
    legalBasis: 'Consent (Article 6(1)(a) of the General Data Protection Regulation), to process an application under the Serving Act.',
    consequenceOfNo: 'The application is processed anyway, but you must attach the certificate of registration and the tax certificate yourself.',
    message: 'The municipality asks to fetch information for the application for a serving licence.',
  },
});

type Key = keyof (typeof texts)['nb'];

function all(key: Key, ...args: string[]): LocalizedText {
  const pick = (lang: Lang) => {
    const value = texts[lang][key];
    return typeof value === 'function' ? (value as (...a: string[]) => string)(...args) : value;
  };
  return { nb: pick('nb'), nn: pick('nn'), en: pick('en') };
}

/** Resource ids in Altinn's resource registry for the two datasets. */
export const resources = { company: 'brreg-enhet-og-roller', taxCertificate: 'skatteetaten-skatteattest' } as const;

export function consentTexts(input: { kommune: string; company: string; address: string; privacyUrl: string }): ConsentTexts {
  return {
    requester: all('requester', input.kommune),
    datasets: [
      { resource: resources.company, name: all('company'), source: all('brreg') },
      { resource: resources.taxCertificate, name: all('taxCertificate'), source: all('skatteetaten') },
    ],
    purpose: all('purpose', input.company, input.address),
    legalBasis: all('legalBasis'),
    privacyUrl: input.privacyUrl,
    consequenceOfNo: all('consequenceOfNo'),
  };
}

export function requestMessage(): Record<string, string> {
  return all('message') as unknown as Record<string, string>;
}
