import type { TokenProvider } from '@felles/client-core';
import { createMaskinportenClient, type MaskinportenClient, type MaskinportenClientOptions } from '@felles/client-maskinporten';

/** The demo's Maskinporten client: its id and the private key registered for it. */
export interface MaskinportenCredentials {
  clientId: string;
  key: MaskinportenClientOptions['key'];
}

/** The sandbox's test entry: each registered test client with a private JWK made at its start. */
interface SandboxTestClient {
  client_id: string;
  private_jwk: MaskinportenClientOptions['key'];
}

/**
 * A token provider for `scope`, through client-maskinporten's own (cached, single-flight). Without
 * credentials the demo uses the sandbox's `felles-demo` client, whose key the sandbox makes anew at
 * every start: it is read from the sandbox's test entry when a token is first needed (not at start,
 * so the demo starts even while the sandbox is down), and read again after a failure.
 */
export function maskinportenTokenProvider(options: {
  issuer: string;
  scope: string;
  credentials?: MaskinportenCredentials | undefined;
  timeoutMs: number;
}): TokenProvider {
  const { issuer, scope, credentials, timeoutMs } = options;
  let provider: Promise<TokenProvider> | undefined;
  const make = async (): Promise<TokenProvider> => {
    const { clientId, key } = credentials ?? (await sandboxCredentials(issuer, timeoutMs));
    const client: MaskinportenClient = createMaskinportenClient({ issuer, clientId, key, request: { timeoutMs } });
    return client.tokenProvider({ scope });
  };
  return {
    async getToken() {
      provider ??= make().catch((error: unknown) => {
        provider = undefined;
        throw error;
      });
      return (await provider).getToken();
    },
  };
}

async function sandboxCredentials(issuer: string, timeoutMs: number): Promise<MaskinportenCredentials> {
  const response = await fetch(new URL('test/clients/felles-demo', issuer), { signal: AbortSignal.timeout(timeoutMs) });
  if (!response.ok) throw new Error(`The sandbox's Maskinporten test entry answered ${response.status}`);
  const client = (await response.json()) as SandboxTestClient;
  return { clientId: client.client_id, key: client.private_jwk };
}
