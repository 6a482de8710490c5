export { levelOf, satisfiesLevel, toAcr, type IdportenAcr, type IdportenLevel, type IdportenLevelInput } from './acr.js';
export type { IdportenClaims, IdportenUserinfo } from './claims.js';
export { defaultDiscoveryTtlMs, type DiscoveryOptions } from './discovery.js';
export {
  IdportenConfigurationError,
  IdportenError,
  IdportenExpiredTokenError,
  IdportenInsufficientAcrError,
  IdportenInvalidResponseError,
  IdportenIssuerMismatchError,
  IdportenNonceMismatchError,
  IdportenProviderError,
  IdportenStateMismatchError,
  type IdportenErrorSource,
} from './errors.js';
export { idportenLocales, isIdportenLocale, type IdportenLocale } from './locales.js';
export type { IdportenLogin, LoginOptions, LoginRequest, LogoutOptions, LogoutRequest, SavedLogin } from './protocol.js';
export type { TransportOptions } from './transport.js';
