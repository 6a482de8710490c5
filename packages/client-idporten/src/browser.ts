/**
 * The public browser client, kept apart from the backend client so a page
 * loads only what a browser login needs.
 */
export {
  createIdportenBrowserClient,
  type IdportenBrowserClient,
  type IdportenBrowserClientOptions,
  type TransientStorage,
} from './public-client.js';
export * from './shared.js';
