import type { IncomingMessage } from 'node:http';
import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose';
import type { SandboxContext } from '../types.js';
import { maskinportenPrefix } from './service.js';

/** A Maskinporten access token an API has checked, with what it says about the caller. */
export interface CheckedToken {
  payload: JWTPayload;
  scopes: string[];
  /** The organisation number in `consumer.ID` (`0192:<orgnr>`). */
  orgnr: string;
}

export type TokenCheck = { ok: true; token: CheckedToken } | { ok: false; status: 401 | 403; message: string };

/**
 * Checks a request's bearer token as an API behind Maskinporten does: signature against the sandbox
 * Maskinporten's JWKS, `iss`, `exp`, then that it carries `scope`. The JWKS is read when first needed.
 */
export function maskinportenTokenChecker(ctx: SandboxContext) {
  const issuer = `${ctx.origin}${maskinportenPrefix}/`;
  const jwks = createRemoteJWKSet(new URL(`${issuer}jwk`));
  return async (req: IncomingMessage, scope: string): Promise<TokenCheck> => {
    const raw = /^Bearer (\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    if (!raw) return { ok: false, status: 401, message: 'A Maskinporten access token is required (Authorization: Bearer).' };
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(raw, jwks, { issuer, algorithms: ['RS256'] }));
    } catch {
      return { ok: false, status: 401, message: 'The access token is not a valid Maskinporten token (signature, issuer or expiry).' };
    }
    const scopes = String(payload['scope'] ?? '')
      .split(' ')
      .filter(Boolean);
    if (!scopes.includes(scope)) return { ok: false, status: 403, message: `The token lacks the scope ${scope}.` };
    const consumer = payload['consumer'] as { ID?: unknown } | undefined;
    const orgnr = typeof consumer?.ID === 'string' ? consumer.ID.replace(/^0192:/, '') : '';
    return { ok: true, token: { payload, scopes, orgnr } };
  };
}
