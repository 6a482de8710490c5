/** Organisation forms as the register names them, with how common each is among the synthetic units. */
export const organisasjonsformer = [
  { kode: 'AS', beskrivelse: 'Aksjeselskap', share: 44 },
  { kode: 'ENK', beskrivelse: 'Enkeltpersonforetak', share: 30 },
  { kode: 'FLI', beskrivelse: 'Forening/lag/innretning', share: 8 },
  { kode: 'NUF', beskrivelse: 'Norskregistrert utenlandsk foretak', share: 4 },
  { kode: 'ANS', beskrivelse: 'Ansvarlig selskap', share: 3 },
  { kode: 'DA', beskrivelse: 'Selskap med delt ansvar', share: 2 },
  { kode: 'SA', beskrivelse: 'Samvirkeforetak', share: 2 },
  { kode: 'STI', beskrivelse: 'Stiftelse', share: 2 },
  { kode: 'BRL', beskrivelse: 'Borettslag', share: 2 },
  { kode: 'ESEK', beskrivelse: 'Eierseksjonssameie', share: 1 },
  { kode: 'ASA', beskrivelse: 'Allmennaksjeselskap', share: 1 },
  { kode: 'KS', beskrivelse: 'Kommandittselskap', share: 1 },
] as const;

export type OrganisasjonsformKode = (typeof organisasjonsformer)[number]['kode'];

/**
 * Industry codes (SN2007) with the register's descriptions. Restaurants (56.101) are common on
 * purpose: the demo service follows someone starting one.
 */
export const naeringskoder = [
  { kode: '56.101', beskrivelse: 'Drift av restauranter og kafeer', share: 10, kind: 'restaurant' },
  { kode: '56.102', beskrivelse: 'Drift av gatekjøkken', share: 3, kind: 'restaurant' },
  { kode: '56.210', beskrivelse: 'Cateringvirksomhet', share: 2, kind: 'restaurant' },
  { kode: '56.301', beskrivelse: 'Drift av puber', share: 2, kind: 'restaurant' },
  { kode: '55.101', beskrivelse: 'Drift av hoteller, pensjonater og moteller med restaurant', share: 2, kind: 'business' },
  { kode: '47.111', beskrivelse: 'Butikkhandel med bredt vareutvalg med hovedvekt på nærings- og nytelsesmidler', share: 3, kind: 'business' },
  { kode: '10.710', beskrivelse: 'Produksjon av brød og ferske konditorvarer', share: 2, kind: 'business' },
  { kode: '41.200', beskrivelse: 'Oppføring av bygninger', share: 6, kind: 'craft' },
  { kode: '43.210', beskrivelse: 'Elektrisk installasjonsarbeid', share: 4, kind: 'craft' },
  { kode: '43.220', beskrivelse: 'VVS-arbeid', share: 3, kind: 'craft' },
  { kode: '45.200', beskrivelse: 'Vedlikehold og reparasjon av motorvogner, unntatt motorsykler', share: 2, kind: 'craft' },
  { kode: '49.410', beskrivelse: 'Godstransport på vei', share: 3, kind: 'business' },
  { kode: '62.010', beskrivelse: 'Programmeringstjenester', share: 5, kind: 'business' },
  { kode: '62.020', beskrivelse: 'Konsulentvirksomhet tilknyttet informasjonsteknologi', share: 5, kind: 'business' },
  { kode: '68.209', beskrivelse: 'Utleie av egen eller leid fast eiendom ellers', share: 7, kind: 'business' },
  { kode: '69.201', beskrivelse: 'Regnskap og bokføring', share: 3, kind: 'business' },
  { kode: '70.220', beskrivelse: 'Bedriftsrådgivning og annen administrativ rådgivning', share: 5, kind: 'business' },
  { kode: '81.210', beskrivelse: 'Rengjøring av bygninger', share: 2, kind: 'craft' },
  { kode: '86.211', beskrivelse: 'Allmenn legetjeneste', share: 1, kind: 'business' },
] as const;

/** For associations, foundations and housing, whose activity follows from their form. */
export const naeringskoderByForm: Partial<Record<OrganisasjonsformKode, readonly { kode: string; beskrivelse: string }[]>> = {
  FLI: [
    { kode: '93.120', beskrivelse: 'Drift av idrettsklubber' },
    { kode: '94.991', beskrivelse: 'Aktiviteter i andre interesseorganisasjoner ikke nevnt annet sted' },
  ],
  STI: [{ kode: '94.991', beskrivelse: 'Aktiviteter i andre interesseorganisasjoner ikke nevnt annet sted' }],
  BRL: [{ kode: '68.209', beskrivelse: 'Utleie av egen eller leid fast eiendom ellers' }],
  ESEK: [{ kode: '68.209', beskrivelse: 'Utleie av egen eller leid fast eiendom ellers' }],
};

/** Institutional sector codes for the common forms. */
export const sektorkoder: Partial<Record<OrganisasjonsformKode, { kode: string; beskrivelse: string }>> = {
  AS: { kode: '2100', beskrivelse: 'Private aksjeselskaper mv.' },
  ENK: { kode: '8200', beskrivelse: 'Personlig næringsdrivende' },
  FLI: { kode: '7000', beskrivelse: 'Ideelle organisasjoner' },
};
