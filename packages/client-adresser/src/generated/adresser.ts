/**
 * Generated from openapi/adresser.json (Åpent adresse-API fra Kartverket 1.2.0) by scripts/generate.mjs.
 * Do not edit: run `npm run generate -w @felles/client-adresser`.
 */

export interface paths {
    "/sok": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Standard søk.
         * @description Søk etter adresser. Minst ett søkeparameter må benyttes. For generelle søk så anbefales det å benytte søkeparameteret "sok", og så eventuelt snevre inn resultatet ved å bruke de andre parameterene. For eksempel sok?sok=munkegata&kommunenummer=5001
         */
        get: {
            parameters: {
                query?: {
                    /** @description Generelt adressesøk over nesten alle feltene. Wildcard-søk med "*" er støttet (OBS: mellomrom kan ikke erstattes med wildcard). Flere detaljer vil gi mer nøyaktige søk. Bare legg til ekstra opplysninger adskilt med mellomrom. F.eks.: ?sok=munkegata 1 trondheim */
                    sok?: string;
                    /** @description Utfører et fuzzysøk som finner adresser som ligner på det som det søkes etter. Modifiserer kun feltet "sok". Ikke kompatibelt med bruk av wildcard. */
                    fuzzy?: boolean;
                    /** @description Modifiserer "sok"-feltet, standardverdi er "AND". Velg om søket skal kreve at hver eneste søkeparameter finnes i treffet, eller om det holder med treff på kun ett parameter. F.eks. vil "?sok=munkegata 1 trondheim&sokemodus=OR" returnere alt som inneholder "munkegata" OG/ELLER tallet "1" OG/ELLER "trondheim". */
                    sokemodus?: "AND" | "OR";
                    /** @description Navn på gate, veg, sti, plass eller område som er ført i matrikkelen (eksempel Sørumvegen). */
                    adressenavn?: string;
                    /** @description Offisiell adresse som tekststreng (eksempel «Ven, Sørumvegen 45»), men uten eventuelt bruksenhetsnummer for leiligheter */
                    adressetekst?: string;
                    /** @description Nedarvet bruksnavn, navn på en institusjon eller bygning eller grend brukt som del av den offisielle adressen */
                    adressetilleggsnavn?: string;
                    /** @description Nummer som entydig identifiserer adresserbare gater, veger, stier, plasser og områder som er ført i matrikkelen innen kommunen */
                    adressekode?: number;
                    /** @description Del av adressenummer (husnummer) som er et nummer og eventuelt en bokstav, f.eks 23B */
                    nummer?: number;
                    /** @description Del av adressenummer (husnummer) som er et nummer og en eventuelt en bokstav, f.eks 23B. For å kun søke på adresser uten noen bokstav så inkluderer man "bokstav=" i søkestrengen uten å fylle inn noen verdi. */
                    bokstav?: string;
                    /** @description Nummerering av kommunen i henhold til Statistisk sentralbyrå sin offisielle liste. Tekstverdi som må bestå av 4 tall. 0301 er for eksempel gyldig, mens 301 er ikke gyldig. */
                    kommunenummer?: string;
                    /** @description Navn (norsk) på en kommune */
                    kommunenavn?: string;
                    /** @description Del av en matrikkeladresse der vegadresse ikke er innført, - eller vegadressens knytning til matrikkelenhet (grunneiendom eller feste, - gir her ikke knyting mot seksjon) */
                    gardsnummer?: number;
                    /** @description Del av en matrikkeladresse der vegadresse ikke er innført, - eller vegadressens knytning til matrikkelenhet (grunneiendom eller feste, - gir her ikke knyting mot seksjon) */
                    bruksnummer?: number;
                    /** @description Del av en matrikkeladresse der vegadresse ikke er innført, - eller vegadressens knytning til matrikkelenhet (grunneiendom eller feste, - gir her ikke knytning mot seksjon) */
                    festenummer?: number;
                    /** @description Fortløpende nummerering av matrikkeladresser med samme gårds-, bruks- og festenummer. */
                    undernummer?: number;
                    /** @description Del av offisiell adresse (bruksenhetsnummer) til f.eks en leilighet i flerboligbygg. Bokstaven og de to første tallene angir etasje, de to siste angir leilighetens nummer i etasjen, regnet fra venstre mot høyre. Eksempel: "H0102", "K0101" */
                    bruksenhetsnummer?: string;
                    /** @description Vegadresse er offisiell adresse i form av et adressenavn og et adressenummer (Storgata 10). Der kommunen ikke har gått over til vegadresser, vil det finnes matrikkeladresse på formen: gårdsnummer/ bruksnummer/ev festenummer-ev undernummer (10/2) Begge adressetypene kan ha bruksenhetsnummer (leiligheter) og adressetilleggsnavn. Begge adressetypene vises som standard, hvis man kun ønsker å se en av de kan man spesifisere adressetypen via dette parameteret. */
                    objtype?: "Vegadresse" | "Matrikkeladresse";
                    /** @description Navn på poststed i henhold til Postens egne lister */
                    poststed?: string;
                    /** @description Unik identifikasjon av et postnummerområde. Tekstverdi som må bestå av 4 tall. 0340 er for eksempel gyldig, mens 340 er ikke gyldig. Postnummer som identifiserer postboksanlegg er ikke med og vil ikke gi treff. */
                    postnummer?: string;
                    /** @description Kommaseparert liste med objekter du ikke ønsker å filtrere ut. For å hente ut underobjekter bruk "."-notasjon, f.eks.: &filtrer=adresser.kommunenummer,adresser.representasjonspunkt */
                    filtrer?: string;
                    /** @description Koordinatsystem som adressegeometrien skal returneres i. Oppgis som srid, f.eks. 25833 eller 3857. Standardinnstilling er 4258 */
                    utkoordsys?: number;
                    /** @description Antall treff per side. */
                    treffPerSide?: number;
                    /** @description Sidenummeret som vises. Første side = 0 */
                    side?: number;
                    /** @description Garanterer at dataene som returneres er ascii-kompatible. */
                    asciiKompatibel?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OutputAdresseList"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/punktsok": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Geografisk punktsøk.
         * @description Søk etter adresser innen en viss radius. Sortert etter distanse fra punkt. Respons inkluderer distansen fra punktet i meter. <p>F.eks. punktsok?lat=60&lon=11&radius=1000</p>
         */
        get: {
            parameters: {
                query: {
                    /** @description Geografiske latitude/breddegrad/nordlige koordinater, med mindre annet er spesifisert. */
                    lat: number;
                    /** @description Geografiske longitude/lengdegrad/østlige koordinater, med mindre annet er spesifisert. */
                    lon: number;
                    /** @description Radius for søket i hele meter */
                    radius: number;
                    /** @description Koordinatsystem for punktet du søker etter. Oppgis som srid, f.eks. 25833 eller 3857. Standardinnstilling er 4258 */
                    koordsys?: number;
                    /** @description Koordinatsystem som adressegeometrien skal returneres i. Oppgis som srid, f.eks. 25833 eller 3857. Standardinnstilling er 4258 */
                    utkoordsys?: number;
                    /** @description Kommaseparert liste med objekter du ikke ønsker å filtrere ut. For å hente ut underobjekter bruk "."-notasjon, f.eks.: &filtrer=adresser.kommunenummer,adresser.representasjonspunkt */
                    filtrer?: string;
                    /** @description Antall treff per side. */
                    treffPerSide?: number;
                    /** @description Sidenummeret som vises. Første side = 0 */
                    side?: number;
                    /** @description Garanterer at dataene som returneres er ascii-kompatible. */
                    asciiKompatibel?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OutputGeoPointList"];
                    };
                };
            };
        };
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
        HitMetadata: {
            /**
             * @description Garanterer at dataene som returneres er ascii-kompatible.
             * @default true
             */
            asciiKompatibel: boolean;
            /** @description Søkestrengen som ble sendt inn til API-et. */
            sokeStreng?: string;
            /**
             * Format: int32
             * @description Antall treff per side.
             * @default 10
             */
            treffPerSide: number;
            /**
             * Format: int32
             * @description Sidenummeret som vises. Første side = 0
             * @default 0
             */
            side: number;
            /**
             * Format: int32
             * @description Antall treff som søket returnerte.
             */
            totaltAntallTreff?: number;
            /**
             * Format: int32
             * @description Hvilket resultatnummer det siste objektet du ser har.
             */
            viserTil?: number;
            /**
             * Format: int32
             * @description Hvilket resultatnummer det første objektet du ser har.
             */
            viserFra?: number;
        };
        GeomPoint: {
            /** @description Koordinatsystem til punktet. Angitt vha EPSG-kode. */
            epsg?: string;
            /**
             * Format: float
             * @description Geografiske latitude/breddegrad/nordlige koordinater, med mindre annet er spesifisert.
             */
            lat: number;
            /**
             * Format: float
             * @description Geografiske longitude/lengdegrad/østlige koordinater, med mindre annet er spesifisert.
             */
            lon: number;
        };
        OutputAdresse: {
            /** @description Navn på gate, veg, sti, plass eller område som er ført i matrikkelen (eksempel Sørumvegen). */
            adressenavn?: string;
            /** @description Del av offisiell adresse, men uten bruksenhetsnummer som ligger til bruksenheter/boliger (ligger her som egenskap til vegadressen) Eksempel: "Storgata 2B" eller "123/4-2" Der det i tillegg er adressetilleggsnavn: "Haugen, Storgata 2B" eller "Midtgard, 123/4-2" */
            adressetekst?: string;
            /** @description Nedarvet bruksnavn, navn på en institusjon eller bygning eller grend brukt som del av den offisielle adressen */
            adressetilleggsnavn?: string;
            /**
             * Format: int32
             * @description Nummer som entydig identifiserer adresserbare gater, veger, stier, plasser og områder som er ført i matrikkelen innen kommunen
             */
            adressekode?: number;
            /**
             * Format: int32
             * @description Del av adressenummer (husnummer) som er et nummer og eventuelt en bokstav, f.eks 23B
             */
            nummer?: number;
            /** @description Del av adressenummer (husnummer) som er et nummer og en eventuelt en bokstav, f.eks 23B. For å kun søke på adresser uten noen bokstav så inkluderer man "bokstav=" i søkestrengen uten å fylle inn noen verdi. */
            bokstav?: string;
            /** @description Nummerering av kommunen i henhold til Statistisk sentralbyrå sin offisielle liste. Tekstverdi som må bestå av 4 tall. 0301 er for eksempel gyldig, mens 301 er ikke gyldig. */
            kommunenummer?: string;
            /** @description Navn (norsk) på en kommune */
            kommunenavn?: string;
            /**
             * Format: int32
             * @description Del av en matrikkeladresse der vegadresse ikke er innført, - eller vegadressens knytning til matrikkelenhet (grunneiendom eller feste, - gir her ikke knyting mot seksjon)
             */
            gardsnummer?: number;
            /**
             * Format: int32
             * @description Del av en matrikkeladresse der vegadresse ikke er innført, - eller vegadressens knytning til matrikkelenhet (grunneiendom eller feste, - gir her ikke knyting mot seksjon)
             */
            bruksnummer?: number;
            /**
             * Format: int32
             * @description Del av en matrikkeladresse der vegadresse ikke er innført, - eller vegadressens knytning til matrikkelenhet (grunneiendom eller feste, - gir her ikke knytning mot seksjon)
             */
            festenummer?: number;
            /**
             * Format: int32
             * @description Fortløpende nummerering av matrikkeladresser med samme gårds-, bruks- og festenummer.
             */
            undernummer?: number;
            bruksenhetsnummer?: string[];
            /**
             * @description Vegadresse er offisiell adresse i form av et adressenavn og et adressenummer (Storgata 10). Der kommunen ikke har gått over til vegadresser, vil det finnes matrikkeladresse på formen: gårdsnummer/ bruksnummer/ev festenummer-ev undernummer (10/2) Begge adressetypene kan ha bruksenhetsnummer (leiligheter) og adressetilleggsnavn. Begge adressetypene vises som standard, hvis man kun ønsker å se en av de kan man spesifisere adressetypen via dette parameteret.
             * @enum {string}
             */
            objtype?: "Vegadresse" | "Matrikkeladresse";
            /** @description Navn på poststed i henhold til Postens egne lister */
            poststed?: string;
            /** @description Unik identifikasjon av et postnummerområde. Tekstverdi som må bestå av 4 tall. 0340 er for eksempel gyldig, mens 340 er ikke gyldig. Postnummer som identifiserer postboksanlegg er ikke med og vil ikke gi treff. */
            postnummer?: string;
            /** @description Del av offisiell adresse, men uten bruksenhetsnummer som ligger til bruksenheter/boliger og adressetilleggsnavn Eksempel: "Storgata 2B" eller "123/4-2" */
            adressetekstutenadressetilleggsnavn?: string;
            /** @description Angivelse om stedfestingen (koordinatene) er kontrollert og funnet i orden (verifisert) */
            stedfestingverifisert?: boolean;
            representasjonspunkt?: components["schemas"]["GeomPoint"];
            /**
             * Format: date-time
             * @description Dato for siste endring på objektdataene
             */
            oppdateringsdato?: string;
        };
        OutputAdresseList: {
            metadata?: components["schemas"]["HitMetadata"];
            adresser?: components["schemas"]["OutputAdresse"][];
        };
        OutputGeoPoint: {
            /** @description Navn på gate, veg, sti, plass eller område som er ført i matrikkelen (eksempel Sørumvegen). */
            adressenavn?: string;
            /** @description Del av offisiell adresse, men uten bruksenhetsnummer som ligger til bruksenheter/boliger (ligger her som egenskap til vegadressen) Eksempel: "Storgata 2B" eller "123/4-2" Der det i tillegg er adressetilleggsnavn: "Haugen, Storgata 2B" eller "Midtgard, 123/4-2" */
            adressetekst?: string;
            /** @description Nedarvet bruksnavn, navn på en institusjon eller bygning eller grend brukt som del av den offisielle adressen */
            adressetilleggsnavn?: string;
            /**
             * Format: int32
             * @description Nummer som entydig identifiserer adresserbare gater, veger, stier, plasser og områder som er ført i matrikkelen innen kommunen
             */
            adressekode?: number;
            /**
             * Format: int32
             * @description Del av adressenummer (husnummer) som er et nummer og eventuelt en bokstav, f.eks 23B
             */
            nummer?: number;
            /** @description Del av adressenummer (husnummer) som er et nummer og en eventuelt en bokstav, f.eks 23B. For å kun søke på adresser uten noen bokstav så inkluderer man "bokstav=" i søkestrengen uten å fylle inn noen verdi. */
            bokstav?: string;
            /** @description Nummerering av kommunen i henhold til Statistisk sentralbyrå sin offisielle liste. Tekstverdi som må bestå av 4 tall. 0301 er for eksempel gyldig, mens 301 er ikke gyldig. */
            kommunenummer?: string;
            /** @description Navn (norsk) på en kommune */
            kommunenavn?: string;
            /**
             * Format: int32
             * @description Del av en matrikkeladresse der vegadresse ikke er innført, - eller vegadressens knytning til matrikkelenhet (grunneiendom eller feste, - gir her ikke knyting mot seksjon)
             */
            gardsnummer?: number;
            /**
             * Format: int32
             * @description Del av en matrikkeladresse der vegadresse ikke er innført, - eller vegadressens knytning til matrikkelenhet (grunneiendom eller feste, - gir her ikke knyting mot seksjon)
             */
            bruksnummer?: number;
            /**
             * Format: int32
             * @description Del av en matrikkeladresse der vegadresse ikke er innført, - eller vegadressens knytning til matrikkelenhet (grunneiendom eller feste, - gir her ikke knytning mot seksjon)
             */
            festenummer?: number;
            /**
             * Format: int32
             * @description Fortløpende nummerering av matrikkeladresser med samme gårds-, bruks- og festenummer.
             */
            undernummer?: number;
            bruksenhetsnummer?: string[];
            /**
             * @description Vegadresse er offisiell adresse i form av et adressenavn og et adressenummer (Storgata 10). Der kommunen ikke har gått over til vegadresser, vil det finnes matrikkeladresse på formen: gårdsnummer/ bruksnummer/ev festenummer-ev undernummer (10/2) Begge adressetypene kan ha bruksenhetsnummer (leiligheter) og adressetilleggsnavn. Begge adressetypene vises som standard, hvis man kun ønsker å se en av de kan man spesifisere adressetypen via dette parameteret.
             * @enum {string}
             */
            objtype?: "Vegadresse" | "Matrikkeladresse";
            /** @description Navn på poststed i henhold til Postens egne lister */
            poststed?: string;
            /** @description Unik identifikasjon av et postnummerområde. Tekstverdi som må bestå av 4 tall. 0340 er for eksempel gyldig, mens 340 er ikke gyldig. Postnummer som identifiserer postboksanlegg er ikke med og vil ikke gi treff. */
            postnummer?: string;
            /** @description Del av offisiell adresse, men uten bruksenhetsnummer som ligger til bruksenheter/boliger og adressetilleggsnavn Eksempel: "Storgata 2B" eller "123/4-2" */
            adressetekstutenadressetilleggsnavn?: string;
            /** @description Angivelse om stedfestingen (koordinatene) er kontrollert og funnet i orden (verifisert) */
            stedfestingverifisert?: boolean;
            representasjonspunkt?: components["schemas"]["GeomPoint"];
            /**
             * Format: date-time
             * @description Dato for siste endring på objektdataene
             */
            oppdateringsdato?: string;
            /** Format: float */
            meterDistanseTilPunkt?: number;
        };
        OutputGeoPointList: {
            metadata?: components["schemas"]["HitMetadata"];
            adresser?: components["schemas"]["OutputGeoPoint"][];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
