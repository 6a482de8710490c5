import type { ConsentDecisionClient } from '@felles/client-samtykke';

const clients = new Map<string, Promise<ConsentDecisionClient>>();

/**
 * The consent client for an endpoint, shared by every consent dialog and list on the page. Its code
 * (load-consent-client.ts) comes with import() the first time an element is given an endpoint rather than a
 * client; a failed download is tried again the next time one is needed.
 */
export function consentClient(endpoint: string): Promise<ConsentDecisionClient> {
  let client = clients.get(endpoint);
  if (!client) {
    client = import('./load-consent-client.js').then(({ createConsentDecisionClient }) => createConsentDecisionClient({ baseUrl: endpoint }));
    client.catch(() => clients.delete(endpoint));
    clients.set(endpoint, client);
  }
  return client;
}

/**
 * The client an element was given, else the shared one of its endpoint, else none. `C` is what the element
 * needs of a client, a part of `ConsentDecisionClient`, which the endpoint's client has in full.
 */
export function clientOf<C>({ client, endpoint }: { client?: C; endpoint?: string }): Promise<C | undefined> {
  if (client) return Promise.resolve(client);
  return endpoint ? (consentClient(endpoint) as Promise<C>) : Promise.resolve(undefined);
}
