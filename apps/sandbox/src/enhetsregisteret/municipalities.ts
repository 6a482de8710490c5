import places from '../../data/places.json' with { type: 'json' };
import { inNynorskArea } from '../nynorsk-area.js';
import type { StoredEnhet } from './generate.js';

/**
 * The real organisation numbers of some municipalities, so a page that names them (a demo, a story)
 * names the same unit as the real register. The others get generated numbers.
 */
const realOrgnr: Record<string, string> = {
  '0301': '958935420', // Oslo kommune
  '4601': '964338531', // Bergen kommune
  '5001': '942110464', // Trondheim kommune
  '1103': '964965226', // Stavanger kommune
  '1108': '964965137', // Sandnes kommune
  '3107': '940039541', // Fredrikstad kommune
  '3201': '935478715', // Bærum kommune
  '5501': '940101808', // Tromsø kommune
};

/** Every municipality of the address register (data/places.json), each once: the file lists one twice. */
export const municipalityPlaces: readonly { nummer: string; navn: string; postnummer: readonly (readonly string[])[] }[] = [
  ...new Map(places.kommuner.map((kommune) => [kommune.nummer, kommune])).values(),
];

/**
 * One unit of form KOMM per municipality, as the real register has: a service that knows an address's
 * municipality number finds the municipality to send an application to with
 * `searchEnheter({ organisasjonsform: 'KOMM', kommunenummer })`, in the sandbox as against Brønnøysund.
 */
export function municipalityUnits(nextOrgnr: () => string, taken: Set<string>): StoredEnhet[] {
  return municipalityPlaces.map(({ nummer, navn, postnummer }) => {
    const real = realOrgnr[nummer];
    const organisasjonsnummer = real && !taken.has(real) ? real : nextOrgnr();
    taken.add(organisasjonsnummer);
    const [postnr, poststed] = postnummer[0] ?? ['', navn];
    const adresse = { land: 'Norge', landkode: 'NO', postnummer: postnr!, poststed: poststed!, kommune: navn, kommunenummer: nummer };
    return {
      organisasjonsnummer,
      navn: `${navn} KOMMUNE`,
      organisasjonsform: { kode: 'KOMM', beskrivelse: 'Kommune' },
      registreringsdatoEnhetsregisteret: '1995-02-20',
      registrertIMvaregisteret: true,
      naeringskode1: { kode: '84.110', beskrivelse: 'Generell offentlig administrasjon' },
      harRegistrertAntallAnsatte: true,
      forretningsadresse: { ...adresse, adresse: ['Rådhuset'] },
      postadresse: { ...adresse, adresse: ['Postboks 1'] },
      institusjonellSektorkode: { kode: '6500', beskrivelse: 'Kommuneforvaltningen' },
      registrertIForetaksregisteret: false,
      registrertIStiftelsesregisteret: false,
      registrertIFrivillighetsregisteret: false,
      konkurs: false,
      underAvvikling: false,
      underTvangsavviklingEllerTvangsopplosning: false,
      maalform: inNynorskArea(nummer) ? 'Nynorsk' : 'Bokmål',
      aktivitet: ['Kommunal forvaltning'],
      paategninger: [],
    };
  });
}
