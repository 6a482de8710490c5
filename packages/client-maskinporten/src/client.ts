import type { RequestOptions, TokenProvider } from '@felles/client-core';
import type { CryptoKey, JWK } from 'jose';
import * as v from 'valibot';
import { TokenCache } from './cache.js';
import { MaskinportenError } from './errors.js';
import { importSigningKey, isJwk, signGrant, type AuthorizationDetail, type GrantAlgorithm } from './grant.js';
import { maskinportenIssuers, type MaskinportenEnvironment } from './issuers.js';
import { fetchMetadata, type MaskinportenMetadata } from './metadata.js';

export interface MaskinportenClientOptions {
  /** `'test'`, `'production'`, or an issuer URL such as the sandbox's. */
  issuer: MaskinportenEnvironment | (string & {});
  /** The integration's client id from Digdir's self-service. */
  clientId: string;
  /** The private key registered for the client: a private JWK or a `CryptoKey`. */
  key: JWK | CryptoKey;
  /** Key id registered with Maskinporten; defaults to the JWK's `kid`. */
  kid?: string;
  /** Default `RS256`, or the JWK's `alg`. */
  alg?: GrantAlgorithm;
  /** Lifetime of each signed grant in seconds; default 60, at most 120 (Maskinporten's limit). */
  grantLifetimeSeconds?: number;
  /** A token is renewed this many seconds before its `exp`; default 30. */
  refreshSkewSeconds?: number;
  /** Per-request settings (timeout, `fetch`) for the metadata and token requests. */
  request?: Pick<RequestOptions, 'fetch' | 'timeoutMs' | 'signal'>;
  /** Clock in milliseconds, for tests. */
  now?: () => number;
}

/** What a token is asked for; tokens are cached per distinct request. */
export interface TokenRequest {
  /** One scope or several; sent space-separated. */
  scope: string | readonly string[];
  /** Audience the token is restricted to (`aud` in the access token). */
  resource?: string;
  /** Organisation number the client acts for under a delegation. */
  consumerOrg?: string;
  /** e.g. an Altinn consent, `{ type: 'urn:altinn:consent', id, from }`. */
  authorizationDetails?: readonly AuthorizationDetail[];
}

export interface MaskinportenToken {
  accessToken: string;
  tokenType: string;
  /** Milliseconds since the epoch. */
  expiresAt: number;
  scope: string;
}

export interface MaskinportenClient {
  /** A token for `request`, from the cache while it is fresh; one grant in flight per request. */
  getToken(request: TokenRequest): Promise<MaskinportenToken>;
  /** A `TokenProvider` for another Felles client's `tokenProvider` option. */
  tokenProvider(request: TokenRequest): TokenProvider;
  /** The issuer's metadata, read once. */
  metadata(): Promise<MaskinportenMetadata>;
  /** Forgets every cached token (e.g. after a key rotation). */
  clearCache(): void;
}

const tokenSchema = v.looseObject({
  access_token: v.pipe(v.string(), v.minLength(1)),
  token_type: v.string(),
  expires_in: v.pipe(v.number(), v.minValue(1)),
  scope: v.optional(v.string(), ''),
});

const errorSchema = v.looseObject({ error: v.string(), error_description: v.optional(v.string()) });

const jwtBearer = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

/** JSON with every object's keys sorted, so two spellings of one authorization detail are one key. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/**
 * The cache key: scopes in a stable order, so `a b` and `b a` share one token, and the resource, the
 * organisation acted for and the authorization details (a consent token is for its consent only).
 */
function cacheKey(request: TokenRequest, scope: string): string {
  return canonical([
    scope,
    request.resource ?? null,
    request.consumerOrg ?? null,
    request.authorizationDetails?.length ? request.authorizationDetails : null,
  ]);
}

function normaliseScope(scope: TokenRequest['scope']): string {
  const scopes = [...new Set((typeof scope === 'string' ? scope.split(' ') : scope).filter(Boolean))].sort();
  if (!scopes.length) throw new TypeError('A Maskinporten token needs at least one scope.');
  return scopes.join(' ');
}

/**
 * Maskinporten for a backend: signs a JWT bearer grant (RFC 7523) with the client's private key, posts
 * it to the token endpoint named in the issuer's metadata, and keeps each token until shortly before
 * it expires, so a service sends one grant per scope set rather than one per API call.
 *
 * @example
 * const maskinporten = createMaskinportenClient({ issuer: 'test', clientId, key: privateJwk });
 * const roles = createEnhetsregisteretClient({ tokenProvider: maskinporten.tokenProvider({ scope: 'brreg:roller' }) });
 */
export function createMaskinportenClient(options: MaskinportenClientOptions): MaskinportenClient {
  const issuer = maskinportenIssuers[options.issuer as MaskinportenEnvironment] ?? options.issuer;
  const alg = options.alg ?? ((isJwk(options.key) ? options.key.alg : undefined) as GrantAlgorithm | undefined) ?? 'RS256';
  if (!/^RS(256|384|512)$/.test(alg)) throw new TypeError(`Maskinporten signs grants with RS256, RS384 or RS512, not ${alg}.`);
  const kid = options.kid ?? (isJwk(options.key) ? options.key.kid : undefined);
  if (!kid) throw new TypeError('Give the kid of the key registered with Maskinporten (options.kid or the JWK\'s "kid").');
  const lifetime = options.grantLifetimeSeconds ?? 60;
  if (!(lifetime > 0 && lifetime <= 120)) throw new RangeError('grantLifetimeSeconds must be between 1 and 120.');
  const now = options.now ?? Date.now;
  const fetchFn = () => options.request?.fetch ?? globalThis.fetch;
  const timeoutMs = options.request?.timeoutMs ?? 10_000;
  const cache = new TokenCache<MaskinportenToken>((options.refreshSkewSeconds ?? 30) * 1000, now);

  let metadataPromise: Promise<MaskinportenMetadata> | undefined;
  function metadata(): Promise<MaskinportenMetadata> {
    // A failed read is forgotten, so the next call tries again.
    metadataPromise ??= fetchMetadata(issuer, { ...options.request }).catch((error: unknown) => {
      metadataPromise = undefined;
      throw error;
    });
    return metadataPromise;
  }
  const signingKey = importSigningKey(options.key, alg);
  // Keeps an unused rejected import from being reported before the first token is asked for.
  signingKey.catch(() => undefined);

  async function requestToken(request: TokenRequest, scope: string): Promise<MaskinportenToken> {
    const { token_endpoint } = await metadata();
    const issuedAt = Math.floor(now() / 1000);
    const assertion = await signGrant(
      {
        issuer,
        clientId: options.clientId,
        scope,
        resource: request.resource,
        consumerOrg: request.consumerOrg,
        authorizationDetails: request.authorizationDetails,
        lifetimeSeconds: lifetime,
        now: issuedAt,
      },
      await signingKey,
      alg,
      kid!,
    );
    const signals = [AbortSignal.timeout(timeoutMs), options.request?.signal].filter((s): s is AbortSignal => !!s);
    const response = await fetchFn()(token_endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams({ grant_type: jwtBearer, assertion }),
      redirect: 'manual',
      signal: AbortSignal.any(signals),
    });
    const text = await response.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    if (!response.ok) {
      const parsed = v.safeParse(errorSchema, json);
      if (parsed.success) throw new MaskinportenError(parsed.output.error, parsed.output.error_description, response.status);
      throw new MaskinportenError('server_error', `HTTP ${response.status} from ${token_endpoint}`, response.status);
    }
    const parsed = v.safeParse(tokenSchema, json);
    if (!parsed.success) throw new MaskinportenError('invalid_response', `The token response from ${token_endpoint} is not a token`, response.status);
    const token = parsed.output;
    // Counted from when the grant was signed, so the time on the wire is not counted as token life.
    return {
      accessToken: token.access_token,
      tokenType: token.token_type,
      expiresAt: issuedAt * 1000 + token.expires_in * 1000,
      scope: token.scope || scope,
    };
  }

  function getToken(request: TokenRequest): Promise<MaskinportenToken> {
    const scope = normaliseScope(request.scope);
    return cache.get(cacheKey(request, scope), () => requestToken(request, scope));
  }

  return {
    getToken,
    tokenProvider: (request) => ({ getToken: async () => (await getToken(request)).accessToken }),
    metadata,
    clearCache: () => cache.clear(),
  };
}
