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
