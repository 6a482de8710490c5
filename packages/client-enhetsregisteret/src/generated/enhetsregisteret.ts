/**
 * Generated from openapi/enhetsregisteret.json (Enhetsregisterets dokumentasjon for åpne data 2.0.0) by scripts/generate.mjs.
 * Do not edit: run `npm run generate -w @felles/client-enhetsregisteret`.
 */

export interface paths {
    "/enhetsregisteret/api": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Hent alle tjenester
         * @description Hent alle tjenester
         */
        get: operations["hentTjenester"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enhetsregisteret/api/enheter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Hent enheter som matcher søke filtere
         * @description Tjenesten tilbyr et søk på enheter i Enhetsregisteret. Søket kan spesifiseres med søkeparametere angitt som HTTP query-parametere, se under. Søkeresultatet er paginert med en standard sidestørrelse på 20 enheter.
         *
         *     Resultatsettet er begrenset til 10 000 enheter per spørring. Se [enheter/lastned](#tag/Enheter/operation/lastnedEnheter) for nedlasting av komplett datasett.
         *
         *     Det kan forekomme at en hovedenhets overordnede enhet i offentlig sektor er slettet.
         *
         *     Hvis dette er relevant informasjon for deg, anbefaler vi at du gjør en ny forespørsel for å hente overordnet enhet. Da kan du sjekke om enheten er slettet ved å sjekke om slettedato er satt. Tips&colon; Self-lenken viser hvor du kan hente overordnet enhet.
         *
         *     Resultatet kan sorteres med sort parameteren. For eksempel med `sort=antallAnsatte,ASC`. Følgende parametere kan sorteres på&colon;
         *
         *     | Parameter                                    |
         *     | -------------------------------------------- |
         *     | navn                                         |
         *     | organisasjonsnummer                          |
         *     | overordnetEnhet                              |
         *     | organisasjonsform.kode                       |
         *     | antallAnsatte                                |
         *     | hjemmeside                                   |
         *     | postadresse.kommune                          |
         *     | postadresse.kommunenummer                    |
         *     | registreringsdatoEnhetsregisteret            |
         *     | registrertIMvaregisteret                     |
         *     | registrertIForetaksregisteret                |
         *     | registrertIStiftelsesregisteret              |
         *     | registrertIFrivillighetsregisteret           |
         *     | naeringskode1.kode                           |
         *     | naeringskode2.kode                           |
         *     | naeringskode3.kode                           |
         *     | hjelpeenhetskode.kode                        |
         *     | forretningsadresse.kommune                   |
         *     | forretningsadresse.kommunenummer             |
         *     | stiftelsesdato                               |
         *     | institusjonellSektorkode.kode                |
         *     | konkurs                                      |
         *     | underAvvikling                               |
         *     | underTvangsavviklingEllerTvangsopplosning    |
         */
        get: operations["hentEnheter"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enhetsregisteret/api/enheter/{enhetorgnr}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Hent enhet på organisasjonsnummer
         * @description Hent enhet på organisasjonsnummer.
         *
         *     Hvis en enhet er slettet vil responsen få statuskode 200 OK. HTTP Responsen vil da også inneholde færre attributter, som vist i eksempelet.
         *
         *     En enhet kan fjernes fra avgivelsen fra Enhetsregisteret for eksempel av juridiske årsaker. Hvis en enhet er fjernet vil denne få statuskode 410 Gone. Dette bør også anses som en forespørsel om at eventuelle kopier/cacher også fjerner den aktuelle enheten.
         */
        get: operations["hentEnhet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enhetsregisteret/api/underenheter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Hent underenheter som matcher søke filtere
         * @description Tjenesten tilbyr et søk på underenheter i Enhetsregisteret. Søket kan spesifiseres med søkeparametere angitt som HTTP query-parametere, se beskrivelse. Søkeresultatet er paginert med en standard sidestørrelse på 20 enheter.
         *
         *     Resultatsettet er begrenset til 10 000 underenheter per spørring. Se [underenheter/lastned](#tag/Underenheter/operation/lastnedUnderenheter) for nedlasting av komplett datasett.
         *
         *     Resultatet kan sorteres med sort parameteren. For eksempel med `sort=antallAnsatte,ASC`. Følgende parametere kan sorteres på&colon;
         *
         *     | Parametere                          |
         *     | ----------------------------------- |
         *     | navn                                |
         *     | organisasjonsnummer                 |
         *     | overordnetEnhet                     |
         *     | organisasjonsform.kode              |
         *     | antallAnsatte                       |
         *     | hjemmeside                          |
         *     | postadresse.kommune                 |
         *     | postadresse.kommunenummer           |
         *     | registreringsdatoEnhetsregisteret   |
         *     | registrertIMvaregisteret            |
         *     | naeringskode1.kode                  |
         *     | naeringskode2.kode                  |
         *     | naeringskode3.kode                  |
         *     | hjelpeenhetskode.kode               |
         *     | oppstartsdato                       |
         *     | nedleggelsesdato                    |
         *     | datoEierskifte                      |
         *     | slettedato                          |
         *     | beliggenhetsadresse.kommune         |
         *     | beliggenhetsadresse.kommunenummer   |
         */
        get: operations["hentUnderenheter"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enhetsregisteret/api/underenheter/{underenhetorgnr}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Hent underenhet på organisasjonsnummer
         * @description Hent underenhet på organisasjonsnummer.
         *
         *     Hvis en underenhet er slettet vil responsen få statuskode 200 OK. HTTP Responsen vil da også inneholde færre attributter, som vist i eksempelet.
         *
         *     En underenhet kan fjernes fra avgivelsen fra Enhetsregisteret for eksempel av juridiske årsaker. Hvis en underenhet er fjernet vil denne få statuskode 410 Gone. Dette bør også anses som en forespørsel om at eventuelle kopier/cacher også fjerner den aktuelle underenheten.
         */
        get: operations["hentUnderenhet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enhetsregisteret/api/oppdateringer/enheter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Hent alle oppdateringer på enheter
         * @description Vi anbefaler følgende bruk&colon; Filtrer på dato for første gangs uthenting, slik at man unngår enheter tidligere enn eventuell siste kopi. Filtrer så på updateid for å hente neste sett av resultater. (Her kan man trygt bruke updateid+1). Page+size kan benyttes for mer presis navigering i en updateid- eller dato-spørring.
         *
         *     Endringstyper:
         *
         *     | Type     | Beskrivelse                                                                                             |
         *     |----------|---------------------------------------------------------------------------------------------------------|
         *     | Ukjent   | Ukjent type endring. Ofte fordi endringen har skjedd før endringstype ble innført.                      |
         *     | Ny       | Enheten har blitt lagt til i Enhetsregisteret                                                           |
         *     | Endring  | Enheten har blitt endret i Enhetsregisteret                                                             |
         *     | Sletting | Enheten har blitt slettet fra Enhetsregisteret                                                          |
         *     | Fjernet  | Enheten har blitt fjernet fra Åpne Data. Eventuelle kopier skal også fjerne enheten.                    |
         */
        get: operations["hentOppdateringerForEnheter"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/enhetsregisteret/api/oppdateringer/underenheter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Hent alle oppdateringer på underenheter
         * @description Vi anbefaler følgende bruk&colon; Filtrer på dato for første gangs uthenting, slik at man unngår enheter tidligere enn eventuell siste kopi. Filtrer så på updateid for å hente neste sett av resultater. (Her kan man trygt bruke updateid+1). Page+size kan benyttes for mer presis navigering i en updateid- eller dato-spørring.
         *
         *     Endringstyper:
         *
         *     | Type     | Beskrivelse                                                                                             |
         *     |----------|---------------------------------------------------------------------------------------------------------|
         *     | Ukjent   | Ukjent type endring. Ofte fordi endringen har skjedd før endringstype ble innført.                      |
         *     | Ny       | Enheten har blitt lagt til i Enhetsregisteret                                                           |
         *     | Endring  | Enheten har blitt endret i Enhetsregisteret                                                             |
         *     | Sletting | Enheten har blitt slettet fra Enhetsregisteret                                                          |
         *     | Fjernet  | Enheten har blitt fjernet fra Åpne Data. Eventuelle kopier skal også fjerne enheten.                    |
         */
        get: operations["hentOppdateringerForUnderenheter"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        InternalServerError: {
            /**
             * @description Tidspunkter for når feilen oppstod
             * @example 2024-01-05T07:36:21.523+0000
             */
            timestamp: string;
            /**
             * @description HTTP status koden
             * @example 500
             */
            status: number;
            /**
             * @description Feilmelding
             * @example Internal Server Error
             */
            error: string;
            /**
             * @description Utdypende feilmelding
             * @example Internal Server Error
             */
            message: string;
            /**
             * @description Url sti som feilet
             * @example /enhetsregisteret/api/enheter
             */
            path: string;
            /**
             * @description Send denne koden til oss for at vi skal lettere finne igjen feilen i våre logger
             * @example b94669c0-425a-4b6c-ab30-504de8d9c127
             */
            trace: string;
        };
        Root: {
            _links?: {
                self: {
                    /**
                     * @description Lenke til egen ressurs
                     * @example https://data.brreg.no/enhetsregisteret/api
                     */
                    href?: string;
                };
                enheter: {
                    /**
                     * @description Lenke til enheter ressurs
                     * @example https://data.brreg.no/enhetsregisteret/api/enheter
                     */
                    href?: string;
                };
                underenheter: {
                    /**
                     * @description Lenke til underenheter ressurs
                     * @example https://data.brreg.no/enhetsregisteret/api/underenheter
                     */
                    href?: string;
                };
                organisasjonsformer: {
                    /**
                     * @description Lenke til organisasjonsformer ressurs
                     * @example https://data.brreg.no/enhetsregisteret/api/organisasjonsformer
                     */
                    href?: string;
                };
                "oppdateringer/enheter": {
                    /**
                     * @description Lenke til enhetsoppdateringer ressurs
                     * @example https://data.brreg.no/enhetsregisteret/api/oppdateringer/enheter
                     */
                    href?: string;
                };
                "oppdateringer/underenheter": {
                    /**
                     * @description Lenke til underenhetsoppdateringer ressurs
                     * @example https://data.brreg.no/enhetsregisteret/api/oppdateringer/underenheter
                     */
                    href?: string;
                };
                kommuner: {
                    /**
                     * @description Lenke til kommuner ressurs
                     * @example https://data.brreg.no/enhetsregisteret/api/kommuner
                     */
                    href?: string;
                };
            };
        };
        EnhetPaategning: {
            /**
             * @description Påtegningens infotype
             * @example NAVN
             */
            infotype?: string;
            /**
             * @description Påtegningens tekstlig innhold
             * @example Eksempelpåtegning på navn
             */
            tekst?: string;
            /**
             * Format: date
             * @description Dato for når påtegning ble innført
             * @example 2024-01-04
             */
            innfoertDato?: string;
        };
        Enhet: {
            /** @enum {string} */
            respons_klasse?: "Enhet";
            /**
             * @description Organisasjonsnummeret til enheten
             * @example 509100675
             */
            organisasjonsnummer: string;
            /**
             * @description Enhetens navn
             * @example Sesam stasjon
             */
            navn: string;
            /** @description Enhetens organisasjonsform */
            organisasjonsform: {
                _links?: {
                    self?: {
                        /**
                         * @description Lenke til egen ressurs
                         * @example "https://data.brreg.no/enhetsregisteret/api/organisasjonsformer/ASA"
                         */
                        href: string;
                    };
                };
                /**
                 * @description Organisasjonsformen
                 * @example ASA
                 */
                kode: string;
                /**
                 * @description Dato når organisasjonsformen evt. ble ugyldig
                 * @example 2024-01-04
                 */
                utgaatt?: string | null;
                /**
                 * @description Tekstlig beskrivelse av organisasjonsformen
                 * @example Allmennaksjeselskap
                 */
                beskrivelse: string;
            };
            /** @description Enhetens postadresse */
            postadresse?: {
                /**
                 * @description Kommunenavn (postadresse)
                 * @example Oslo
                 */
                kommune?: string | null;
                /**
                 * @description Landkode (postadresse)
                 * @example NO
                 */
                landkode?: string | null;
                /**
                 * @description Postnummer (postadresse)
                 * @example 0010
                 */
                postnummer?: string | null;
                /**
                 * @description Adresse (postadresse)
                 * @example [
                 *       "Oslo"
                 *     ]
                 */
                adresse?: string[] | null;
                /**
                 * @description Landkode (postadresse)
                 * @example Norge
                 */
                land?: string | null;
                /**
                 * @description Kommunenummer (postadresse)
                 * @example 0301
                 */
                kommunenummer?: string | null;
                /**
                 * @description Poststed (postadresse)
                 * @example Oslo
                 */
                poststed?: string | null;
            };
            /** @description Enhetens forretningsadresse */
            forretningsadresse?: {
                /**
                 * @description Kommunenavn (forretningsadresse)
                 * @example Oslo
                 */
                kommune?: string | null;
                /**
                 * @description Landkode (forretningsadresse)
                 * @example NO
                 */
                landkode?: string | null;
                /**
                 * @description Postnummer (forretningsadresse)
                 * @example 0010
                 */
                postnummer?: string | null;
                /**
                 * @description Adresse (forretningsadresse)
                 * @example [
                 *       "Oslo"
                 *     ]
                 */
                adresse?: string[] | null;
                /**
                 * @description Land (forretningsadresse)
                 * @example Norge
                 */
                land?: string | null;
                /**
                 * @description Kommunenummer (forretningsadresse)
                 * @example 0301
                 */
                kommunenummer?: string | null;
                /**
                 * @description Poststed (forretningsadresse)
                 * @example Oslo
                 */
                poststed?: string | null;
            };
            /**
             * @description Hvorvidt enheten er registrert i Mva-registeret
             * @example true
             */
            registrertIMvaregisteret: boolean;
            /**
             * @description Målform
             * @example Bokmål
             */
            maalform: string;
            /** @description Næringskode 1 */
            naeringskode1?: {
                /**
                 * @description Næringskoden
                 * @example 41.109
                 */
                kode?: string | null;
                /**
                 * @description Tekstlig beskrivelse av næringskoden
                 * @example Utvikling og salg av egen fast eiendom ellers
                 */
                beskrivelse?: string | null;
            } | null;
            /** @description Næringskode 2 */
            naeringskode2?: {
                /**
                 * @description Næringskoden
                 * @example 41.109
                 */
                kode?: string | null;
                /**
                 * @description Tekstlig beskrivelse av næringskoden
                 * @example Utvikling og salg av egen fast eiendom ellers
                 */
                beskrivelse?: string | null;
            } | null;
            /** @description Næringskode 3 */
            naeringskode3?: {
                /**
                 * @description Næringskoden
                 * @example 41.109
                 */
                kode?: string | null;
                /**
                 * @description Tekstlig beskrivelse av næringskoden
                 * @example Utvikling og salg av egen fast eiendom ellers
                 */
                beskrivelse?: string | null;
            } | null;
            /** @description Hjelpeenhetskode */
            hjelpeenhetskode?: {
                /**
                 * @description Hjelpeenhetskode
                 * @example 70.100
                 */
                kode?: string | null;
                /**
                 * @description Tekstlig beskrivelse av hjelpeenhetskode
                 * @example Hovedkontortjenester
                 */
                beskrivelse?: string | null;
            };
            /**
             * @description Hvorvidt enheten er under avvikling
             * @example true
             */
            underAvvikling: boolean;
            /**
             * Format: date
             * @description Dato virksomheten er meldt oppløst. Format: yyyy-MM-dd
             * @example 2024-01-04
             */
            underAvviklingDato?: string;
            /**
             * @description Hvorvidt enheten er registrert i Stiftelsesregisteret
             * @example true
             */
            registrertIStiftelsesregisteret: boolean;
            /**
             * @description Hvorvidt enheten er konkurs
             * @example true
             */
            konkurs: boolean;
            /**
             * Format: date
             * @description Kjennelsesdato for konkursen. Format: yyyy-MM-dd
             * @example 2024-01-04
             */
            konkursdato?: string;
            /**
             * Format: date
             * @description Dato virksomheten ble tvangsavviklet pga manglende sletting. Format: yyyy-mm-dd
             * @example 2024-01-04
             */
            tvangsavvikletPgaManglendeSlettingDato?: string;
            /**
             * Format: date
             * @description Dato virksomheten ble tvangsoppløst pga manglende daglig leder. Format: yyyy-mm-dd
             * @example 2024-01-04
             */
            tvangsopplostPgaManglendeDagligLederDato?: string;
            /**
             * Format: date
             * @description Dato virksomheten ble tvangsoppløst pga manglende revisor. Format: yyyy-mm-dd
             * @example 2024-01-04
             */
            tvangsopplostPgaManglendeRevisorDato?: string;
            /**
             * Format: date
             * @description Dato virksomheten ble tvangsoppløst pga manglende regnskap. Format: yyyy-mm-dd
             * @example 2024-01-04
             */
            tvangsopplostPgaManglendeRegnskapDato?: string;
            /**
             * Format: date
             * @description Dato virksomheten ble tvangsoppløst pga manglende styre. Format: yyyy-mm-dd
             * @example 2024-01-04
             */
            tvangsopplostPgaMangelfulltStyreDato?: string;
            /**
             * Format: date
             * @description Enhetens vedtektsdato. Format: yyyy-MM-dd
             * @example 2024-01-04
             */
            vedtektsdato?: string;
            /** @description Enhetens formål */
            vedtektsfestetFormaal?: string[];
            /** @description Enhetens aktivitet */
            aktivitet?: string[];
            /**
             * @description Enhetens påtegninger
             * @example [
             *       {
             *         "infotype": "NAVN",
             *         "tekst": "Påtegning på navn",
             *         "innfoertDato": "2024-01-01"
             *       },
             *       {
             *         "infotype": "FADR",
             *         "tekst": "Påtegning på forretningsadresse",
             *         "innfoertDato": "2024-01-01"
             *       }
             *     ]
             */
            paategninger: components["schemas"]["EnhetPaategning"][];
            /**
             * @description Hvorvidt enheten er registrert i Frivillighetsregisteret
             * @example true
             */
            registrertIFrivillighetsregisteret: boolean;
            /**
             * Format: date
             * @description Enhetens stiftelsesdato
             * @example 2024-01-04
             */
            stiftelsesdato?: string | null;
            /** @description Enhetens institusjonelle sektorkode */
            institusjonellSektorkode?: {
                /**
                 * @description Sektorkoden
                 * @example 8200
                 */
                kode?: string | null;
                /**
                 * @description Tekstlig beskrivelse av sektorkoden
                 * @example Personlig næringsdrivende
                 */
                beskrivelse?: string | null;
            };
            /**
             * @description Hvorvidt enheten er registrert i Foretaksregisteret
             * @example true
             */
            registrertIForetaksregisteret: boolean;
            /**
             * Format: date
             * @description Enhetens registreringsdato i Enhetsregisteret
             * @example 2024-01-04
             */
            registreringsdatoEnhetsregisteret: string;
            /**
             * @description Enhetens hjemmeside
             * @example www.brreg.no
             */
            hjemmeside?: string | null;
            /**
             * @description Årstall for siste innsendte årsregnskap
             * @example 2024
             */
            sisteInnsendteAarsregnskap?: string | null;
            /**
             * @description Enheter som i utgangspunktet ikke er mva-pliktig, kan søke om frivillig registrering i Merverdiavgiftsregisteret.
             * @example [
             *       "Utleier av bygg eller anlegg"
             *     ]
             */
            frivilligMvaRegistrertBeskrivelser?: string[] | null;
            /**
             * @description Hvorvidt enheten er under tvangsavvikling eller tvangsoppløsning
             * @example true
             */
            underTvangsavviklingEllerTvangsopplosning: boolean;
            /**
             * @description Antall ansatte
             * @example 50
             */
            antallAnsatte?: number;
            /**
             * @description Angir om enheten har registrert ansatte
             * @example true
             */
            harRegistrertAntallAnsatte: boolean;
            /**
             * @description Organisasjonsnummeret til overordnet enhet i offentlig sektor
             * @example 376181782
             */
            overordnetEnhet?: string | null;
            /**
             * @description Registreringsnummeret i hjemlandets register
             * @example 0000804843
             */
            registreringsnummerIHjemlandet?: string | null;
            /**
             * Format: date
             * @description Dato for registrering av antall ansatte i NAV Aa-register
             * @example 2024-01-04
             */
            registreringsdatoAntallAnsatteNAVAaregisteret?: string;
            /**
             * Format: date
             * @description Dato for registrering av antall ansatte i Enhetsregisteret
             * @example 2024-01-04
             */
            registreringsdatoAntallAnsatteEnhetsregisteret?: string;
            /**
             * Format: date
             * @description Dato for registrering i Mva-registeret
             * @example 2024-01-04
             */
            registreringsdatoMerverdiavgiftsregisteret?: string;
            /**
             * Format: date
             * @description Dato for registrering i Mva-registeret i Enhetsregisteret.
             * @example 2024-01-04
             */
            registreringsdatoMerverdiavgiftsregisteretEnhetsregisteret?: string;
            /**
             * Format: date
             * @description Dato for frivillig registrering i Mva-registeret
             * @example 2024-01-04
             */
            registreringsdatoFrivilligMerverdiavgiftsregisteret?: string;
            /**
             * Format: date
             * @description Dato for registrering i Foretaksregisteret
             * @example 2024-01-04
             */
            registreringsdatoForetaksregisteret?: string;
            /**
             * Format: date
             * @description Dato for registrering i Frivillighetsregisteret
             * @example 2024-01-04
             */
            registreringsdatoFrivillighetsregisteret?: string;
            /**
             * @description Hvorvidt enheten er registrert i Partiregisteret
             * @example true
             */
            registrertIPartiregisteret?: boolean;
            /**
             * Format: date
             * @description Dato for registrering i Partiregisteret
             * @example 2024-01-04
             */
            registreringsdatoPartiregisteret?: string;
            /**
             * @description Enhetens epostadressse
             * @example epost@epost.com
             */
            epostadresse?: string;
            /**
             * @description Enhetens telefonnummer
             * @example 91504800
             */
            telefon?: string;
            /**
             * @description Enhetens mobilnummer
             * @example 91504800
             */
            mobil?: string;
            _links?: {
                overordnetEnhet?: {
                    /**
                     * @description Lenke til enhetens overordnede enhet i offentlig sektor
                     * @example https://data.brreg.no/enhetsregisteret/api/enheter/509100675
                     */
                    href?: string | null;
                };
                self?: {
                    /**
                     * @description Lenke til egen ressurs
                     * @example https://data.brreg.no/enhetsregisteret/api/enheter/509100675
                     */
                    href: string;
                };
            };
        };
        /** @description Side */
        Page: {
            /**
             * @description Nummer på gjeldende side
             * @example 1
             */
            number: number;
            /**
             * @description Sidestørrelse på resultatet
             * @example 20
             */
            size: number;
            /**
             * @description Totalt antall sider i resultatet
             * @example 20
             */
            totalPages: number;
            /**
             * @description Totalt antall elementer i resultatet
             * @example 100
             */
            totalElements: number;
        };
        Enheter: {
            _links: {
                next?: {
                    /**
                     * @description Lenke til neste side med resultater
                     * @example https://data.brreg.no/enhetsregisteret/api/enheter?page=1&size=20
                     */
                    href?: string | null;
                };
                last?: {
                    /**
                     * @description Lenke til siste side med resultater
                     * @example https://data.brreg.no/enhetsregisteret/api/enheter?page=54469&size=20
                     */
                    href?: string | null;
                };
                prev?: {
                    /**
                     * @description Lenke til forrige side med resultater
                     * @example https://data.brreg.no/enhetsregisteret/api/enheter?page=0&size=20
                     */
                    href?: string | null;
                };
                self?: {
                    /**
                     * @description Lenke til egen ressurs
                     * @example https://data.brreg.no/enhetsregisteret/api/enheter
                     */
                    href: string;
                };
                first?: {
                    /**
                     * @description Lenke til første side med resultater
                     * @example https://data.brreg.no/enhetsregisteret/api/enheter?page=0&size=20
                     */
                    href?: string | null;
                };
            };
            _embedded?: {
                /** @description En liste av enheter som finnes i Enhetsregisteret */
                enheter?: components["schemas"]["Enhet"][];
            };
            page: components["schemas"]["Page"];
        };
        ValideringsFeil: {
            /**
             * @description Current value
             * @example [INC]
             */
            feilaktigVerdi?: string | null;
            /**
             * @description Error message for current validation error
             * @example INC er ikke en gyldig organisasjonsform
             */
            feilmelding: string;
            /**
             * @description Current parameters
             * @example [
             *       "organisasjonsform"
             *     ]
             */
            parametere: string[];
        };
        BadRequest: {
            /**
             * @description Number of errors
             * @example 4
             */
            antallFeil: number;
            /**
             * @description The validation errors
             * @example [
             *       {
             *         "feilmelding": "VYuW94MNgw",
             *         "feilaktigVerdi": "TNpG8ziEFi",
             *         "parametere": [
             *           "beNB4EGRsf"
             *         ]
             *       }
             *     ]
             */
            valideringsfeil: components["schemas"]["ValideringsFeil"][];
            /**
             * @description The path to the endpoint that failed
             * @example cfQRiNgGtG
             */
            sti: string;
            /**
             * @description Error message
             * @example GqDEbwc71f
             */
            feilmelding: string;
            /**
             * @description Timestamp for when the error occurred
             * @example 1704366191
             */
            tidsstempel: number;
            /**
             * @description HTTP status code
             * @example 500
             */
            status: number;
        };
        /** @description Organisasjonsform */
        Organisasjonsform: {
            _links?: {
                self?: {
                    /**
                     * @description Lenke til egen ressurs
                     * @example https://data.brreg.no/enhetsregisteret/api/organisasjonsformer/ASA
                     */
                    href: string;
                };
            };
            /**
             * @description Organisasjonsformen
             * @example ASA
             */
            kode: string;
            /**
             * @description Dato når organisasjonsformen evt. ble ugyldig
             * @example 2024-01-04
             */
            utgaatt?: string | null;
            /**
             * @description Tekstlig beskrivelse av organisasjonsformen
             * @example Allmennaksjeselskap
             */
            beskrivelse: string;
        };
        SlettetEnhet: {
            /** @enum {string} */
            respons_klasse?: "SlettetEnhet";
            /**
             * @description Organisasjonsnummeret til enheten
             * @example 509100675
             */
            organisasjonsnummer: string;
            /**
             * @description Enhetens navn
             * @example Sesam stasjon
             */
            navn: string;
            organisasjonsform: components["schemas"]["Organisasjonsform"];
            /**
             * @description Dato enheten ble slettet
             * @example 2024-03-09
             */
            slettedato: string;
            _links?: {
                self?: {
                    /**
                     * @description Lenke til egen ressurs
                     * @example https://data.brreg.no/enhetsregisteret/api/enheter/509100675
                     */
                    href: string;
                };
            };
        };
        GoneEnhet: {
            /**
             * @description Organisasjonsnummeret til enheten
             * @example 509100675
             */
            organisasjonsnummer: string;
            /**
             * @description Dato enheten ble slettet
             * @example 2024-03-09
             */
            slettedato: string;
            _links?: {
                self?: {
                    /**
                     * @description Lenke til egen ressurs
                     * @example https://data.brreg.no/enhetsregisteret/api/enheter/509100675
                     */
                    href: string;
                };
            };
        };
        Underenhet: {
            /** @enum {string} */
            respons_klasse?: "Underenhet";
            /**
             * @description Underenhetens organisasjonsnummer
             * @example 509100675
             */
            organisasjonsnummer: string;
            /**
             * @description Underenhetens navn
             * @example Sesam stasjon
             */
            navn: string;
            /** @description Underenhetens organisasjonsform */
            organisasjonsform: {
                _links?: {
                    self?: {
                        /**
                         * @description Lenke til egen ressurs
                         * @example https://data.brreg.no/enhetsregisteret/api/organisasjonsformer/BEDR
                         */
                        href: string;
                    };
                };
                /**
                 * @description Organisasjonsformen
                 * @example BEDR
                 */
                kode: string;
                /**
                 * @description Dato når organisasjonsformen evt. ble ugyldig
                 * @example 2024-01-04
                 */
                utgaatt?: string;
                /**
                 * @description Tekstlig beskrivelse av organisasjonsformen
                 * @example Underenhet til næringsdrivende og offentlig forvaltning
                 */
                beskrivelse: string;
            };
            /** @description Underenhetens postadresse */
            postadresse?: {
                /**
                 * @description Kommunenavn (postadresse)
                 * @example Oslo
                 */
                kommune?: string | null;
                /**
                 * @description Landkode (postadresse)
                 * @example NO
                 */
                landkode?: string | null;
                /**
                 * @description Postnummer (postadresse)
                 * @example 0010
                 */
                postnummer?: string | null;
                /**
                 * @description Adresse (postadresse)
                 * @example [
                 *       "Oslo"
                 *     ]
                 */
                adresse?: string[] | null;
                /**
                 * @description Land (postadresse)
                 * @example Norge
                 */
                land?: string | null;
                /**
                 * @description Kommunenummer (postadresse)
                 * @example 0301
                 */
                kommunenummer?: string | null;
                /**
                 * @description Poststed (postadresse)
                 * @example Oslo
                 */
                poststed?: string | null;
            };
            /** @description Underenhetens beliggenhetsadresse */
            beliggenhetsadresse?: {
                /**
                 * @description Kommunenavn (beliggenhetsadresse)
                 * @example Oslo
                 */
                kommune?: string | null;
                /**
                 * @description Landkode (beliggenhetsadresse)
                 * @example NO
                 */
                landkode?: string | null;
                /**
                 * @description Postnummer (beliggenhetsadresse)
                 * @example 0010
                 */
                postnummer?: string | null;
                /**
                 * @description Adresse (beliggenhetsadresse)
                 * @example [
                 *       "Oslo"
                 *     ]
                 */
                adresse?: string[] | null;
                /**
                 * @description Land (beliggenhetsadresse)
                 * @example Norge
                 */
                land?: string | null;
                /**
                 * @description Kommunenummer (beliggenhetsadresse)
                 * @example 0301
                 */
                kommunenummer?: string | null;
                /**
                 * @description Poststed (beliggenhetsadresse)
                 * @example Oslo
                 */
                poststed?: string | null;
            };
            /**
             * @description Er underenheten registrert i MVA-registeret
             * @example true
             */
            registrertIMvaregisteret: boolean;
            /** @description Næringskode 1 */
            naeringskode1?: {
                /**
                 * @description Næringskoden
                 * @example 41.109
                 */
                kode?: string | null;
                /**
                 * @description Tekstlig beskrivelse av næringskoden
                 * @example Utvikling og salg av egen fast eiendom ellers
                 */
                beskrivelse?: string | null;
            } | null;
            /** @description Næringskode 2 */
            naeringskode2?: {
                /**
                 * @description Næringskoden
                 * @example 41.109
                 */
                kode?: string | null;
                /**
                 * @description Tekstlig beskrivelse av næringskoden
                 * @example Utvikling og salg av egen fast eiendom ellers
                 */
                beskrivelse?: string | null;
            } | null;
            /** @description Næringskode 3 */
            naeringskode3?: {
                /**
                 * @description Næringskoden
                 * @example 41.109
                 */
                kode?: string | null;
                /**
                 * @description Tekstlig beskrivelse av næringskoden
                 * @example Utvikling og salg av egen fast eiendom ellers
                 */
                beskrivelse?: string | null;
            } | null;
            /** @description Hjelpeenhetskode */
            hjelpeenhetskode?: {
                /**
                 * @description Hjelpeenhetskode
                 * @example 70.100
                 */
                kode?: string | null;
                /**
                 * @description Tekstlig beskrivelse av hjelpeenhetskode
                 * @example Hovedkontortjenester
                 */
                beskrivelse?: string | null;
            };
            /**
             * Format: date
             * @description Underenhetens registreringsdato i Enhetsregisteret
             * @example 2024-01-04
             */
            registreringsdatoEnhetsregisteret: string;
            /**
             * @description Underenhetens hjemmeside
             * @example www.brreg.no
             */
            hjemmeside?: string | null;
            /**
             * @description De virksomheter som i utgangspunktet ikke er MVA-pliktig, kan søke om frivillig registrering i Merverdiavgiftsregisteret.
             * @example [
             *       "Utleier av bygg eller anlegg"
             *     ]
             */
            frivilligMvaRegistrertBeskrivelser?: string[] | null;
            /**
             * @description Antall ansatte
             * @example 50
             */
            antallAnsatte?: number;
            /**
             * @description Angir om underenheten har registrert ansatte
             * @example true
             */
            harRegistrertAntallAnsatte: boolean;
            /**
             * @description Overordnet hovedenhet
             * @example 376181782
             */
            overordnetEnhet?: string | null;
            /**
             * Format: date
             * @description Underenhetens oppstartsdato
             * @example 2024-01-04
             */
            oppstartsdato?: string | null;
            /**
             * Format: date
             * @description Dato for underenhetens  eierskifte
             * @example 2024-01-04
             */
            datoEierskifte?: string | null;
            /**
             * Format: date
             * @description Underenhetens nedleggelsesdato
             * @example 2024-01-04
             */
            nedleggelsesdato?: string | null;
            /**
             * Format: date
             * @description Dato for registrering av antall ansatte i NAV Aa-register
             * @example 2024-01-04
             */
            registreringsdatoAntallAnsatteNAVAaregisteret?: string;
            /**
             * Format: date
             * @description Dato for registrering av antall ansatte i Enhetsregisteret
             * @example 2024-01-04
             */
            registreringsdatoAntallAnsatteEnhetsregisteret?: string;
            /**
             * Format: date
             * @description Dato for registrering i MVA-registeret
             * @example 2024-01-04
             */
            registreringsdatoMerverdiavgiftsregisteret?: string;
            /**
             * Format: date
             * @description Dato for registrering i MVA-registeret i Enhetsregisteret.
             * @example 2024-01-04
             */
            registreringsdatoMerverdiavgiftsregisteretEnhetsregisteret?: string;
            /**
             * Format: date
             * @description Dato for frivillig registrering i Mva-registeret
             * @example 2024-01-04
             */
            registreringsdatoFrivilligMerverdiavgiftsregisteret?: string;
            /**
             * @description Underenhetens epostadressse
             * @example epost@epost.com
             */
            epostadresse?: string;
            /**
             * @description Underenhetens telefonnummer
             * @example 91504800
             */
            telefon?: string;
            /**
             * @description Underenhetens mobilnummer
             * @example 91504800
             */
            mobil?: string;
            _links?: {
                overordnetEnhet?: {
                    /**
                     * @description Lenke til enhetens overordnede enhet i offentlig sektor
                     * @example https://data.brreg.no/enhetsregisteret/api/enheter/376181782
                     */
                    href?: string | null;
                };
                self?: {
                    /**
                     * @description Lenke til egen ressurs
                     * @example https://data.brreg.no/enhetsregisteret/api/underenheter/509100675
                     */
                    href: string;
                };
            };
        };
        Underenheter: {
            _links: {
                next?: {
                    /**
                     * @description Lenke til neste side med resultater
                     * @example https://data.brreg.no/enhetsregisteret/api/enheter?page=1&size=20
                     */
                    href?: string | null;
                };
                last?: {
                    /**
                     * @description Lenke til siste side med resultater
                     * @example https://data.brreg.no/enhetsregisteret/api/enheter?page=54469&size=20
                     */
                    href?: string | null;
                };
                prev?: {
                    /**
                     * @description Lenke til forrige side med resultater
                     * @example https://data.brreg.no/enhetsregisteret/api/enheter?page=0&size=20
                     */
                    href?: string | null;
                };
                self?: {
                    /**
                     * @description Lenke til egen ressurs
                     * @example https://data.brreg.no/enhetsregisteret/api/enheter
                     */
                    href: string;
                };
                first?: {
                    /**
                     * @description Lenke til første side med resultater
                     * @example https://data.brreg.no/enhetsregisteret/api/enheter?page=0&size=20
                     */
                    href?: string | null;
                };
            };
            _embedded?: {
                /** @description En liste av underenheter som finnes i Enhetsregisteret */
                underenheter?: components["schemas"]["Underenhet"][];
            };
            page: components["schemas"]["Page"];
        };
        SlettetUnderenhet: {
            /** @enum {string} */
            respons_klasse?: "SlettetEnhet";
            /**
             * @description Underenhetens organisasjonsnummer
             * @example 509100675
             */
            organisasjonsnummer: string;
            /**
             * @description Underenhetens navn
             * @example Sesam stasjon
             */
            navn: string;
            /** @description Underenhetens organisasjonsform */
            organisasjonsform: {
                _links?: {
                    self?: {
                        /**
                         * @description Lenke til egen ressurs
                         * @example https://data.brreg.no/enhetsregisteret/api/organisasjonsformer/BEDR
                         */
                        href: string;
                    };
                };
                /**
                 * @description Organisasjonsformen
                 * @example BEDR
                 */
                kode: string;
                /**
                 * @description Dato når organisasjonsformen evt. ble ugyldig
                 * @example 2024-01-04
                 */
                utgaatt?: string | null;
                /**
                 * @description Tekstlig beskrivelse av organisasjonsformen
                 * @example Underenhet til næringsdrivende og offentlig forvaltning
                 */
                beskrivelse: string;
            };
            /**
             * @description Dato underenheten ble slettet
             * @example 2024-03-09
             */
            slettedato: string;
            _links?: {
                self?: {
                    /**
                     * @description Lenke til egen ressurs
                     * @example https://data.brreg.no/enhetsregisteret/api/underenheter/509100675
                     */
                    href: string;
                };
            };
        };
        GoneUnderenhet: {
            /**
             * @description Organisasjonsnummeret til enheten
             * @example 509100675
             */
            organisasjonsnummer: string;
            /**
             * @description Dato enheten ble slettet
             * @example 2024-03-09
             */
            slettedato: string;
            _links?: {
                self?: {
                    /**
                     * @description Lenke til egen ressurs
                     * @example https://data.brreg.no/enhetsregisteret/api/underenheter/509100675
                     */
                    href: string;
                };
            };
        };
        /** @description Kommune */
        Kommune: {
            _links?: {
                self?: {
                    /**
                     * @description Lenke til egen ressurs
                     * @example https://data.brreg.no/enhetsregisteret/api/kommuner/0301
                     */
                    href: string;
                };
            };
            /**
             * @description Kommunenummeret
             * @example 0301
             */
            nummer: string;
            /**
             * @description Kommunenavnet
             * @example OSLO
             */
            navn: string;
        };
        Kommuner: {
            _links?: {
                next?: {
                    /**
                     * @description Lenke til neste side med resultater
                     * @example https://data.brreg.no/enhetsregisteret/api/kommuner?page=1&size=20
                     */
                    href?: string | null;
                };
                last?: {
                    /**
                     * @description Lenke til siste side med resultater
                     * @example https://data.brreg.no/enhetsregisteret/api/kommuner?page=54469&size=20
                     */
                    href?: string | null;
                };
                prev?: {
                    /**
                     * @description Lenke til forrige side med resultater
                     * @example https://data.brreg.no/enhetsregisteret/api/kommuner?page=0&size=20
                     */
                    href?: string | null;
                };
                self?: {
                    /**
                     * @description Lenke til egen ressurs
                     * @example https://data.brreg.no/enhetsregisteret/api/kommuner
                     */
                    href: string;
                };
                first?: {
                    /**
                     * @description Lenke til første side med resultater
                     * @example https://data.brreg.no/enhetsregisteret/api/kommuner?page=0&size=20
                     */
                    href?: string | null;
                };
            };
            _embedded?: {
                /** @description En liste av kommuner som finnes i Enhetsregisteret */
                kommuner: components["schemas"]["Kommune"][];
            };
            page?: components["schemas"]["Page"];
        };
        Organisasjonsformer: {
            /** @description Links to resources */
            _links?: {
                enheter?: {
                    /**
                     * @description Lenke til enheter ressurs
                     * @example https://data.brreg.no/enhetsregisteret/api/organisasjonsformer/enheter
                     */
                    href?: string | null;
                };
                underenheter?: {
                    /**
                     * @description Lenke til underenheter ressurs
                     * @example https://data.brreg.no/enhetsregisteret/api/organisasjonsformer/underenheter
                     */
                    href?: string | null;
                };
                self?: {
                    /**
                     * @description Lenke til egen ressurs
                     * @example https://data.brreg.no/enhetsregisteret/api/organisasjonsformer
                     */
                    href: string;
                };
            };
            _embedded?: {
                /** @description En liste av organisasjonsformer som finnes i Enhetsregisteret */
                organisasjonsformer: components["schemas"]["Organisasjonsform"][];
            };
            page?: components["schemas"]["Page"];
        };
        OrganisasjonsformerEnheter: {
            _links?: {
                self?: {
                    /**
                     * @description Lenke til egen ressurs
                     * @example https://data.brreg.no/enhetsregisteret/api/organisasjonsformer
                     */
                    href: string;
                };
            };
            _embedded?: {
                /** @description En liste av organisasjonsformer som finnes i Enhetsregisteret */
                organisasjonsformer: components["schemas"]["Organisasjonsform"][];
            };
            page?: components["schemas"]["Page"];
        };
        OrganisasjonsformerUnderenheter: {
            _links?: {
                self?: {
                    /**
                     * @description Lenke til egen ressurs
                     * @example https://data.brreg.no/enhetsregisteret/api/organisasjonsformer
                     */
                    href: string;
                };
            };
            _embedded?: {
                /** @description En liste av organisasjonsformer som finnes i Enhetsregisteret */
                organisasjonsformer: components["schemas"]["Organisasjonsform"][];
            };
            page?: components["schemas"]["Page"];
        };
        /** @description Oppdatert enhet */
        OppdateringerEnhet: {
            /**
             * @description Sekvensiell oppdateringsid for enhet.
             * @example 1
             */
            oppdateringsid: number;
            /**
             * @description Tidsstempel for når endringen på enheten ble offentliggjort i dette APIet (ISO-8601)
             * @example 2018-04-23T06:03:29.443Z
             */
            dato: string;
            /**
             * @description Enhetens organisasjonsnummer.
             * @example 913189892
             */
            organisasjonsnummer: string;
            /**
             * @description Type endring som ble gjennomført
             * @example Ukjent
             */
            endringstype: string;
            _links?: {
                enhet?: {
                    /**
                     * @description Lenke til egen ressurs
                     * @example https://data.brreg.no/enhetsregisteret/api/enheter/913189892
                     */
                    href: string;
                };
            };
        };
        OppdateringerEnheter: {
            _links?: {
                next?: {
                    /**
                     * @description Lenke til neste side med resultater
                     * @example https://data.brreg.no/enhetsregisteret/api/oppdateringer/enheter?page=1&size=20
                     */
                    href?: string | null;
                };
                last?: {
                    /**
                     * @description Lenke til siste side med resultater
                     * @example https://data.brreg.no/enhetsregisteret/api/oppdateringer/enheter?page=54469&size=20
                     */
                    href?: string | null;
                };
                prev?: {
                    /**
                     * @description Lenke til forrige side med resultater
                     * @example https://data.brreg.no/enhetsregisteret/api/oppdateringer/enheter?page=0&size=20
                     */
                    href?: string | null;
                };
                self?: {
                    /**
                     * @description Lenke til egen ressurs
                     * @example https://data.brreg.no/enhetsregisteret/api/oppdateringer/enheter
                     */
                    href: string;
                };
                first?: {
                    /**
                     * @description Lenke til første side med resultater
                     * @example https://data.brreg.no/enhetsregisteret/api/oppdateringer/enheter?page=0&size=20
                     */
                    href?: string | null;
                };
            };
            _embedded?: {
                /** @description En liste av oppdaterte enheter */
                oppdaterteEnheter: components["schemas"]["OppdateringerEnhet"][];
            };
            page?: components["schemas"]["Page"];
        };
        /** @description Oppdatert underenhet */
        OppdateringerUnderenhet: {
            /**
             * @description Sekvensiell oppdateringsid for enhet.
             * @example 1
             */
            oppdateringsid: number;
            /**
             * @description Tidsstempel for når endringen på enheten ble offentliggjort i dette APIet (ISO-8601)
             * @example 2018-04-23T06:03:29.443Z
             */
            dato: string;
            /**
             * @description Enhetens organisasjonsnummer.
             * @example 913189892
             */
            organisasjonsnummer: string;
            /**
             * @description Type endring som ble gjennomført
             * @example Ukjent
             */
            endringstype: string;
            _links?: {
                underenhet?: {
                    /**
                     * @description Lenke til egen ressurs
                     * @example https://data.brreg.no/enhetsregisteret/api/undereenheter/913189892
                     */
                    href: string;
                };
            };
        };
        OppdateringerUnderenheter: {
            _links?: {
                next?: {
                    /**
                     * @description Lenke til neste side med resultater
                     * @example https://data.brreg.no/enhetsregisteret/api/oppdateringer/underenheter?page=1&size=20
                     */
                    href?: string | null;
                };
                last?: {
                    /**
                     * @description Lenke til siste side med resultater
                     * @example https://data.brreg.no/enhetsregisteret/api/oppdateringer/underenheter?page=54469&size=20
                     */
                    href?: string | null;
                };
                prev?: {
                    /**
                     * @description Lenke til forrige side med resultater
                     * @example https://data.brreg.no/enhetsregisteret/api/oppdateringer/underenheter?page=0&size=20
                     */
                    href?: string | null;
                };
                self?: {
                    /**
                     * @description Lenke til egen ressurs
                     * @example https://data.brreg.no/enhetsregisteret/api/oppdateringer/underenheter
                     */
                    href: string;
                };
                first?: {
                    /**
                     * @description Lenke til første side med resultater
                     * @example https://data.brreg.no/enhetsregisteret/api/oppdateringer/underenheter?page=0&size=20
                     */
                    href?: string | null;
                };
            };
            _embedded?: {
                /** @description En liste av oppdaterte underenheter */
                oppdaterteUnderenheter: components["schemas"]["OppdateringerUnderenhet"][];
            };
            page?: components["schemas"]["Page"];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    hentTjenester: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 200 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Root"];
                };
            };
            /** @description Usupportert media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    hentEnheter: {
        parameters: {
            query?: {
                /** @description Enhetens navn. Fritekst på 1 til 180 tegn */
                navn?: string;
                /** @description Søkemetode for navn-parameteren. Den eneste støttede verdien er FORTLOEPENDE. Eksempel på bruk: navn=sesam stasjon&navnMetodeForSoek=FORTLOEPENDE */
                navnMetodeForSoek?: string;
                /** @description Kommaseparert liste med organisasjonsnummer, 9 siffer */
                organisasjonsnummer?: string[];
                /** @description Organisasjonsnummeret til overordnet enhet i offentlig sektor. Streng med 9 siffer */
                overordnetEnhet?: string;
                /** @description Minste antall ansatte. Må være 0, 1 eller større enn 4 */
                fraAntallAnsatte?: string;
                /** @description Største antall. Må være 0, 4, eller over 4 */
                tilAntallAnsatte?: string;
                /** @description Hvorvidt enheten er konkurs. */
                konkurs?: boolean;
                /** @description Hvorvidt enheten er registrert i Mva-registeret */
                registrertIMvaregisteret?: boolean;
                /** @description Hvorvidt enheten er registrert i Foretaksregisteret. */
                registrertIForetaksregisteret?: boolean;
                /** @description Hvorvidt enheten er registrert i Stiftelsesregisteret. */
                registrertIStiftelsesregisteret?: boolean;
                /** @description Hvorvidt enheten er registrert i Frivillighetsregisteret. */
                registrertIFrivillighetsregisteret?: boolean;
                /** @description Frivillig registrert i Merverdiavgiftsregisteret. */
                frivilligRegistrertIMvaregisteret?: string[];
                /** @description Hvorvidt enheten er under tvangsavvikling eller tvangsoppløsning */
                underTvangsavviklingEllerTvangsopplosning?: boolean;
                /** @description Hvorvidt enheten er under avvikling */
                underAvvikling?: boolean;
                /** @description Hvorvidt enheten er konkurs, under tvangsavvikling eller tvangsoppløsning */
                underKonkursbehandling?: boolean;
                /** @description Tidligste registreringsdato i Enhetsregisteret (ISO-8601 yyyy-MM-dd) */
                fraRegistreringsdatoEnhetsregisteret?: string;
                /** @description Seneste registreringsdato i Enhetsregisteret (ISO-8601 yyyy-MM-dd) */
                tilRegistreringsdatoEnhetsregisteret?: string;
                /** @description Tidligste stiftelsesdato (ISO-8601 yyyy-MM-dd) */
                fraStiftelsesdato?: string;
                /** @description Seneste stiftelsesdato (ISO-8601 yyyy-MM-dd) */
                tilStiftelsesdato?: string;
                /** @description Tidligste registreringsdato i Merverdiavgiftsregisteret. */
                fraRegistreringsdatoMerverdiavgiftsregisteret?: string;
                /** @description Seneste registreringsdato i Merverdiavgiftsregisteret. */
                tilRegistreringsdatoMerverdiavgiftsregisteret?: string;
                /** @description Tidligste registreringsdato i Foretaksregisteret. */
                fraRegistreringsdatoForetaksregisteret?: string;
                /** @description Seneste registreringsdato i Foretaksregisteret. */
                tilRegistreringsdatoForetaksregisteret?: string;
                /** @description Tidligste registreringsdato i Frivillighetsregisteret. */
                fraRegistreringsdatoFrivillighetsregisteret?: string;
                /** @description Seneste registreringsdato i Frivillighetsregisteret. */
                tilRegistreringsdatoFrivillighetsregisteret?: string;
                /** @description Tidligste registreringsdato i Partiregisteret. */
                fraRegistreringsdatoPartiregisteret?: string;
                /** @description Seneste registreringsdato i Partiregisteret. */
                tilRegistreringsdatoPartiregisteret?: string;
                /** @description Hvorvidt enheten er registrert i Partiregisteret. */
                registrertIPartiregisteret?: boolean;
                /** @description Kommaseparert liste med organisasjonsform */
                organisasjonsform?: string[];
                /** @description Enhetens hjemmeside */
                hjemmeside?: string;
                /** @description Kommaseparert liste med sektorkoder, 4 siffer */
                institusjonellSektorkode?: string[];
                /** @description Kommaseparert liste med Adresse (postadresse) */
                "postadresse.adresse"?: string[];
                /** @description Kommaseparert liste med Kommunenummer (postadresse), 4 siffer */
                "postadresse.kommunenummer"?: string[];
                /** @description Kommaseparert liste med Landkode (postadresse) */
                "postadresse.landkode"?: string[];
                /** @description Kommaseparert liste med Postnummer (postadresse), 4 siffer */
                "postadresse.postnummer"?: string[];
                /** @description Poststed (postadresse). Fritekst */
                "postadresse.poststed"?: string;
                /** @description Kommaseparert liste med kommunenummer, 4 siffer. Filtrerer på forretningsadresse eller postadresse */
                kommunenummer?: string[];
                /** @description Kommaseparert liste med kommunenummer (forretningsadresse), 4 siffer */
                "forretningsadresse.kommunenummer"?: string[];
                /** @description Kommaseparert liste med postnummer (forretningsadresse), 4 siffer */
                "forretningsadresse.postnummer"?: string[];
                /** @description Poststed (forretningsadresse). Fritekst */
                "forretningsadresse.poststed"?: string;
                /** @description Kommaseparert liste med landkode (forretningsadresse) */
                "forretningsadresse.landkode"?: string[];
                /** @description Kommaseparert liste med adresse (forretningsadresse) */
                "forretningsadresse.adresse"?: string[];
                /** @description Kommaseparert liste med næringskoder */
                naeringskode?: string[];
                /** @description Kommaseparert liste med årstall, 4 siffer. */
                sisteInnsendteAarsregnskap?: string[];
                /** @description Felt som det skal sorteres på og sorteringsrekkefølge. For eks: organisasjonsnummer,ASC eller organisasjonsnummer,DESC */
                sort?: string;
                /** @description Sidestørrelse */
                size?: number;
                /** @description Sidenummer */
                page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 200 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.brreg.enhetsregisteret.enhet.v2+json": components["schemas"]["Enheter"];
                    "application/json": components["schemas"]["Enheter"];
                };
            };
            /** @description 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequest"];
                };
            };
            /** @description 500 */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
        };
    };
    hentEnhet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisasjonsnummeret til enheten */
                enhetorgnr: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 200 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.brreg.enhetsregisteret.enhet.v2+json": components["schemas"]["Enhet"];
                    "application/json": components["schemas"]["Enhet"];
                };
            };
            /** @description 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequest"];
                };
            };
            /** @description Ikke funnet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Fjernet av juridiske årsaker */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GoneEnhet"];
                };
            };
            /** @description 500 */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
        };
    };
    hentUnderenheter: {
        parameters: {
            query?: {
                /** @description Underenhetens navn. Fritekst på 1 til 180 tegn */
                navn?: string;
                /** @description Søkemetode for navn-parameteren. Den eneste støttede verdien er FORTLOEPENDE. Eksempel på bruk: navn=sesam stasjon&navnMetodeForSoek=FORTLOEPENDE */
                navnMetodeForSoek?: string;
                /** @description Kommaseparert liste med organisasjonsnummer, 9 siffer */
                organisasjonsnummer?: string[];
                /** @description Underhetens overordnede hovedenhet */
                overordnetEnhet?: string;
                /** @description Minste antall ansatte. Må være 0, 1 eller større enn 4 */
                fraAntallAnsatte?: string;
                /** @description Største antall. Må være 0, 4, eller over 4 */
                tilAntallAnsatte?: string;
                /** @description Hvorvidt underenheten er registrert i Mva-registeret */
                registrertIMvaregisteret?: string;
                /** @description Tidligste registreringsdato i Enhetsregisteret (ISO-8601 yyyy-MM-dd) */
                fraRegistreringsdatoEnhetsregisteret?: string;
                /** @description Seneste registreringsdato i Enhetsregisteret (ISO-8601 yyyy-MM-dd) */
                tilRegistreringsdatoEnhetsregisteret?: string;
                /** @description Tidligste dato for oppstart (ISO-8601 yyyy-MM-dd) */
                fraOppstartsdato?: string;
                /** @description Seneste dato for oppstart (ISO-8601 yyyy-MM-dd) */
                tilOppstartsdato?: string;
                /** @description Tidligste dato for eierskifte (ISO-8601 yyyy-MM-dd) */
                fraDatoEierskifte?: string;
                /** @description Seneste dato for eierskifte (ISO-8601 yyyy-MM-dd) */
                tilDatoEierskifte?: string;
                /** @description Tidligste dato for nedleggelse (ISO-8601 yyyy-MM-dd) */
                fraNedleggelsesdato?: string;
                /** @description Seneste dato for nedleggelse (ISO-8601 yyyy-MM-dd) */
                tilNedleggelsesdato?: string;
                /** @description Tidligste registreringsdato i Merverdiavgiftsregisteret. */
                fraRegistreringsdatoMerverdiavgiftsregisteret?: string;
                /** @description Seneste registreringsdato i Merverdiavgiftsregisteret. */
                tilRegistreringsdatoMerverdiavgiftsregisteret?: string;
                /** @description Kommaseparert liste med organisasjonsform */
                organisasjonsform?: string[];
                /** @description Underenhetens hjemmeside */
                hjemmeside?: string;
                /** @description Kommaseparert liste med kommunenummer (postadresse), 4 siffer */
                "postadresse.kommunenummer"?: string[];
                /** @description Kommaseparert liste med postnummer (postadresse), 4 siffer */
                "postadresse.postnummer"?: string[];
                /** @description Kommaseparert liste med poststed (postadresse) */
                "postadresse.poststed"?: string;
                /** @description Kommaseparert liste med landkode (postadresse) */
                "postadresse.landkode"?: string[];
                /** @description Kommaseparert liste med adresse (postadresse) */
                "postadresse.adresse"?: string[];
                /** @description Kommaseparert liste med kommunenummer, 4 siffer. Filtrerer på beliggenhetsadresse eller postadresse */
                kommunenummer?: string[];
                /** @description Kommaseparert liste med kommunenummer (beliggenhetsadresse), 4 siffer */
                "beliggenhetsadresse.kommunenummer"?: string[];
                /** @description Kommaseparert liste med postnummer (beliggenhetsadresse), 4 siffer */
                "beliggenhetsadresse.postnummer"?: string[];
                /** @description Poststed (beliggenhetsadresse) */
                "beliggenhetsadresse.poststed"?: string;
                /** @description Kommaseparert liste med landkode (beliggenhetsadresse) */
                "beliggenhetsadresse.landkode"?: string[];
                /** @description Kommaseparert liste med adresse (beliggenhetsadresse) */
                "beliggenhetsadresse.adresse"?: string[];
                /** @description Kommaseparert liste med næringskoder */
                naeringskode?: string[];
                /** @description Felt som det skal sorteres på og sorteringsrekkefølge. For eks: organisasjonsnummer,ASC eller organisasjonsnummer,DESC */
                sort?: string;
                /** @description Sidestørrelse */
                size?: number;
                /** @description Sidenummer */
                page?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 200 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.brreg.enhetsregisteret.underenhet.v2+json": components["schemas"]["Underenheter"];
                    "application/json": components["schemas"]["Underenheter"];
                };
            };
            /** @description 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequest"];
                };
            };
            /** @description 500 */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
        };
    };
    hentUnderenhet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Organisasjonsnummeret til enheten */
                underenhetorgnr: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 200 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.brreg.enhetsregisteret.underenhet.v2+json": components["schemas"]["Underenhet"];
                    "application/json": components["schemas"]["Underenhet"];
                };
            };
            /** @description 400 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequest"];
                };
            };
            /** @description Ikke funnet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Fjernet av juridiske årsaker */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GoneUnderenhet"];
                };
            };
            /** @description 500 */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InternalServerError"];
                };
            };
        };
    };
    hentOppdateringerForEnheter: {
        parameters: {
            query?: {
                /** @description Vis bare oppdateringer fra og med dette tidsstempelet. Tidsstempelet indikerer når oppdateringen ble offentliggjort i dette APIet. Datetime (ISO-8601): yyyy-MM-dd'T'HH:mm:ss.SSS'Z' */
                dato?: string;
                /** @description Vis bare oppdateringer fra og med oppdateringsid. Større eller lik 1 */
                oppdateringsid?: string;
                /** @description Vis bare oppdateringer på gitte organisasjonsnummer. Kommaseparert liste med organisasjonsnummer */
                organisasjonsnummer?: string[];
                /** @description Sidenummer */
                page?: string;
                /** @description Hent et spesifisert antall hendelser. Større eller lik 1 og mindre eller lik 10000. Standardverdi er 20. */
                size?: string;
                /** @description Felt som det skal sorteres på og sorteringsrekkefølge. For eks: id,ASC eller id,DESC. Kun id er støttet. */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Alle oppdateringer på enheter */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OppdateringerEnheter"];
                };
            };
            /** @description Usupportert media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    hentOppdateringerForUnderenheter: {
        parameters: {
            query?: {
                /** @description Vis bare oppdateringer fra og med dette tidsstempelet. Tidsstempelet indikerer når oppdateringen ble offentliggjort i dette APIet. Datetime (ISO-8601): yyyy-MM-dd'T'HH:mm:ss.SSS'Z' */
                dato?: string;
                /** @description Vis bare oppdateringer fra og med oppdateringsid. Større eller lik 1 */
                oppdateringsid?: string;
                /** @description Vis bare oppdateringer på gitte organisasjonsnummer. Kommaseparert liste med organisasjonsnummer */
                organisasjonsnummer?: string[];
                /** @description Sidenummer */
                page?: string;
                /** @description Hent et spesifisert antall hendelser. Større eller lik 1 og mindre eller lik 10000. Standardverdi er 20. */
                size?: string;
                /** @description Felt som det skal sorteres på og sorteringsrekkefølge. For eks: id,ASC eller id,DESC. Kun id er støttet. */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Alle oppdateringer på underenheter */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OppdateringerUnderenheter"];
                };
            };
            /** @description Usupportert media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
