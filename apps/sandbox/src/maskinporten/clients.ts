import { exportJWK, generateKeyPair, type CryptoKey, type JWK } from 'jose';

/** A client registered with the sandbox Maskinporten, as an integration in Digdir's self-service. */
export interface RegisteredClient {
  clientId: string;
  /** The organisation the client belongs to; tokens carry it as `consumer`. */
  orgnr: string;
  scopes: readonly string[];
  /** Public keys by `kid`. */
  keys: Map<string, CryptoKey>;
  /** The private half, handed out only through the test entry. */
  privateJwk: JWK;
}

/** The scopes the sandbox knows; a grant asking for any other is refused with `invalid_scope`. */
export const sandboxScopes = {
  demo: 'felles:sandbox.demo',
  consentWrite: 'altinn:consentrequests.write',
  consentRead: 'altinn:consentrequests.read',
  /**
   * The sandbox's scope for Enhetsregisteret's authorised roles; ask Brønnøysundregistrene for the
   * name of the real one.
   */
  roles: 'felles:sandbox.enhetsregisteret.roller',
  /**
   * The sandbox tax certificate provider's scope (`/skatteetaten/`); it also needs a consent token. Ask
   * Skatteetaten for the name of the real one.
   */
  taxCertificate: 'felles:sandbox.skatteattest',
} as const;

/** Synthetic organisation numbers (valid MOD11), held by no real organisation. */
const definitions = [
  {
    clientId: 'felles-demo',
    orgnr: '310000019',
    scopes: [sandboxScopes.demo, sandboxScopes.consentWrite, sandboxScopes.consentRead, sandboxScopes.roles, sandboxScopes.taxCertificate],
  },
  { clientId: 'felles-limited', orgnr: '310000027', scopes: [sandboxScopes.demo] },
  {
    // Another agency with the same access as the demo: a consent given to the demo's organisation is not its own.
    clientId: 'felles-other-agency',
    orgnr: '310000035',
    scopes: [sandboxScopes.consentWrite, sandboxScopes.consentRead, sandboxScopes.taxCertificate],
  },
] as const;

/**
 * One RSA key pair per client, new at every start, so no private key is ever stored or shipped. The
 * private JWK goes to tests and the demo through the sandbox's test entry, the way a real integration's
 * owner keeps the key they registered.
 */
export async function createRegisteredClients(): Promise<Map<string, RegisteredClient>> {
  const clients = await Promise.all(
    definitions.map(async (definition) => {
      const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
      const kid = `${definition.clientId}-${crypto.randomUUID().slice(0, 8)}`;
      const privateJwk: JWK = { ...(await exportJWK(privateKey)), kid, alg: 'RS256', use: 'sig' };
      return { ...definition, keys: new Map([[kid, publicKey]]), privateJwk } satisfies RegisteredClient;
    }),
  );
  return new Map(clients.map((client) => [client.clientId, client]));
}
