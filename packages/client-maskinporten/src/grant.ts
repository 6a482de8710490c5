import { importJWK, SignJWT, type CryptoKey, type JWK } from 'jose';

/** The signing algorithms Maskinporten accepts for a grant. */
export type GrantAlgorithm = 'RS256' | 'RS384' | 'RS512';

/** One entry of `authorization_details`, e.g. an Altinn consent: `{ type: 'urn:altinn:consent', id, from }`. */
export interface AuthorizationDetail {
  type: string;
  [claim: string]: unknown;
}

export interface GrantClaims {
  issuer: string;
  clientId: string;
  scope: string;
  resource?: string;
  consumerOrg?: string;
  authorizationDetails?: readonly AuthorizationDetail[];
  /** Seconds; Maskinporten refuses more than 120. */
  lifetimeSeconds: number;
  /** Seconds since the epoch. */
  now: number;
}

/** The key as given, imported once: a JWK is turned into a `CryptoKey` for `alg`. */
export async function importSigningKey(key: JWK | CryptoKey, alg: GrantAlgorithm): Promise<CryptoKey | Uint8Array> {
  if (!isJwk(key)) return key;
  if (!key.d) throw new TypeError('The Maskinporten key is a public JWK; the grant needs the private key (with "d").');
  return importJWK(key, alg);
}

export function isJwk(key: JWK | CryptoKey): key is JWK {
  return typeof (key as JWK).kty === 'string';
}

/**
 * The signed JWT of the JWT bearer grant (RFC 7523) as Maskinporten reads it: `aud` is the issuer
 * itself, `iss` the client id, a fresh `jti` each time so a replayed grant is refused. Optional claims
 * are left out when unset: Maskinporten refuses claims it does not know, and an empty one as well.
 */
export async function signGrant(claims: GrantClaims, key: CryptoKey | Uint8Array, alg: GrantAlgorithm, kid: string): Promise<string> {
  const payload: Record<string, unknown> = { scope: claims.scope };
  if (claims.resource) payload['resource'] = claims.resource;
  if (claims.consumerOrg) payload['consumer_org'] = claims.consumerOrg;
  if (claims.authorizationDetails?.length) payload['authorization_details'] = claims.authorizationDetails;
  return new SignJWT(payload)
    .setProtectedHeader({ alg, kid })
    .setAudience(claims.issuer)
    .setIssuer(claims.clientId)
    .setIssuedAt(claims.now)
    .setExpirationTime(claims.now + claims.lifetimeSeconds)
    .setJti(crypto.randomUUID())
    .sign(key);
}
