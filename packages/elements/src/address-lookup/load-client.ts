/*
 * The one module that brings the address client in. The element imports it with import() on the first
 * search, and only when no `source` replaces the built-in search. The search-only client is all it needs.
 */
export { createAddressSearchClient } from '@felles/client-adresser';
