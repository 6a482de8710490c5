/*
 * The public-client mode, loaded with import() only when a button has `issuer`: pages that use `href`
 * (the recommended backend login) never download the OpenID Connect client or this code.
 */
import { createIdportenBrowserClient, type IdportenBrowserClient, type IdportenLocale } from '@felles/client-idporten/browser';
import { FellesLoggedInEvent, FellesLoginErrorEvent } from './public-events.js';

export interface PublicClientConfig {
  issuer: string;
  clientId: string;
  redirectUri: string;
  postLogoutRedirectUri?: string | undefined;
}

/** What the button gives this module: its configuration and ways to show progress. */
export interface PublicClientHost {
  element: HTMLElement;
  config: PublicClientConfig;
  lang: IdportenLocale;
  level: 'substantial' | 'high' | undefined;
  /** The page is a callback: show "Logger inn …". */
  completing(): void;
  /** Done; logged in as `name` (possibly unknown), or `undefined` when not logged in. */
  done(name: string | undefined | null): void;
  fail(): void;
}

// One client per issuer and client id for the life of the page, so its in-memory login outlives re-renders.
const clients = new Map<string, IdportenBrowserClient>();

function browserClient(config: PublicClientConfig): IdportenBrowserClient {
  const key = `${config.issuer} ${config.clientId} ${config.redirectUri}`;
  let client = clients.get(key);
  if (!client) {
    client = createIdportenBrowserClient(config);
    clients.set(key, client);
  }
  return client;
}

/** Removes the callback's parameters from the address bar, so a reload or a shared link cannot replay them. */
function forgetCallbackUrl(): void {
  const url = new URL(location.href);
  for (const name of ['code', 'state', 'iss', 'error', 'error_description']) url.searchParams.delete(name);
  history.replaceState(history.state, '', url.href);
}

export async function run(step: 'resume' | 'login' | 'logout', host: PublicClientHost, form?: HTMLFormElement): Promise<void> {
  try {
    const client = browserClient(host.config);
    if (step === 'login') {
      await client.login({ acr: host.level, uiLocales: [host.lang] });
    } else if (step === 'logout') {
      // ID-porten recommends a POST to its end_session_endpoint: the button's own form, re-aimed.
      const request = await client.createLogout({ uiLocales: [host.lang] });
      form!.action = request.endpoint;
      form!.replaceChildren(
        ...Object.entries(request.params).map(([name, value]) => Object.assign(document.createElement('input'), { type: 'hidden', name, value })),
      );
      form!.submit();
    } else {
      if (!client.session) {
        if (!client.isCallback()) return host.done(undefined);
        host.completing();
        await client.handleCallback().finally(forgetCallbackUrl);
      }
      const info = await client.userinfo().catch(() => undefined);
      host.done(info?.name ?? null);
      host.element.dispatchEvent(new FellesLoggedInEvent({ claims: client.session!.claims, name: info?.name }));
    }
  } catch (error) {
    console.error('<felles-id-login-button>: the login failed', error);
    host.fail();
    host.element.dispatchEvent(new FellesLoginErrorEvent(error));
  }
}
