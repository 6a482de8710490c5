export {
  createAddressClient,
  createAddressSearchClient,
  searchAddresses,
  searchAddressesNear,
  defaultBaseUrl,
  type AddressClient,
  type AddressSearchClient,
  type AddressClientOptions,
  type AddressRequestOptions,
} from './client.js';
export { checkSearchParams, checkSearchNearParams, maxSearchLength, maxReachableHits, type SearchParams, type SearchNearParams } from './params.js';
export {
  addressSchema,
  addressListSchema,
  addressNearListSchema,
  type Address,
  type AddressNear,
  type AddressMetadata,
  type AddressList,
  type AddressNearList,
  type FilteredAddressList,
} from './schemas.js';
export type { components as KartverketAdresserSchemas, paths as KartverketAdresserPaths } from './generated/adresser.js';
