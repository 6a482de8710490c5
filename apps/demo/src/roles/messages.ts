import { dictionary } from '../i18n/dictionary.js';

/** Why the person may not act for a company, as the register says. */
export const rolesMessages = dictionary({
  nb: {
    refusedTitle: 'Du kan ikke handle for dette foretaket',
    refusedText: (navn: string, orgnr: string) =>
      `Enhetsregisteret viser ingen rolle for deg i ${navn} (${orgnr}) som gir deg rett til å handle for foretaket. Derfor kan du ikke velge det, se samtykkene til det eller trekke dem tilbake her.`,
    whoMay:
      'Det kan daglig leder, styrets leder, innehaver eller deltaker gjøre. Et styremedlem, en revisor eller en som har gått av, kan ikke. Er rollen din feil i registeret, kan du melde endring til Brønnøysundregistrene.',
    unavailableTitle: 'Vi fikk ikke sjekket rollen din',
    unavailableText: 'Enhetsregisteret svarer ikke akkurat nå, så vi vet ikke om du kan handle for foretaket. Prøv igjen om litt.',
    chooseAnother: 'Velg et annet foretak',
    noneOfHits:
      'Du har ingen rolle som gir deg rett til å handle for noen av foretakene vi fant. Bare foretak der du er daglig leder, styrets leder, innehaver eller deltaker, vises her.',
  },
  nn: {
    refusedTitle: 'Du kan ikkje handle for dette føretaket',
    refusedText: (navn: string, orgnr: string) =>
      `Einingsregisteret viser inga rolle for deg i ${navn} (${orgnr}) som gir deg rett til å handle for føretaket. Difor kan du ikkje velje det, sjå samtykka til det eller trekkje dei tilbake her.`,
    whoMay:
      'Det kan dagleg leiar, styreleiar, innehavar eller deltakar gjere. Eit styremedlem, ein revisor eller ein som har gått av, kan ikkje. Er rolla di feil i registeret, kan du melde endring til Brønnøysundregistra.',
    unavailableTitle: 'Vi fekk ikkje sjekka rolla di',
    unavailableText: 'Einingsregisteret svarar ikkje akkurat no, så vi veit ikkje om du kan handle for føretaket. Prøv igjen om litt.',
    chooseAnother: 'Vel eit anna føretak',
    noneOfHits:
      'Du har inga rolle som gir deg rett til å handle for nokon av føretaka vi fann. Berre føretak der du er dagleg leiar, styreleiar, innehavar eller deltakar, blir viste her.',
  },
  en: {
    refusedTitle: 'You cannot act for this company',
    refusedText: (navn: string, orgnr: string) =>
      `The Central Coordinating Register for Legal Entities shows no role of yours in ${navn} (${orgnr}) that lets you act for the company. So you cannot choose it, see its consents or withdraw them here.`,
    whoMay:
      'The general manager, the chair of the board, the proprietor or a partner can. A board member, an auditor or someone who has left the role cannot. If your role is wrong in the register, you can report a change to the Brønnøysund Register Centre.',
    unavailableTitle: 'We could not check your role',
    unavailableText: 'The register is not answering right now, so we do not know whether you can act for the company. Please try again shortly.',
    chooseAnother: 'Choose another company',
    noneOfHits:
      'You hold no role that lets you act for any of the companies we found. Only companies where you are the general manager, the chair of the board, the proprietor or a partner are shown here.',
  },
});
