import { createHttpClient, parse, type RequestOptions, type TokenProvider } from '@felles/client-core';
import { rollerSchema, type Roller } from './roles.js';
import { checkOrganisasjonsnummer, checkSearchParams, type SearchEnheterParams } from './params.js';
import {
  enhetSchema,
  enheterPageSchema,
  goneEnhetSchema,
  slettetEnhetSchema,
  type Enhet,
  type EnheterPage,
  type Page,
  type SlettetEnhet,
} from './schemas.js';

export const defaultBaseUrl = 'https://data.brreg.no';

export interface EnhetsregisterClientOptions extends RequestOptions {
  /** Origin of the service; default `https://data.brreg.no`. A proxy or the sandbox also work. */
  baseUrl?: string;
  /**
   * Base URL of the open API itself, e.g. `https://data.brreg.no/enhetsregisteret/api` or a proxy that
   * serves its paths (`/enheter`, `/enheter/{orgnr}`) elsewhere; default `${baseUrl}/enhetsregisteret/api`.
   */
  apiUrl?: string;
  /**
   * Token for the authorised API (`getRoles(orgnr, { authorised: true })`), e.g. a Maskinporten
   * client's `tokenProvider({ scope })`. Never sent to the open API.
   */
  authorisedTokenProvider?: TokenProvider;
}

/** What a roles look-up found; 404 (no such unit) is a result. */
export type RolesLookup = { status: 'found'; roller: Roller } | { status: 'not-found'; organisasjonsnummer: string };

/** Per call: an `AbortSignal`, a timeout, a retry policy, headers or a `fetch`. */
export type EnhetsregisterRequestOptions = RequestOptions;

/** What a lookup by organisation number found. */
export type EnhetLookup =
  | { status: 'found'; enhet: Enhet }
  /** Deleted from the register; the service still answers 200 with name, form and date. */
  | { status: 'deleted'; enhet: SlettetEnhet }
  | { status: 'not-found'; organisasjonsnummer: string }
  /** Removed from the open data, for example for legal reasons (410 Gone); drop any copy you keep. */
  | { status: 'removed'; organisasjonsnummer: string; slettedato: string };

export interface EnhetSearchResult {
  enheter: Enhet[];
  page: Page;
  links: EnheterPage['_links'];
}

export interface EnhetsregisterClient {
  /** `GET /enhetsregisteret/api/enheter/{orgnr}`. The number is checked (9 digits, MOD11) before sending. */
  getEnhet(orgnr: string, options?: EnhetsregisterRequestOptions): Promise<EnhetLookup>;
  /** `GET /enhetsregisteret/api/enheter`, one page of hits. */
  searchEnheter(params: SearchEnheterParams, options?: EnhetsregisterRequestOptions): Promise<EnhetSearchResult>;
  /**
   * `GET /enhetsregisteret/api/enheter/{orgnr}/roller` (names and birth dates), or with
   * `authorised: true` `GET /enhetsregisteret/autorisert-api/enheter/{orgnr}/roller`, which adds each
   * person's `fodselsnummer` and needs `authorisedTokenProvider`.
   */
  getRoles(orgnr: string, options?: EnhetsregisterRequestOptions & { authorised?: boolean }): Promise<RolesLookup>;
}

const openApi = 'enhetsregisteret/api';

/**
 * A client for Brønnøysundregistrene's open Enhetsregisteret API. Wrong input is a
 * `FellesValidationError` with source `request` and no request is sent; answers are validated
 * (source `response`), and 404 and 410 are results, not errors.
 */
export function createEnhetsregisterClient(options: EnhetsregisterClientOptions = {}): EnhetsregisterClient {
  const { authorisedTokenProvider, apiUrl, ...shared } = options;
  const http = createHttpClient({ ...shared, baseUrl: shared.baseUrl ?? defaultBaseUrl });
  // The open API's paths, joined to `apiUrl` when given, else to `baseUrl` under /enhetsregisteret/api.
  const openHttp = apiUrl ? createHttpClient({ ...shared, baseUrl: apiUrl }) : http;
  const enheterPath = apiUrl ? 'enheter' : `${openApi}/enheter`;
  const authorisedHttp =
    authorisedTokenProvider && createHttpClient({ ...shared, baseUrl: shared.baseUrl ?? defaultBaseUrl, tokenProvider: authorisedTokenProvider });

  return {
    // async, so wrong input is a rejected promise like every other failure, never a synchronous throw.
    async getEnhet(orgnr, callOptions) {
      const organisasjonsnummer = checkOrganisasjonsnummer(orgnr);
      const response = await openHttp.request<unknown>({
        ...callOptions,
        path: `${enheterPath}/${organisasjonsnummer}`,
        accept: (status) => status === 404 || status === 410,
      });
      if (response.status === 404) return { status: 'not-found', organisasjonsnummer };
      if (response.status === 410) {
        const gone = parse(goneEnhetSchema, response.data, 'response');
        return { status: 'removed', organisasjonsnummer: gone.organisasjonsnummer, slettedato: gone.slettedato };
      }
      const data = response.data as { respons_klasse?: unknown; slettedato?: unknown } | null;
      if (data && (data.respons_klasse === 'SlettetEnhet' || (data.respons_klasse === undefined && data.slettedato !== undefined))) {
        return { status: 'deleted', enhet: parse(slettetEnhetSchema, data, 'response') };
      }
      return { status: 'found', enhet: parse(enhetSchema, data, 'response') };
    },

    async searchEnheter(params, callOptions) {
      const query = checkSearchParams(params);
      const data = await openHttp.get(enheterPath, { ...callOptions, query, schema: enheterPageSchema });
      return { enheter: data._embedded?.enheter ?? [], page: data.page, links: data._links };
    },

    async getRoles(orgnr, { authorised = false, ...callOptions } = {}) {
      const organisasjonsnummer = checkOrganisasjonsnummer(orgnr);
      if (authorised && !authorisedHttp) throw new TypeError('The authorised roles API needs the authorisedTokenProvider option.');
      const client = authorised ? authorisedHttp! : openHttp;
      const path = authorised
        ? `enhetsregisteret/autorisert-api/enheter/${organisasjonsnummer}/roller`
        : `${enheterPath}/${organisasjonsnummer}/roller`;
      const response = await client.request<unknown>({ ...callOptions, path, accept: (status) => status === 404 });
      if (response.status === 404) return { status: 'not-found', organisasjonsnummer };
      return { status: 'found', roller: parse(rollerSchema, response.data, 'response') };
    },
  };
}

let defaultClient: EnhetsregisterClient | undefined;

function clientFor(options: EnhetsregisterClientOptions | undefined): EnhetsregisterClient {
  if (options?.baseUrl || options?.apiUrl) return createEnhetsregisterClient({ baseUrl: options.baseUrl, apiUrl: options.apiUrl });
  return (defaultClient ??= createEnhetsregisterClient());
}

function callOptions(options: EnhetsregisterClientOptions | undefined): EnhetsregisterRequestOptions | undefined {
  if (!options?.baseUrl && !options?.apiUrl) return options;
  const { baseUrl: _baseUrl, apiUrl: _apiUrl, ...rest } = options;
  return rest;
}

/** Looks up one unit on Brønnøysund's service, or on `options.baseUrl`. */
export function getEnhet(orgnr: string, options?: EnhetsregisterClientOptions): Promise<EnhetLookup> {
  return clientFor(options).getEnhet(orgnr, callOptions(options));
}

/** Searches units on Brønnøysund's service, or on `options.baseUrl`. */
export function searchEnheter(params: SearchEnheterParams, options?: EnhetsregisterClientOptions): Promise<EnhetSearchResult> {
  return clientFor(options).searchEnheter(params, callOptions(options));
}
