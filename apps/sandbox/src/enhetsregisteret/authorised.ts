import { createRemoteJWKSet, jwtVerify } from 'jose';
import { sendJson } from '../http-util.js';
import { maskinportenPrefix, sandboxScopes } from '../maskinporten/service.js';
import type { SandboxContext, SandboxService, ServiceFactory } from '../types.js';
import { sharedRegister, type GenerateOptions } from './generate.js';
import { rolesOf } from './roles.js';

export const authorisedPrefix = '/enhetsregisteret/autorisert-api';

/**
 * Brønnøysund's authorised roles API: the same roles as the open API, with each person's
 * `fodselsnummer`, for a Maskinporten access token carrying the roles scope. The token is checked as
 * an API checks a real one: signature against the sandbox Maskinporten's JWKS, `iss`, `exp`, scope.
 */
export function createAuthorisedEnhetsregisteretService(options: GenerateOptions = {}): ServiceFactory {
  return (ctx: SandboxContext): SandboxService => {
    const register = sharedRegister(options);
    const issuer = `${ctx.origin}${maskinportenPrefix}/`;
    const jwks = createRemoteJWKSet(new URL(`${issuer}jwk`));
    const openBase = `${ctx.origin}/enhetsregisteret/api`;
    const refuse = (res: Parameters<SandboxService['handle']>[1], status: 401 | 403, description: string) =>
      sendJson(
        res,
        status,
        { status, error: status === 401 ? 'Unauthorized' : 'Forbidden', message: description },
        status === 401 ? { 'www-authenticate': 'Bearer' } : {},
      );

    return {
      name: 'enhetsregisteret-autorisert',
      prefix: authorisedPrefix,
      async handle(req, res, url) {
        const match = /^\/enheter\/(\d{9})\/roller$/.exec(url.pathname.slice(authorisedPrefix.length));
        if (req.method !== 'GET' || !match) return sendJson(res, 404, { status: 404, error: 'Not Found', path: url.pathname });
        const token = /^Bearer (\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
        if (!token) return refuse(res, 401, 'A Maskinporten access token is required.');
        let scopes: string[];
        try {
          const { payload } = await jwtVerify(token, jwks, { issuer, algorithms: ['RS256'] });
          scopes = String(payload['scope'] ?? '').split(' ');
        } catch {
          return refuse(res, 401, 'The access token is not a valid Maskinporten token.');
        }
        if (!scopes.includes(sandboxScopes.roles)) return refuse(res, 403, `The token lacks the scope ${sandboxScopes.roles}.`);
        const enhet = register.byOrgnr.get(match[1]!);
        if (!enhet) return sendJson(res, 404, { status: 404, error: 'Not Found', path: url.pathname });
        sendJson(res, 200, rolesOf(enhet, `${openBase}/enheter/${enhet.organisasjonsnummer}`, true));
      },
    };
  };
}

export const authorisedEnhetsregisteretService = createAuthorisedEnhetsregisteretService();
