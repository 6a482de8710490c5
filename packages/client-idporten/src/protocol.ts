import * as oauth from 'oauth4webapi';
import { satisfiesLevel, toAcr, type IdportenAcr, type IdportenLevelInput } from './acr.js';
import { toClaims, toUserinfo, type IdportenClaims, type IdportenUserinfo } from './claims.js';
import {
  IdportenConfigurationError,
  IdportenInsufficientAcrError,
  IdportenInvalidResponseError,
  IdportenIssuerMismatchError,
  IdportenStateMismatchError,
  type IdportenErrorSource,
} from './errors.js';
import type { IdportenLocale } from './locales.js';
import { toIdportenError } from './map-error.js';
import { requestOptions, type TransportOptions } from './transport.js';

/** What a login asks ID-porten for. */
export interface LoginOptions {
  /** Level of assurance the service requires; default `substantial`. `Level3`/`Level4` are accepted. */
  acr?: IdportenLevelInput;
  /** Language(s) of ID-porten's pages, most wanted first. */
  uiLocales?: IdportenLocale | readonly IdportenLocale[];
  /** `login` forces the person to authenticate again even with a live ID-porten session (the only value ID-porten supports). */
  prompt?: 'login';
  signal?: AbortSignal;
}

/**
 * A started login: send the browser to `url`, and keep the rest where only this
 * browser's session can reach it until the callback arrives.
 */
export interface LoginRequest {
  url: string;
  state: string;
  nonce: string;
  codeVerifier: string;
  /** The level asked for, which `handleCallback` requires the token to meet. */
  acr: IdportenAcr;
  redirectUri: string;
}

/** The values kept from `createLogin`, given back to `handleCallback`. */
export interface SavedLogin {
  state: string;
  nonce: string;
  codeVerifier: string;
  /** The level the service requires; default `substantial`. */
  acr?: IdportenLevelInput;
  /** Only when it differs from the client's configured `redirectUri`. */
  redirectUri?: string;
}

/** A completed login. Keep the tokens on the server (or, for a public client, in memory). */
export interface IdportenLogin {
  claims: IdportenClaims;
  idToken: string;
  accessToken: string;
  tokenType: string;
  /** When the access token expires, milliseconds since the epoch. */
  accessTokenExpiresAt?: number;
  refreshToken?: string;
  scope?: string;
}

export interface LogoutOptions {
  /** The ID token of the login being ended; lets ID-porten end the right session without asking. */
  idTokenHint?: string;
  /** Sent back with the person to `postLogoutRedirectUri`; generated when left out. */
  state?: string;
  /** Must be registered with ID-porten; defaults to the client's `postLogoutRedirectUri`. */
  postLogoutRedirectUri?: string;
  uiLocales?: IdportenLocale | readonly IdportenLocale[];
  signal?: AbortSignal;
}

/**
 * Where to send the person to log out. ID-porten recommends a POST of
 * `params` to `endpoint` (a form); `url` is the same as a GET.
 */
export interface LogoutRequest {
  url: string;
  endpoint: string;
  params: Record<string, string>;
  state: string;
}

/** Everything the protocol steps need; built once per client. */
export interface ProtocolContext {
  issuer: URL;
  client: oauth.Client;
  clientAuth: oauth.ClientAuth;
  redirectUri: string;
  postLogoutRedirectUri: string | undefined;
  scope: string;
  transport: TransportOptions;
  discover: (signal?: AbortSignal) => Promise<oauth.AuthorizationServer>;
}

function localeList(value: IdportenLocale | readonly IdportenLocale[] | undefined): string | undefined {
  if (value === undefined) return undefined;
  const list = typeof value === 'string' ? [value] : value;
  return list.length ? list.join(' ') : undefined;
}

export async function startLogin(ctx: ProtocolContext, options: LoginOptions = {}): Promise<LoginRequest> {
  const as = await ctx.discover(options.signal);
  const acr = toAcr(options.acr ?? 'substantial');
  const state = oauth.generateRandomState();
  const nonce = oauth.generateRandomNonce();
  const codeVerifier = oauth.generateRandomCodeVerifier();
  const codeChallenge = await oauth.calculatePKCECodeChallenge(codeVerifier);

  const url = new URL(as.authorization_endpoint as string);
  const params: Record<string, string | undefined> = {
    client_id: ctx.client.client_id,
    redirect_uri: ctx.redirectUri,
    response_type: 'code',
    scope: ctx.scope,
    state,
    nonce,
    code_challenge: codeChallenge,
    code_challenge_method: 'S256',
    acr_values: acr,
    ui_locales: localeList(options.uiLocales),
    prompt: options.prompt,
  };
  for (const [key, value] of Object.entries(params)) if (value !== undefined) url.searchParams.set(key, value);
  return { url: url.href, state, nonce, codeVerifier, acr, redirectUri: ctx.redirectUri };
}

function callbackParameters(callback: string | URL | URLSearchParams): URLSearchParams {
  if (callback instanceof URLSearchParams) return callback;
  try {
    return new URL(callback).searchParams;
  } catch (cause) {
    throw new IdportenStateMismatchError('The callback URL cannot be read', { cause });
  }
}

export async function finishLogin(
  ctx: ProtocolContext,
  callback: string | URL | URLSearchParams,
  saved: SavedLogin,
  signal?: AbortSignal,
): Promise<IdportenLogin> {
  if (!saved?.state || !saved.nonce || !saved.codeVerifier) {
    throw new IdportenStateMismatchError('No saved login (state, nonce and code verifier) was given for this callback');
  }
  const as = await ctx.discover(signal);
  const params = callbackParameters(callback);
  let source: IdportenErrorSource = 'authorization';

  // These two are checked here first only to name the failure precisely;
  // oauth4webapi's validateAuthResponse checks them again below.
  const iss = params.get('iss') ?? undefined;
  if (iss !== as.issuer && (iss !== undefined || as.authorization_response_iss_parameter_supported)) {
    throw new IdportenIssuerMismatchError(as.issuer, iss);
  }
  if (params.get('state') !== saved.state) throw new IdportenStateMismatchError();

  try {
    const validated = oauth.validateAuthResponse(as, ctx.client, params, saved.state);
    source = 'token';
    const options = requestOptions(ctx.issuer, ctx.transport, signal);
    const response = await oauth.authorizationCodeGrantRequest(
      as,
      ctx.client,
      ctx.clientAuth,
      validated,
      saved.redirectUri ?? ctx.redirectUri,
      saved.codeVerifier,
      options,
    );
    const result = await oauth.processAuthorizationCodeResponse(as, ctx.client, response, {
      expectedNonce: saved.nonce,
      requireIdToken: true,
    });
    // oauth4webapi checks iss, aud, exp, iat and nonce; the signature is checked
    // against the provider's JWKS here, so a token is never trusted on TLS alone.
    await oauth.validateApplicationLevelSignature(as, response, options);

    const idClaims = oauth.getValidatedIdTokenClaims(result);
    if (!idClaims || !result.id_token) throw new IdportenInvalidResponseError('The token response has no ID token');
    const required = saved.acr ?? 'substantial';
    const actual = typeof idClaims.acr === 'string' ? idClaims.acr : undefined;
    if (!satisfiesLevel(actual, required)) throw new IdportenInsufficientAcrError(toAcr(required), actual);

    const login: IdportenLogin = {
      claims: toClaims(idClaims),
      idToken: result.id_token,
      accessToken: result.access_token,
      tokenType: result.token_type,
    };
    if (typeof result.expires_in === 'number') login.accessTokenExpiresAt = Date.now() + result.expires_in * 1000;
    if (result.refresh_token) login.refreshToken = result.refresh_token;
    if (result.scope) login.scope = result.scope;
    return login;
  } catch (error) {
    throw toIdportenError(error, source);
  }
}

export async function fetchUserinfo(
  ctx: ProtocolContext,
  login: Pick<IdportenLogin, 'accessToken'> & { claims: Pick<IdportenClaims, 'sub'> },
  signal?: AbortSignal,
): Promise<IdportenUserinfo> {
  const as = await ctx.discover(signal);
  if (!as.userinfo_endpoint) throw new IdportenConfigurationError('The provider has no userinfo endpoint');
  try {
    const response = await oauth.userInfoRequest(as, ctx.client, login.accessToken, requestOptions(ctx.issuer, ctx.transport, signal));
    return toUserinfo(await oauth.processUserInfoResponse(as, ctx.client, login.claims.sub, response));
  } catch (error) {
    throw toIdportenError(error, 'userinfo');
  }
}

export async function buildLogout(ctx: ProtocolContext, options: LogoutOptions = {}): Promise<LogoutRequest> {
  const as = await ctx.discover(options.signal);
  if (!as.end_session_endpoint) throw new IdportenConfigurationError('The provider has no end_session_endpoint');
  const state = options.state ?? oauth.generateRandomState();
  const params: Record<string, string> = { client_id: ctx.client.client_id, state };
  if (options.idTokenHint) params.id_token_hint = options.idTokenHint;
  const postLogout = options.postLogoutRedirectUri ?? ctx.postLogoutRedirectUri;
  if (postLogout) params.post_logout_redirect_uri = postLogout;
  const locales = localeList(options.uiLocales);
  if (locales) params.ui_locales = locales;
  const url = new URL(as.end_session_endpoint);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return { url: url.href, endpoint: as.end_session_endpoint, params, state };
}
