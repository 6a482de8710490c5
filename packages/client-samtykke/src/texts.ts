/**
 * The human side of a consent request: what a person must read before deciding.
 *
 * Altinn keeps these texts in its resource registry and shows them on its own consent page; a
 * service that shows the request itself needs them next to the request, so they travel in an
 * optional `texts` field that Altinn's JSON does not have.
 */

export const LANGUAGES = ['nb', 'nn', 'en', 'se'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A text in Bokmål, and in Nynorsk, English and Northern Sami where the service has them. */
export interface LocalizedText {
  nb: string;
  nn?: string;
  en?: string;
  se?: string;
}

/** One dataset the requester wants to fetch, named in the person's terms. */
export interface ConsentDataset {
  /** The Altinn resource id it describes (`consentRights[].resource[].value`). */
  resource: string;
  /** What the data is, e.g. "Skatteattest". */
  name: LocalizedText;
  /** Which agency holds it, e.g. "Skatteetaten". */
  source: LocalizedText;
}

export interface ConsentTexts {
  /** Who asks, e.g. "Oslo kommune". */
  requester: LocalizedText;
  datasets: ConsentDataset[];
  /** What the data will be used for. */
  purpose: LocalizedText;
  /** The law or regulation that allows the requester to process it. */
  legalBasis: LocalizedText;
  /** The requester's privacy statement. */
  privacyUrl: string;
  /** What happens if the person says no, so that saying no is an informed choice too. */
  consequenceOfNo: LocalizedText;
  /** Labels for `metaData` keys, e.g. `{ inntektsaar: { nb: 'Inntektsår' } }`. */
  metaDataLabels?: Record<string, LocalizedText>;
}

/** The text in `language`, else in Bokmål, which every text has. */
export function localize(text: LocalizedText, language: Language): string {
  return text[language] ?? text.nb;
}
