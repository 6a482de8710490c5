export {
  createMaskinportenClient,
  type MaskinportenClient,
  type MaskinportenClientOptions,
  type MaskinportenToken,
  type TokenRequest,
} from './client.js';
export { MaskinportenError } from './errors.js';
export type { AuthorizationDetail, GrantAlgorithm } from './grant.js';
export { maskinportenIssuers, type MaskinportenEnvironment } from './issuers.js';
export { metadataUrl, type MaskinportenMetadata } from './metadata.js';
export type { TokenProvider } from '@felles/client-core';
