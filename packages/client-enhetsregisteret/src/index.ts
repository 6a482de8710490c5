export {
  createEnhetsregisterClient,
  getEnhet,
  searchEnheter,
  defaultBaseUrl,
  type EnhetsregisterClient,
  type EnhetsregisterClientOptions,
  type EnhetsregisterRequestOptions,
  type EnhetLookup,
  type EnhetSearchResult,
  type RolesLookup,
} from './client.js';
export { actingRoleCodes, actingRoles, rolleSchema, rollegruppeSchema, rollerSchema, type Rolle, type Rollegruppe, type Roller } from './roles.js';
export {
  checkOrganisasjonsnummer,
  checkSearchParams,
  maxReachableHits,
  maxNameLength,
  defaultPageSize,
  type SearchEnheterParams,
  type EnheterQuery,
} from './params.js';
export { isOrganisasjonsnummer, organisasjonsnummerCheckDigit, normalizeOrganisasjonsnummer } from './orgnr.js';
export {
  enhetSchema,
  slettetEnhetSchema,
  goneEnhetSchema,
  enheterPageSchema,
  pageSchema,
  organisasjonsformSchema,
  adresseSchema,
  badRequestSchema,
  type Enhet,
  type SlettetEnhet,
  type GoneEnhet,
  type Page,
  type Organisasjonsform,
  type BadRequest,
  type EnheterPage,
} from './schemas.js';
export type { components as EnhetsregisterComponents, paths as EnhetsregisterPaths } from './generated/enhetsregisteret.js';
