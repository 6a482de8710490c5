export { createIdportenClient, type IdportenClient, type IdportenClientOptions } from './backend.js';
export type { ClientAuthentication } from './client-auth.js';
export * from './shared.js';
