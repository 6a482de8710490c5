import type { TokenProvider } from '@felles/client-core';
import {
  createMaskinportenClient,
  type MaskinportenClient,
  type MaskinportenClientOptions,
  type MaskinportenToken,
  type TokenRequest,
} from '@felles/client-maskinporten';

/** The organisation a Maskinporten integration belongs to: the one that asks for consent, and is given it. */
export interface Organisation {
  orgnr: string;
  /** As the person reads it where they are asked for consent. */
  name: string;
}

/** The demo's Maskinporten client: its id, the private key registered for it, and its organisation. */
export interface MaskinportenCredentials {
  clientId: string;
  key: MaskinportenClientOptions['key'];
  organisation: Organisation;
}

/** What the sandbox's Altinn calls the `felles-demo` test client's organisation. */
export const sandboxDemoOrganisationName = 'Felles demo (testvirksomhet)';

/** The sandbox's test entry: each registered test client with a private JWK made at its start. */
interface SandboxTestClient {
  client_id: string;
  orgnr: string;
  private_jwk: MaskinportenClientOptions['key'];
}

/** One Maskinporten client for the whole demo: every token it gets is cached by what it was asked for. */
export interface DemoMaskinporten {
  /** A token for `request` (with a consent in `authorizationDetails`, a consent token). */
  getToken(request: TokenRequest): Promise<MaskinportenToken>;
  /** A `TokenProvider` for another Felles client's `tokenProvider` option. */
  tokenProvider(request: TokenRequest): TokenProvider;
  /** The organisation the client belongs to: the requester of the demo's consent requests. */
  organisation(): Promise<Organisation>;
}

/**
 * The demo's Maskinporten, through client-maskinporten's client (cached, single-flight per token
 * request). Without credentials the demo uses the sandbox's `felles-demo` client, whose key the sandbox
 * makes anew at every start: it is read from the sandbox's test entry when it is first needed (not at
 * start, so the demo starts even while the sandbox is down), and read again after a failure.
 */
export function demoMaskinporten(options: {
  issuer: string;
  credentials?: MaskinportenCredentials | undefined;
  timeoutMs: number;
}): DemoMaskinporten {
  const { issuer, credentials, timeoutMs } = options;
  let ready: Promise<{ client: MaskinportenClient; organisation: Organisation }> | undefined;
  const make = async () => {
    const { clientId, key, organisation } = credentials ?? (await sandboxCredentials(issuer, timeoutMs));
    return { client: createMaskinportenClient({ issuer, clientId, key, request: { timeoutMs } }), organisation };
  };
  const client = () =>
    (ready ??= make().catch((error: unknown) => {
      ready = undefined;
      throw error;
    }));
  const getToken = async (request: TokenRequest) => (await client()).client.getToken(request);
  return {
    getToken,
    tokenProvider: (request) => ({ getToken: async () => (await getToken(request)).accessToken }),
    organisation: async () => (await client()).organisation,
  };
}

async function sandboxCredentials(issuer: string, timeoutMs: number): Promise<MaskinportenCredentials> {
  const response = await fetch(new URL('test/clients/felles-demo', issuer), { signal: AbortSignal.timeout(timeoutMs) });
  if (!response.ok) throw new Error(`The sandbox's Maskinporten test entry answered ${response.status}`);
  const client = (await response.json()) as SandboxTestClient;
  return { clientId: client.client_id, key: client.private_jwk, organisation: { orgnr: client.orgnr, name: sandboxDemoOrganisationName } };
}
