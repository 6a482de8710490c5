import * as oauth from 'oauth4webapi';
import { IdportenConfigurationError } from './errors.js';

/**
 * How a confidential client proves itself at the token endpoint. ID-porten
 * supports all three; `private_key_jwt` keeps no shared secret on either side.
 */
export type ClientAuthentication =
  | { method: 'client_secret_post' | 'client_secret_basic'; clientSecret: string }
  | {
      method: 'private_key_jwt';
      /** A `CryptoKey` (extractable or not) or a private JWK with `alg` (e.g. RS256, ES256). */
      privateKey: CryptoKey | JsonWebKey;
      /** The `kid` registered with ID-porten; taken from the JWK when left out. */
      keyId?: string;
    };

const algorithms: Record<string, RsaHashedImportParams | EcKeyImportParams> = {
  RS256: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
  PS256: { name: 'RSA-PSS', hash: 'SHA-256' },
  ES256: { name: 'ECDSA', namedCurve: 'P-256' },
};

async function importPrivateKey(jwk: JsonWebKey): Promise<CryptoKey> {
  const algorithm = jwk.alg ? algorithms[jwk.alg] : jwk.kty === 'EC' ? algorithms.ES256 : undefined;
  if (!algorithm) throw new IdportenConfigurationError(`private_key_jwt needs a JWK with alg RS256, PS256 or ES256 (got ${jwk.alg ?? jwk.kty})`);
  try {
    return await crypto.subtle.importKey('jwk', jwk, algorithm, false, ['sign']);
  } catch (cause) {
    throw new IdportenConfigurationError('The private_key_jwt key could not be imported', { cause });
  }
}

function isCryptoKey(value: unknown): value is CryptoKey {
  return typeof CryptoKey !== 'undefined' && value instanceof CryptoKey;
}

/** The oauth4webapi client authentication for the configured method. */
export function clientAuthFor(auth: ClientAuthentication): oauth.ClientAuth {
  switch (auth.method) {
    case 'client_secret_post':
      return oauth.ClientSecretPost(auth.clientSecret);
    case 'client_secret_basic':
      return oauth.ClientSecretBasic(auth.clientSecret);
    case 'private_key_jwt': {
      // Imported on first use, so creating a client stays synchronous.
      let signer: Promise<oauth.ClientAuth> | undefined;
      const load = async () => {
        const key = auth.privateKey;
        const cryptoKey = isCryptoKey(key) ? key : await importPrivateKey(key);
        const kid = auth.keyId ?? (isCryptoKey(key) ? undefined : (key as { kid?: string }).kid);
        return oauth.PrivateKeyJwt(kid ? { key: cryptoKey, kid } : cryptoKey);
      };
      return async (as, client, body, headers) => {
        signer ??= load();
        return (await signer)(as, client, body, headers);
      };
    }
    default:
      throw new IdportenConfigurationError(`Unknown client authentication method: ${(auth as { method: string }).method}`);
  }
}
