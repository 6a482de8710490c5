import type * as oauth from 'oauth4webapi';
import type { IdportenUserinfo } from './claims.js';
import { clientAuthFor, type ClientAuthentication } from './client-auth.js';
import { createDiscovery, type DiscoveryOptions } from './discovery.js';
import { IdportenConfigurationError } from './errors.js';
import {
  buildLogout,
  fetchUserinfo,
  finishLogin,
  startLogin,
  type IdportenLogin,
  type LoginOptions,
  type LoginRequest,
  type LogoutOptions,
  type LogoutRequest,
  type ProtocolContext,
  type SavedLogin,
} from './protocol.js';
import { checkUrl } from './transport.js';

export interface IdportenClientOptions extends DiscoveryOptions {
  /** `https://idporten.no`, `https://test.idporten.no`, or the sandbox's `http://127.0.0.1:4010/idporten`. */
  issuer: string;
  clientId: string;
  /** The service's callback, registered with ID-porten. */
  redirectUri: string;
  clientAuth: ClientAuthentication;
  /** Where ID-porten sends the person after logout; must be registered. */
  postLogoutRedirectUri?: string;
  /** Default `openid profile` (`profile` gives the userinfo endpoint's names and locale). */
  scope?: string;
}

/** ID-porten login for a service's backend: a confidential client, the recommended "backend for frontend" way. */
export interface IdportenClient {
  /** The provider's metadata, fetched once and cached (24 h by default). */
  metadata(signal?: AbortSignal): Promise<oauth.AuthorizationServer>;
  /**
   * Starts a login. Redirect the browser to `url`; keep `state`, `nonce`,
   * `codeVerifier` and `acr` in the server-side session for the callback.
   */
  createLogin(options?: LoginOptions): Promise<LoginRequest>;
  /**
   * Completes a login from the callback URL (or its query parameters): checks
   * `iss` and `state`, exchanges the code with the PKCE verifier, validates the
   * ID token (signature, issuer, audience, expiry, nonce) and the level of
   * assurance. Throws a typed `IdportenError` for each kind of failure.
   */
  handleCallback(callback: string | URL | URLSearchParams, saved: SavedLogin, signal?: AbortSignal): Promise<IdportenLogin>;
  /** Names and locale from the userinfo endpoint (needs the `profile` scope). */
  userinfo(login: IdportenLogin, signal?: AbortSignal): Promise<IdportenUserinfo>;
  /** Where to send the person to end the ID-porten session (RP-initiated logout). */
  createLogout(options?: LogoutOptions): Promise<LogoutRequest>;
}

export function createIdportenClient(options: IdportenClientOptions): IdportenClient {
  if (!options.clientId) throw new IdportenConfigurationError('clientId is required');
  if (!options.clientAuth) throw new IdportenConfigurationError('clientAuth is required for a backend client');
  const issuer = checkUrl(options.issuer, 'issuer');
  checkUrl(options.redirectUri, 'redirectUri');
  if (options.postLogoutRedirectUri) checkUrl(options.postLogoutRedirectUri, 'postLogoutRedirectUri');

  const transport = { fetch: options.fetch, timeoutMs: options.timeoutMs, maxResponseBytes: options.maxResponseBytes };
  const ctx: ProtocolContext = {
    issuer,
    client: { client_id: options.clientId },
    clientAuth: clientAuthFor(options.clientAuth),
    redirectUri: options.redirectUri,
    postLogoutRedirectUri: options.postLogoutRedirectUri,
    scope: options.scope ?? 'openid profile',
    transport,
    discover: createDiscovery(issuer, { ...transport, discoveryTtlMs: options.discoveryTtlMs }),
  };

  return {
    metadata: (signal) => ctx.discover(signal),
    createLogin: (loginOptions) => startLogin(ctx, loginOptions),
    handleCallback: (callback, saved, signal) => finishLogin(ctx, callback, saved, signal),
    userinfo: (login, signal) => fetchUserinfo(ctx, login, signal),
    createLogout: (logoutOptions) => buildLogout(ctx, logoutOptions),
  };
}
