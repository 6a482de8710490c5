import * as oauth from 'oauth4webapi';
import type { IdportenAcr } from './acr.js';
import type { IdportenUserinfo } from './claims.js';
import { createDiscovery, type DiscoveryOptions } from './discovery.js';
import { IdportenConfigurationError, IdportenStateMismatchError } from './errors.js';
import {
  buildLogout,
  fetchUserinfo,
  finishLogin,
  startLogin,
  type IdportenLogin,
  type LoginOptions,
  type LogoutOptions,
  type LogoutRequest,
  type ProtocolContext,
} from './protocol.js';
import { checkUrl } from './transport.js';

/** The part of `Storage` the client uses, so tests and embedders can give their own. */
export type TransientStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface IdportenBrowserClientOptions extends DiscoveryOptions {
  issuer: string;
  clientId: string;
  /** A page of this app, registered with ID-porten for this public client. */
  redirectUri: string;
  postLogoutRedirectUri?: string;
  /** Default `openid profile`. */
  scope?: string;
  /**
   * Where the login's transient values (state, nonce, PKCE verifier) wait for
   * the callback. Default `sessionStorage`: one tab, gone when it closes.
   */
  storage?: TransientStorage;
  /** How to send the browser to ID-porten; default `location.assign`. */
  navigate?: (url: string) => void;
}

/**
 * ID-porten login for a public browser client (PKCE, no secret). Transient
 * values live in `sessionStorage` only; tokens live in this object's memory
 * only and are gone on reload — never in `localStorage` or cookies.
 */
export interface IdportenBrowserClient {
  /** Starts a login and returns the URL without navigating. */
  createLogin(options?: LoginOptions): Promise<{ url: string }>;
  /** Starts a login and sends the browser to ID-porten. */
  login(options?: LoginOptions): Promise<void>;
  /** Whether `url` is a callback for a login this tab started. */
  isCallback(url?: string | URL): boolean;
  /** Completes the login started in this tab; the pending values are removed whatever the outcome. */
  handleCallback(url?: string | URL, signal?: AbortSignal): Promise<IdportenLogin>;
  /** The current login, held in memory only. */
  readonly session: IdportenLogin | undefined;
  userinfo(signal?: AbortSignal): Promise<IdportenUserinfo>;
  /** Forgets the tokens and returns where to end the ID-porten session (POST `params` to `endpoint`). */
  createLogout(options?: LogoutOptions): Promise<LogoutRequest>;
  /** Forgets the tokens without contacting ID-porten. */
  forget(): void;
}

const storageKey = 'felles-idporten:pending-login';

interface PendingLogin {
  issuer: string;
  clientId: string;
  state: string;
  nonce: string;
  codeVerifier: string;
  acr: IdportenAcr;
  redirectUri: string;
}

function defaultStorage(): TransientStorage {
  if (typeof sessionStorage === 'undefined') throw new IdportenConfigurationError('sessionStorage is not available here; pass `storage`');
  return sessionStorage;
}

export function createIdportenBrowserClient(options: IdportenBrowserClientOptions): IdportenBrowserClient {
  if (!options.clientId) throw new IdportenConfigurationError('clientId is required');
  const issuer = checkUrl(options.issuer, 'issuer');
  checkUrl(options.redirectUri, 'redirectUri');
  const storage = options.storage ?? defaultStorage();
  const navigate = options.navigate ?? ((url: string) => globalThis.location.assign(url));
  const transport = { fetch: options.fetch, timeoutMs: options.timeoutMs, maxResponseBytes: options.maxResponseBytes };
  const ctx: ProtocolContext = {
    issuer,
    client: { client_id: options.clientId },
    clientAuth: oauth.None(),
    redirectUri: options.redirectUri,
    postLogoutRedirectUri: options.postLogoutRedirectUri,
    scope: options.scope ?? 'openid profile',
    transport,
    discover: createDiscovery(issuer, { ...transport, discoveryTtlMs: options.discoveryTtlMs }),
  };
  let session: IdportenLogin | undefined;

  function readPending(): PendingLogin | undefined {
    try {
      const value = JSON.parse(storage.getItem(storageKey) ?? 'null') as PendingLogin | null;
      return value && value.issuer === issuer.href && value.clientId === options.clientId ? value : undefined;
    } catch {
      return undefined;
    }
  }

  async function createLogin(loginOptions?: LoginOptions) {
    const request = await startLogin(ctx, loginOptions);
    const pending: PendingLogin = {
      issuer: issuer.href,
      clientId: options.clientId,
      state: request.state,
      nonce: request.nonce,
      codeVerifier: request.codeVerifier,
      acr: request.acr,
      redirectUri: request.redirectUri,
    };
    storage.setItem(storageKey, JSON.stringify(pending));
    return { url: request.url };
  }

  return {
    createLogin,
    async login(loginOptions) {
      navigate((await createLogin(loginOptions)).url);
    },
    isCallback(url = globalThis.location?.href) {
      if (!url) return false;
      const params = new URL(url).searchParams;
      const pending = readPending();
      return Boolean(pending && (params.has('code') || params.has('error')) && params.get('state') === pending.state);
    },
    async handleCallback(url = globalThis.location?.href, signal) {
      const pending = readPending();
      // One use only: a callback replayed from history must not find the verifier again.
      storage.removeItem(storageKey);
      if (!pending) throw new IdportenStateMismatchError('No login was started in this tab');
      session = await finishLogin(ctx, url, pending, signal);
      return session;
    },
    get session() {
      return session;
    },
    async userinfo(signal) {
      if (!session) throw new IdportenStateMismatchError('Not logged in');
      return fetchUserinfo(ctx, session, signal);
    },
    async createLogout(logoutOptions = {}) {
      const idTokenHint = logoutOptions.idTokenHint ?? session?.idToken;
      session = undefined;
      return buildLogout(ctx, { ...logoutOptions, idTokenHint });
    },
    forget() {
      session = undefined;
    },
  };
}
