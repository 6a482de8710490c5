import { formatDate } from '../../i18n/format.js';
import type { Lang } from '../../i18n/lang.js';
import { placeName } from '../../i18n/place-name.js';
import type { Journey, LicenceRecord, PremisesRecord } from '../../journey/types.js';
import { summaryMessages } from './messages.js';

/** One piece of information: what the person typed (if anything), what was kept, where it was used again. */
export interface OnlyOnceRow {
  what: string;
  typed: string | undefined;
  value: string | undefined;
  usedIn: string[];
}

/**
 * What the person put in the address field. When it is the address line the lookup filled in for the
 * chosen address (with the register's capitals, "0150 OSLO"), its place is written as on the rest of
 * the page; anything else is quoted as typed.
 */
function typedAddress(premises: PremisesRecord): string {
  const line = `${premises.adressetekst}, ${premises.postnummer} ${premises.poststed}`;
  const same = premises.typed.localeCompare(line, 'nb', { sensitivity: 'base' }) === 0;
  return same ? `${premises.adressetekst}, ${premises.postnummer} ${placeName(premises.poststed)}` : premises.typed;
}

/** The only-once account of a journey: each value typed once, and the later steps that reused it. */
export function onlyOnceRows(journey: Journey | undefined, userName: string, lang: Lang): OnlyOnceRow[] {
  const t = summaryMessages[lang];
  const company = journey?.company;
  const premises = journey?.premises;
  const licence = journey?.licence;
  const rows: OnlyOnceRow[] = [
    { what: t.you, typed: undefined, value: `${userName} (${t.fromLogin})`, usedIn: [t.usedProgress, ...(licence ? [t.usedConsent] : [])] },
    {
      what: t.company,
      typed: company?.typed,
      value: company
        ? `${company.navn}${company.organisasjonsnummer ? `, ${company.organisasjonsnummer}` : ''}${company.source === 'register' ? ` (${t.fromRegister})` : ''}`
        : undefined,
      usedIn: licence ? [t.usedLicence, t.usedConsent] : [],
    },
    {
      what: t.premises,
      typed: premises ? typedAddress(premises) : undefined,
      value: premises ? `${premises.adressetekst}, ${premises.postnummer} ${placeName(premises.poststed)} (${t.fromAddressRegister})` : undefined,
      usedIn: premises ? [t.usedPremises, ...(licence ? [t.usedLicence, t.usedConsent] : [])] : [],
    },
  ];
  if (licence) {
    rows.push(
      {
        what: t.municipality,
        typed: undefined,
        value: `${licence.municipality.kommunenavn} (${t.derivedFromAddress})`,
        usedIn: [t.usedLicence, t.usedConsent],
      },
      {
        what: t.companyData,
        typed: undefined,
        value: licence.fetched ? `${licence.fetched.navn}, ${licence.fetched.organisasjonsnummer} (${t.fetchedWithConsent})` : t.notFetched,
        usedIn: licence.fetched ? [t.usedLicence] : [],
      },
      { what: t.taxCertificate, typed: undefined, value: certificateValue(licence, lang), usedIn: licence.taxCertificate ? [t.usedLicence] : [] },
    );
  }
  return rows;
}

/** The tax certificate in a few words: what it says and when it was made, or why it is not there. */
function certificateValue(licence: LicenceRecord, lang: Lang): string {
  const t = summaryMessages[lang];
  const certificate = licence.taxCertificate;
  if (certificate) {
    const verdict = certificate.harRestanser ? t.certificateOwes : t.certificateClear;
    return `${t.certificateOf(verdict, formatDate(certificate.attestdato, lang))} (${t.fetchedWithConsent})`;
  }
  if (licence.consentStatus === 'rejected') return t.notFetchedRejected;
  switch (licence.taxCertificateStopped?.reason) {
    case 'revoked':
      return t.notFetchedRevoked;
    case 'expired':
      return t.notFetchedExpired;
    case 'refused':
      return t.notFetchedRefused;
    default:
      return t.notFetched;
  }
}

/** How many values the person typed, and how many times typed values were used again. */
export function onlyOnceCounts(rows: OnlyOnceRow[]): { typed: number; reused: number } {
  const typedRows = rows.filter((row) => row.typed);
  return { typed: typedRows.length, reused: typedRows.reduce((sum, row) => sum + row.usedIn.length, 0) };
}
