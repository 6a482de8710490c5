import { decodeJwt, decodeProtectedHeader, errors, jwtVerify, type JWTPayload } from 'jose';
import type { RegisteredClient } from './clients.js';

/** A refusal in Maskinporten's shape: 400 `{ error, error_description }`. */
export class GrantError extends Error {
  constructor(
    readonly error:
      'invalid_request' | 'invalid_grant' | 'invalid_scope' | 'invalid_client' | 'unsupported_grant_type' | 'invalid_authorization_details',
    readonly description: string,
  ) {
    super(description);
  }
}

/** The claims Maskinporten reads in a grant; it refuses any other. */
const knownClaims = new Set(['aud', 'iss', 'scope', 'iat', 'exp', 'nbf', 'jti', 'resource', 'consumer_org', 'authorization_details']);
const maxLifetimeSeconds = 120;

export interface AcceptedGrant {
  client: RegisteredClient;
  scopes: string[];
  claims: JWTPayload;
}

/**
 * The checks Maskinporten makes on a JWT bearer grant, in the order a caller can act on them: the
 * client and its key, the signature, `aud`, the lifetime, the `jti`, the claims, then the scopes.
 * `seenJti` remembers each used `jti` until its grant expires.
 */
export async function verifyGrant(
  assertion: string,
  issuer: string,
  clients: Map<string, RegisteredClient>,
  seenJti: Map<string, number>,
  nowSeconds: number,
): Promise<AcceptedGrant> {
  let unverified: JWTPayload;
  let kid: string | undefined;
  try {
    unverified = decodeJwt(assertion);
    kid = decodeProtectedHeader(assertion).kid;
  } catch {
    throw new GrantError('invalid_grant', 'Invalid assertion. The assertion is not a signed JWT.');
  }
  const client = typeof unverified.iss === 'string' ? clients.get(unverified.iss) : undefined;
  if (!client) throw new GrantError('invalid_client', `Invalid assertion. Client authentication failed. Unknown client: ${String(unverified.iss)}.`);
  const key = kid ? client.keys.get(kid) : undefined;
  if (!key)
    throw new GrantError(
      'invalid_grant',
      `Invalid assertion. Client authentication failed. No key with kid ${String(kid)} is registered for ${client.clientId}.`,
    );

  let claims: JWTPayload;
  try {
    ({ payload: claims } = await jwtVerify(assertion, key, {
      algorithms: ['RS256', 'RS384', 'RS512'],
      issuer: client.clientId,
      requiredClaims: ['iat', 'exp', 'jti'],
      currentDate: new Date(nowSeconds * 1000),
      clockTolerance: 10,
    }));
  } catch (error) {
    if (error instanceof errors.JWTExpired) throw new GrantError('invalid_grant', 'Invalid assertion. The JWT has expired (exp).');
    if (error instanceof errors.JWSSignatureVerificationFailed)
      throw new GrantError('invalid_grant', 'Invalid assertion. Client authentication failed. Invalid signature.');
    throw new GrantError('invalid_grant', `Invalid assertion. ${(error as Error).message}`);
  }
  if (claims.aud !== issuer) throw new GrantError('invalid_grant', `Invalid assertion. The audience (aud) must be ${issuer}.`);
  const lifetime = claims.exp! - claims.iat!;
  if (!(lifetime > 0 && lifetime <= maxLifetimeSeconds)) {
    throw new GrantError('invalid_grant', `Invalid assertion. exp − iat is ${lifetime} s; at most ${maxLifetimeSeconds} s is allowed.`);
  }
  if (claims.iat! > nowSeconds + 10) throw new GrantError('invalid_grant', 'Invalid assertion. iat is in the future.');
  const unknown = Object.keys(claims).filter((claim) => !knownClaims.has(claim));
  if (unknown.length) throw new GrantError('invalid_grant', `Invalid assertion. Unknown claims: ${unknown.join(', ')}.`);
  if (claims['consumer_org'] !== undefined) {
    throw new GrantError('invalid_grant', 'Invalid assertion. No organisation has delegated a scope to this client (consumer_org).');
  }

  for (const [jti, expires] of seenJti) if (expires < nowSeconds - 10) seenJti.delete(jti);
  if (seenJti.has(claims.jti!)) throw new GrantError('invalid_grant', 'Invalid assertion. The jti has been used before.');
  seenJti.set(claims.jti!, claims.exp!);

  const scopes = typeof claims['scope'] === 'string' ? claims['scope'].split(' ').filter(Boolean) : [];
  if (!scopes.length) throw new GrantError('invalid_scope', 'Invalid scope. The grant asks for no scope.');
  const missing = scopes.filter((scope) => !client.scopes.includes(scope));
  if (missing.length) throw new GrantError('invalid_scope', `Invalid scope. ${client.clientId} has no access to: ${missing.join(' ')}.`);
  return { client, scopes, claims };
}
