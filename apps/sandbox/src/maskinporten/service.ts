import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { readBody, sendJson } from '../http-util.js';
import type { SandboxContext, SandboxService, ServiceFactory } from '../types.js';
import { createRegisteredClients } from './clients.js';
import { consentStoreOf } from '../samtykke/shared.js';
import { consentDetails, consentDetailType } from './consent.js';
import { GrantError, verifyGrant } from './grant.js';

export { sandboxScopes } from './clients.js';

export const maskinportenPrefix = '/maskinporten';
const jwtBearer = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

export interface MaskinportenServiceOptions {
  /** Lifetime of access tokens in seconds; default 120, as Maskinporten's default. */
  tokenLifetimeSeconds?: number;
}

/**
 * Maskinporten on loopback, speaking the JWT bearer grant (RFC 7523). Its issuer is
 * `{origin}/maskinporten/` (with the slash, as Maskinporten's own):
 *
 * - `GET /.well-known/oauth-authorization-server`: issuer, token endpoint, JWKS
 * - `POST /token`: the grant, checked as Maskinporten does; 400 `{ error, error_description }` when refused.
 *   A grant with `authorization_details` of type `urn:altinn:consent` gets a consent token only while the
 *   sandbox's consent store holds that consent, accepted, unexpired and given to the client's organisation
 * - `GET /jwk`: the keys that sign access tokens, for an API checking them
 * - `GET /test/clients` and `/test/clients/{client_id}`: test only, the registered clients with their
 *   private JWK, so tests and the demo can sign grants
 */
export function createMaskinportenService(options: MaskinportenServiceOptions = {}): ServiceFactory {
  return async (ctx: SandboxContext): Promise<SandboxService> => {
    const issuer = `${ctx.origin}${maskinportenPrefix}/`;
    const tokenLifetime = options.tokenLifetimeSeconds ?? 120;
    const [clients, signing] = await Promise.all([createRegisteredClients(), generateKeyPair('RS256', { extractable: true })]);
    const signingKid = `sandbox-maskinporten-${crypto.randomUUID().slice(0, 8)}`;
    const jwks = { keys: [{ ...(await exportJWK(signing.publicKey)), kid: signingKid, alg: 'RS256', use: 'sig' }] };
    const seenJti = new Map<string, number>();

    const metadata = {
      issuer,
      token_endpoint: `${issuer}token`,
      jwks_uri: `${issuer}jwk`,
      token_endpoint_auth_methods_supported: ['private_key_jwt'],
      grant_types_supported: [jwtBearer],
      token_endpoint_auth_signing_alg_values_supported: ['RS256', 'RS384', 'RS512'],
      authorization_details_types_supported: [consentDetailType],
    };

    const testClient = (clientId: string) => {
      const client = clients.get(clientId)!;
      return {
        client_id: client.clientId,
        orgnr: client.orgnr,
        scopes: client.scopes,
        kid: client.privateJwk.kid,
        private_jwk: client.privateJwk,
        issuer,
      };
    };

    return {
      name: 'maskinporten',
      prefix: maskinportenPrefix,
      async handle(req, res, url) {
        const path = url.pathname.slice(maskinportenPrefix.length);
        if (req.method === 'GET' && path === '/.well-known/oauth-authorization-server') return sendJson(res, 200, metadata);
        if (req.method === 'GET' && path === '/jwk') return sendJson(res, 200, jwks);
        if (req.method === 'GET' && path === '/test/clients') return sendJson(res, 200, [...clients.keys()].map(testClient));
        const testMatch = /^\/test\/clients\/([^/]+)$/.exec(path);
        if (req.method === 'GET' && testMatch) {
          const clientId = decodeURIComponent(testMatch[1]!);
          return clients.has(clientId)
            ? sendJson(res, 200, testClient(clientId))
            : sendJson(res, 404, { error: 'not_found', error_description: `No test client ${clientId}` });
        }
        if (path !== '/token') return sendJson(res, 404, { error: 'not_found', error_description: `No such endpoint: ${url.pathname}` });
        if (req.method !== 'POST') {
          res.setHeader('allow', 'POST');
          return sendJson(res, 405, { error: 'invalid_request', error_description: 'The token endpoint takes POST only.' });
        }
        if (!req.headers['content-type']?.startsWith('application/x-www-form-urlencoded')) {
          return sendJson(res, 400, { error: 'invalid_request', error_description: 'The body must be application/x-www-form-urlencoded.' });
        }
        const form = new URLSearchParams(await readBody(req, 100_000));
        try {
          if (form.get('grant_type') !== jwtBearer) throw new GrantError('unsupported_grant_type', `grant_type must be ${jwtBearer}.`);
          const assertion = form.get('assertion');
          if (!assertion) throw new GrantError('invalid_request', 'The assertion is missing.');
          const now = Math.floor(Date.now() / 1000);
          const { client, scopes, claims } = await verifyGrant(assertion, issuer, clients, seenJti, now);
          const scope = scopes.join(' ');
          const details =
            claims['authorization_details'] === undefined ? undefined : consentDetails(claims['authorization_details'], client, consentStoreOf(ctx));
          // A consent token does not outlive the consent it carries.
          const consentEnds = details ? Math.min(...details.map((d) => Math.floor(Date.parse(d.validTo) / 1000))) : Infinity;
          const expiresIn = Math.max(1, Math.min(tokenLifetime, consentEnds - now));
          const token = new SignJWT({
            ...(details ? { authorization_details: details } : {}),
            client_id: client.clientId,
            client_amr: 'private_key_jwt',
            consumer: { authority: 'iso6523-actorid-upis', ID: `0192:${client.orgnr}` },
            scope,
          })
            .setProtectedHeader({ alg: 'RS256', kid: signingKid, typ: 'at+jwt' })
            .setIssuer(issuer)
            .setIssuedAt(now)
            .setExpirationTime(now + expiresIn)
            .setJti(crypto.randomUUID());
          if (typeof claims['resource'] === 'string') token.setAudience(claims['resource']);
          sendJson(
            res,
            200,
            { access_token: await token.sign(signing.privateKey), token_type: 'Bearer', expires_in: expiresIn, scope },
            { 'cache-control': 'no-store' },
          );
        } catch (error) {
          if (!(error instanceof GrantError)) throw error;
          sendJson(res, 400, { error: error.error, error_description: error.description }, { 'cache-control': 'no-store' });
        }
      },
    };
  };
}

export const maskinportenService = createMaskinportenService();
