/*
 * The one module that brings the Enhetsregisteret client in. The element imports it with import() on
 * the first search, so a page that never searches never downloads it.
 */
export { createEnhetsregisterClient } from '@felles/client-enhetsregisteret';
