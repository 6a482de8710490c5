import type { Address, AddressSource } from '@felles/elements/address-lookup';
import type { FellesConsentDialog } from '@felles/elements/consent-dialog';

/** A real answer of Kartverket's /sok (the fixture's Myrvollveien 5C). */
export const myrvollveien: Address = {
  adressekode: 25440,
  adressenavn: 'Myrvollveien',
  adressetekst: 'Myrvollveien 5C',
  adressetekstutenadressetilleggsnavn: 'Myrvollveien 5C',
  adressetilleggsnavn: null,
  bokstav: 'C',
  bruksenhetsnummer: [],
  bruksnummer: 898,
  festenummer: 0,
  gardsnummer: 243,
  kommunenavn: 'NORDRE FOLLO',
  kommunenummer: '3207',
  nummer: 5,
  objtype: 'Vegadresse',
  oppdateringsdato: '2024-01-01T00:00:00',
  postnummer: '1415',
  poststed: 'OPPEGÅRD',
  representasjonspunkt: { epsg: 'EPSG:4258', lat: 59.78502106569645, lon: 10.799290993113777 },
  stedfestingverifisert: true,
  undernummer: null,
} as Address;

/** A `source` that answers from memory and counts its calls. */
export function memorySource(addresses: readonly Address[] = [myrvollveien]): AddressSource & { calls: string[] } {
  const calls: string[] = [];
  const source = async (query: string) => {
    calls.push(query);
    return addresses.filter((a) => a.adressetekst.toLowerCase().includes(query.toLowerCase()));
  };
  return Object.assign(source, { calls });
}

/** A pending consent request shaped like Altinn's, with the texts the dialog shows. */
export const consentRequest: NonNullable<FellesConsentDialog['request']> = {
  id: '0e7c2b1a-3f4d-4c8e-9a6b-5d2f1e0c9b8a',
  from: 'urn:altinn:person:identifier-no:01017012345',
  to: 'urn:altinn:organization:identifier-no:958935420',
  validTo: '2027-06-30T12:00:00.000Z',
  consentRights: [{ action: ['consent'], resource: [{ type: 'urn:altinn:resource', value: 'skatteetaten-skatteattest' }] }],
  consentRequestEvents: [],
  status: 'pending',
  texts: {
    requester: { nb: 'Oslo kommune', nn: 'Oslo kommune', en: 'City of Oslo', se: 'Oslo gielda' },
    datasets: [
      {
        resource: 'skatteetaten-skatteattest',
        name: { nb: 'Skatteattest', nn: 'Skatteattest', en: 'Tax certificate', se: 'Vearroduođaštus' },
        source: { nb: 'Skatteetaten', nn: 'Skatteetaten', en: 'The Norwegian Tax Administration', se: 'Vearroetáhtta' },
      },
    ],
    purpose: {
      nb: 'Behandle søknaden om serveringsbevilling.',
      nn: 'Handsame søknaden.',
      en: 'To process the application.',
      se: 'Meannudit ohcama.',
    },
    legalBasis: {
      nb: 'Personvernforordningen artikkel 6 nr. 1 a.',
      nn: 'Personvernforordninga artikkel 6 nr. 1 a.',
      en: 'GDPR Article 6(1)(a).',
      se: 'Persovdnasuodjalanásahus artihkal 6 nr. 1 a.',
    },
    privacyUrl: 'https://www.oslo.kommune.no/personvern/',
    consequenceOfNo: {
      nb: 'Du må laste opp skatteattesten selv.',
      nn: 'Du må laste opp skatteattesten sjølv.',
      en: 'You must upload the tax certificate yourself.',
      se: 'Don fertet ieš bidjat vearroduođaštusa.',
    },
  },
};
