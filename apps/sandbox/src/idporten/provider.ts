import { createHash } from 'node:crypto';
import Provider, { errors, interactionPolicy, type Configuration, type KoaContextWithOIDC } from 'oidc-provider';
import { isLoopbackOrigin } from '../cors.js';
import { sandboxClients } from './clients.js';
import { createCookieKeys, createSigningJwks } from './keys.js';
import { allowAnyLoopbackRedirect, loopbackClient } from './loopback-client.js';
import { createMemoryAdapter } from './memory-adapter.js';
import { pickLang, pageMessages } from './messages.js';
import { frontChannelPage, logoutPage, messagePage } from './pages.js';
import { findPerson } from './persons.js';

export const acrValues = ['idporten-loa-substantial', 'idporten-loa-high'] as const;
export const uiLocales = ['nb', 'nn', 'en', 'se'] as const;

/** The endpoint paths of ID-porten's metadata, below the issuer. */
const routes = {
  authorization: '/authorize',
  token: '/token',
  userinfo: '/userinfo',
  jwks: '/jwks.json',
  end_session: '/logout',
  revocation: '/token/revoke',
  pushed_authorization_request: '/par',
};

const levelRank: Record<string, number> = { 'idporten-loa-substantial': 3, 'idporten-loa-high': 4 };

/** The highest level named in `acr_values` (ID-porten treats them as a minimum). */
export function requestedAcr(acrValuesParam: unknown): string {
  const named = String(acrValuesParam ?? '')
    .split(/\s+/)
    .filter((value) => value in levelRank);
  return named.sort((a, b) => (levelRank[b] ?? 0) - (levelRank[a] ?? 0))[0] ?? 'idporten-loa-substantial';
}

export interface IdportenProviderOptions {
  issuer: string;
  /** Absolute path prefix under which the provider is mounted, e.g. `/idporten`. */
  mountPath: string;
}

export async function createIdportenProvider({ issuer, mountPath }: IdportenProviderOptions): Promise<Provider> {
  /** The language a grant's login was done in, for the `locale` claim. */
  const localeByGrant = new Map<string, string>();
  const policy = interactionPolicy.base();
  // ID-porten asks again when a service wants a higher level than the live session has (step-up).
  policy.get('login')?.checks.add(
    new interactionPolicy.Check('acr_step_up', 'the requested level is higher than the session level', (ctx) => {
      const { oidc } = ctx;
      const wanted = levelRank[requestedAcr(oidc.params?.acr_values)] ?? 3;
      const have = levelRank[String(oidc.session?.acr ?? '')] ?? 0;
      return have < wanted ? interactionPolicy.Check.REQUEST_PROMPT : interactionPolicy.Check.NO_NEED_TO_PROMPT;
    }),
  );

  // Native (loopback) test clients would otherwise be asked for consent on every login; ID-porten asks none.
  policy.get('consent')?.checks.remove('native_client_prompt');

  const configuration: Configuration = {
    adapter: createMemoryAdapter(),
    clients: [...sandboxClients, loopbackClient] as unknown as Configuration['clients'],
    clientDefaults: {
      grant_types: ['authorization_code'],
      response_types: ['code'],
      id_token_signed_response_alg: 'RS256',
    },
    jwks: (await createSigningJwks()) as Configuration['jwks'],
    cookies: { keys: createCookieKeys() },
    responseTypes: ['code'],
    pkce: { required: () => true },
    acrValues: [...acrValues],
    scopes: ['openid', 'profile'],
    claims: {
      // amr and auth_time ride on the openid scope because ID-porten always sends them.
      openid: ['sub', 'pid', 'locale', 'amr', 'auth_time'],
      profile: ['given_name', 'family_name'],
      acr: null,
      sid: null,
    },
    // pid and locale belong in the ID token, as ID-porten sends them there.
    conformIdTokenClaims: false,
    subjectTypes: ['public', 'pairwise'],
    pairwiseIdentifier(_ctx, accountId, client) {
      // Per client, as ID-porten's (not per sector: every sandbox client lives on 127.0.0.1); base64 of a SHA-256 like its subjects.
      return createHash('sha256').update(`${client.clientId}|${accountId}|felles-sandbox`).digest('base64');
    },
    routes,
    ttl: {
      AccessToken: 120,
      AuthorizationCode: 60,
      IdToken: 120,
      Interaction: 600,
      Session: 1800,
      Grant: 1800,
    },
    extraClientMetadata: { properties: ['frontchannel_logout_uri', 'frontchannel_logout_session_required'] },
    discovery: {
      ui_locales_supported: [...uiLocales],
      frontchannel_logout_supported: true,
      frontchannel_logout_session_supported: true,
      prompt_values_supported: ['login'],
    },
    features: {
      devInteractions: { enabled: false },
      revocation: { enabled: true },
      userinfo: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        async logoutSource(ctx, form) {
          ctx.body = logoutPage(pickLang(ctx.oidc.params?.ui_locales as string | undefined), form);
        },
        async postLogoutSuccessSource(ctx) {
          const lang = pickLang(undefined);
          ctx.body = messagePage(lang, pageMessages[lang].loggedOut, pageMessages[lang].title);
        },
      },
    },
    interactions: {
      policy,
      url: (_ctx, interaction) => `${mountPath}/interaction/${interaction.uid}`,
    },
    async findAccount(_ctx, id, token) {
      const person = findPerson(id);
      if (!person) return undefined;
      return {
        accountId: person.id,
        async claims(use) {
          const locale = (token?.grantId && localeByGrant.get(token.grantId)) || undefined;
          return {
            sub: person.id,
            ...(person.pid ? { pid: person.pid } : {}),
            ...(locale ? { locale } : {}),
            // ID-porten gives names only from the userinfo endpoint, never in the ID token.
            ...(use === 'userinfo' ? { given_name: person.givenName, family_name: person.familyName } : {}),
          };
        },
      };
    },
    async loadExistingGrant(ctx) {
      // ID-porten asks no consent for openid/profile, so the grant is given with the login.
      const { oidc } = ctx;
      const client = oidc.client;
      const accountId = oidc.session?.accountId;
      if (!client || !accountId) return undefined;
      const grantId = oidc.result?.consent?.grantId ?? oidc.session?.grantIdFor(client.clientId);
      const grant = (grantId && (await oidc.provider.Grant.find(grantId))) || new oidc.provider.Grant({ clientId: client.clientId, accountId });
      grant.addOIDCScope('openid profile');
      grant.addOIDCClaims(['sub', 'pid', 'locale', 'given_name', 'family_name', 'acr', 'amr', 'sid', 'auth_time']);
      const saved = await grant.save();
      const locale = (oidc.result as { felles?: { locale?: string } } | undefined)?.felles?.locale;
      if (locale) localeByGrant.set(saved, locale);
      return grant;
    },
    // The sandbox serves only this machine: any loopback page may call it (Storybook, tests on random ports).
    clientBasedCORS: (_ctx, origin) => isLoopbackOrigin(origin),
    async renderError(ctx, out) {
      const lang = pickLang(ctx.oidc?.params?.ui_locales as string | undefined);
      ctx.type = 'html';
      ctx.body = messagePage(lang, pageMessages[lang].errorHeading, `${out.error}: ${out.error_description ?? ''}`);
    },
  };

  const provider = new Provider(issuer, configuration);

  // ID-porten's metadata offers these response modes, not the fragment mode oidc-provider lists by default.
  provider.use(async (ctx, next) => {
    await next();
    if (ctx.path === '/.well-known/openid-configuration' && ctx.status === 200 && ctx.body) {
      const body = ctx.body as Record<string, unknown>;
      body.response_modes_supported = ['query', 'form_post'];
    }
  });

  provider.use(frontChannelLogout);
  allowAnyLoopbackRedirect(provider);

  // ID-porten puts `sid` in the ID token for clients registered with front-channel logout with session.
  const includeSid = provider.Client.prototype.includeSid as (this: { frontchannel_logout_session_required?: boolean }) => boolean;
  provider.Client.prototype.includeSid = function (this: { frontchannel_logout_session_required?: boolean }) {
    return Boolean(this.frontchannel_logout_session_required) || includeSid.call(this);
  };
  return provider;
}

/**
 * oidc-provider has no front-channel logout, so after a logout this renders
 * a page that loads every client's `frontchannel_logout_uri` (with `iss` and
 * `sid` when the client asked for them) before continuing.
 */
async function frontChannelLogout(ctx: KoaContextWithOIDC, next: () => Promise<void>): Promise<void> {
  await next();
  const { oidc } = ctx;
  if (oidc?.route !== 'end_session_confirm' || ctx.status !== 303) return;
  const authorizations = (oidc.session?.authorizations ?? {}) as Record<string, { sid?: string }>;
  const frames: string[] = [];
  for (const [clientId, { sid }] of Object.entries(authorizations)) {
    const client = await oidc.provider.Client.find(clientId);
    const uri = client?.['frontchannel_logout_uri'] as string | undefined;
    if (!uri) continue;
    const url = new URL(uri);
    if (client?.['frontchannel_logout_session_required'] && sid) {
      url.searchParams.set('iss', oidc.provider.issuer);
      url.searchParams.set('sid', sid);
    }
    frames.push(url.href);
  }
  if (frames.length === 0) return;
  const next_ = ctx.response.get('location');
  ctx.status = 200;
  ctx.remove('location');
  ctx.type = 'html';
  ctx.body = frontChannelPage(pickLang(undefined), frames, next_);
}

export { errors };
