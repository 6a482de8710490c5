import type { SandboxContext } from '../types.js';
import type { ConsentStore } from './store.js';

/**
 * The consent store of one running sandbox, for the services that read it besides the consent API:
 * Altinn's enterprise endpoints and consent page, Maskinporten (consent tokens) and the data provider.
 * Every service of a sandbox gets the same context object, so it is the key; nothing outlives it.
 */
const stores = new WeakMap<SandboxContext, ConsentStore>();

export function shareConsentStore(ctx: SandboxContext, store: ConsentStore): void {
  stores.set(ctx, store);
}

/** The store, or `undefined` when this sandbox runs without the consent service. */
export function consentStoreOf(ctx: SandboxContext): ConsentStore | undefined {
  return stores.get(ctx);
}

/** Where the sandbox's Altinn shows a request to the person who decides (the response's `viewUri`). */
export const consentViewPath = '/accessmanagement/ui/consent/request';
