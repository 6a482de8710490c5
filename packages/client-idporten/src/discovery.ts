import * as oauth from 'oauth4webapi';
import { toIdportenError } from './map-error.js';
import { IdportenConfigurationError } from './errors.js';
import { checkUrl, requestOptions, type TransportOptions } from './transport.js';

/** ID-porten asks clients to cache its metadata; a day is what its documentation suggests. */
export const defaultDiscoveryTtlMs = 24 * 60 * 60 * 1000;

export interface DiscoveryOptions extends TransportOptions {
  /** How long fetched metadata is reused; default 24 h. */
  discoveryTtlMs?: number;
}

const endpoints = ['authorization_endpoint', 'token_endpoint', 'jwks_uri', 'userinfo_endpoint', 'end_session_endpoint'] as const;

/**
 * Returns a function that gives the provider's metadata, fetching it at most
 * once per TTL. Concurrent callers share one request; a failed fetch is not
 * cached, so the next call tries again.
 */
export function createDiscovery(issuer: URL, options: DiscoveryOptions): (signal?: AbortSignal) => Promise<oauth.AuthorizationServer> {
  const ttlMs = options.discoveryTtlMs ?? defaultDiscoveryTtlMs;
  let cached: { as: oauth.AuthorizationServer; expires: number } | undefined;
  let pending: Promise<oauth.AuthorizationServer> | undefined;

  async function load(signal?: AbortSignal): Promise<oauth.AuthorizationServer> {
    try {
      const response = await oauth.discoveryRequest(issuer, requestOptions(issuer, options, signal));
      const as = await oauth.processDiscoveryResponse(issuer, response);
      // A loopback issuer may not point a browser or a code exchange at a plain-http host elsewhere.
      for (const name of endpoints) {
        const value = as[name];
        if (typeof value === 'string') checkUrl(value, `The provider's ${name}`);
      }
      if (!as.authorization_endpoint || !as.token_endpoint || !as.jwks_uri) {
        throw new IdportenConfigurationError(`The provider at ${issuer.href} lacks an authorization, token or JWKS endpoint`);
      }
      return as;
    } catch (error) {
      throw toIdportenError(error, 'discovery');
    }
  }

  return (signal) => {
    if (cached && cached.expires > Date.now()) return Promise.resolve(cached.as);
    pending ??= load(signal).then(
      (as) => {
        cached = { as, expires: Date.now() + ttlMs };
        pending = undefined;
        return as;
      },
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    );
    return pending;
  };
}
