import { createECDH, createHash, generateKeyPair, randomBytes, type JsonWebKey } from 'node:crypto';
import { promisify } from 'node:util';

const generate = promisify(generateKeyPair);

/**
 * A fresh RS256 signing key per start (ID-porten signs with RS256). Tokens
 * from an earlier run then fail signature checks, as after a key rotation.
 */
export async function createSigningJwks(): Promise<{ keys: JsonWebKey[] }> {
  const { privateKey } = await generate('rsa', { modulusLength: 2048 });
  const jwk = privateKey.export({ format: 'jwk' });
  const kid = createHash('sha256').update(String(jwk.n)).digest('base64url').slice(0, 16);
  return { keys: [{ ...jwk, kid, alg: 'RS256', use: 'sig' }] };
}

/** Keys for the provider's signed cookies; new per start. */
export function createCookieKeys(): string[] {
  return [randomBytes(32).toString('base64url')];
}

/**
 * A P-256 key derived from a public label, for the private_key_jwt test
 * client: tests derive the private half, the provider registers the public
 * half, and no key material is stored anywhere. Anyone can derive it, which is
 * the point: it is a sandbox key and must never be registered anywhere real.
 */
export function derivedTestKey(label: string): { privateJwk: JsonWebKey; publicJwk: JsonWebKey } {
  const d = createHash('sha256').update(label).digest();
  const ecdh = createECDH('prime256v1');
  ecdh.setPrivateKey(d);
  const point = ecdh.getPublicKey();
  const kid = createHash('sha256').update(point).digest('base64url').slice(0, 16);
  const publicJwk: JsonWebKey = {
    kty: 'EC',
    crv: 'P-256',
    x: point.subarray(1, 33).toString('base64url'),
    y: point.subarray(33).toString('base64url'),
    kid,
    alg: 'ES256',
    use: 'sig',
  };
  return { privateJwk: { ...publicJwk, d: d.toString('base64url') }, publicJwk };
}
