import { createHttpClient, type HttpClient, type QueryValue, type RequestOptions } from '@felles/client-core';
import { checkSearchNearParams, checkSearchParams, type SearchNearParams, type SearchParams } from './params.js';
import {
  addressListSchema,
  addressNearListSchema,
  filteredListSchema,
  type AddressList,
  type AddressNearList,
  type FilteredAddressList,
} from './schemas.js';

export const defaultBaseUrl = 'https://ws.geonorge.no/adresser/v1';

export interface AddressClientOptions extends RequestOptions {
  /** Default `https://ws.geonorge.no/adresser/v1`; a municipality's proxy or the sandbox also work. */
  baseUrl?: string;
}

/** Per call: an `AbortSignal`, a timeout, a retry policy, headers or a `fetch`. */
export type AddressRequestOptions = RequestOptions;

type Filtered<P> = P & { filtrer: string };
type Unfiltered<P> = P & { filtrer?: undefined };

export interface AddressClient {
  /** `GET /sok`: search by free text (`sok`, with `*` wildcards) and/or fields. */
  searchAddresses(params: Unfiltered<SearchParams>, options?: AddressRequestOptions): Promise<AddressList>;
  /** With `filtrer`, only the fields asked for come back. */
  searchAddresses(params: Filtered<SearchParams>, options?: AddressRequestOptions): Promise<FilteredAddressList>;
  searchAddresses(params: SearchParams, options?: AddressRequestOptions): Promise<AddressList | FilteredAddressList>;
  /** `GET /punktsok`: addresses within `radius` metres of a point, nearest first. */
  searchAddressesNear(params: Unfiltered<SearchNearParams>, options?: AddressRequestOptions): Promise<AddressNearList>;
  searchAddressesNear(params: Filtered<SearchNearParams>, options?: AddressRequestOptions): Promise<FilteredAddressList>;
  searchAddressesNear(params: SearchNearParams, options?: AddressRequestOptions): Promise<AddressNearList | FilteredAddressList>;
}

/** What `createAddressSearchClient` returns: `searchAddresses` only. */
export type AddressSearchClient = Pick<AddressClient, 'searchAddresses'>;

function searchMethod(http: HttpClient): AddressSearchClient {
  return {
    // async, so a wrong input is a rejected promise like every other failure, never a synchronous throw.
    async searchAddresses(params: SearchParams, callOptions?: AddressRequestOptions) {
      const clean = checkSearchParams(params);
      const schema = clean.filtrer ? filteredListSchema : addressListSchema;
      return http.get<AddressList | FilteredAddressList>('sok', { ...callOptions, query: query(clean), schema });
    },
  } as AddressSearchClient;
}

const query = (params: object) => params as Record<string, QueryValue>;
const httpFor = (options: AddressClientOptions) => createHttpClient({ ...options, baseUrl: options.baseUrl ?? defaultBaseUrl });

/**
 * Only `searchAddresses` (`GET /sok`): what an address field needs, without the code for
 * `/punktsok`, so a browser that loads it downloads less.
 */
export function createAddressSearchClient(options: AddressClientOptions = {}): AddressSearchClient {
  return searchMethod(httpFor(options));
}

/**
 * A client for Kartverket's open address API. Inputs are checked before a
 * request leaves (a `FellesValidationError` with source `request`, and no
 * request); responses are validated (source `response`).
 */
export function createAddressClient(options: AddressClientOptions = {}): AddressClient {
  const http = httpFor(options);
  return {
    ...searchMethod(http),
    async searchAddressesNear(params: SearchNearParams, callOptions?: AddressRequestOptions) {
      const clean = checkSearchNearParams(params);
      const schema = clean.filtrer ? filteredListSchema : addressNearListSchema;
      return http.get<AddressNearList | FilteredAddressList>('punktsok', { ...callOptions, query: query(clean), schema });
    },
  } as AddressClient;
}

let defaultClient: AddressClient | undefined;

/** Calls without a base URL share one client; a base URL given per call gets its own. */
function clientFor(options: AddressClientOptions | undefined): AddressClient {
  if (options?.baseUrl) return createAddressClient({ baseUrl: options.baseUrl });
  return (defaultClient ??= createAddressClient());
}

function callOptions(options: AddressClientOptions | undefined): AddressRequestOptions | undefined {
  if (!options?.baseUrl) return options;
  const { baseUrl: _baseUrl, ...rest } = options;
  return rest;
}

/** `GET /sok` on Kartverket's service, or on `options.baseUrl`. */
export function searchAddresses(params: Unfiltered<SearchParams>, options?: AddressClientOptions): Promise<AddressList>;
export function searchAddresses(params: Filtered<SearchParams>, options?: AddressClientOptions): Promise<FilteredAddressList>;
export function searchAddresses(params: SearchParams, options?: AddressClientOptions) {
  return clientFor(options).searchAddresses(params, callOptions(options));
}

/** `GET /punktsok` on Kartverket's service, or on `options.baseUrl`. */
export function searchAddressesNear(params: Unfiltered<SearchNearParams>, options?: AddressClientOptions): Promise<AddressNearList>;
export function searchAddressesNear(params: Filtered<SearchNearParams>, options?: AddressClientOptions): Promise<FilteredAddressList>;
export function searchAddressesNear(params: SearchNearParams, options?: AddressClientOptions) {
  return clientFor(options).searchAddressesNear(params, callOptions(options));
}
