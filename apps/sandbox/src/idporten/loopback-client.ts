import type Provider from 'oidc-provider';
import type { SandboxClient } from './clients.js';

/**
 * A client for your own app on this machine: public (no secret, PKCE only), and any
 * `http://localhost:<port>/<path>`, `http://127.0.0.1:<port>/<path>` or `http://[::1]:<port>/<path>`
 * is a valid redirect URI, so an app on any port can log in without registering anything.
 * Nothing else is: an https URL or another host is refused, as an unregistered URI at ID-porten.
 */
export const loopbackClientId = 'localhost-app';

export const loopbackClient: SandboxClient = {
  client_id: loopbackClientId,
  client_name: 'Your app on localhost',
  token_endpoint_auth_method: 'none',
  // native: oidc-provider then accepts http loopback URIs at all; the check below widens them to any path.
  application_type: 'native',
  // Redirects span several hosts, which pairwise subjects would need a sector identifier for.
  subject_type: 'public',
  redirect_uris: ['http://127.0.0.1/callback', 'http://localhost/callback'],
  post_logout_redirect_uris: ['http://127.0.0.1/', 'http://localhost/'],
};

const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** An http URL on a loopback host, any port and path, with no credentials and no fragment. */
export function isLoopbackRedirectUri(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return url.protocol === 'http:' && loopbackHosts.has(url.hostname) && !url.username && !url.password && !value.includes('#');
}

/** Lets the loopback client use any loopback redirect URI (and post-logout URI); other clients are unchanged. */
export function allowAnyLoopbackRedirect(provider: Provider): void {
  type Check = (this: { clientId: string }, value: string) => boolean;
  const proto = provider.Client.prototype as unknown as { redirectUriAllowed: Check; postLogoutRedirectUriAllowed: Check };
  for (const method of ['redirectUriAllowed', 'postLogoutRedirectUriAllowed'] as const) {
    const original = proto[method];
    proto[method] = function (this: { clientId: string }, value: string) {
      if (this.clientId === loopbackClientId) return isLoopbackRedirectUri(value);
      return original.call(this, value);
    };
  }
}
