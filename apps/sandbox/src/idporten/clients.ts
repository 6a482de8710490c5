import { derivedTestKey } from './keys.js';

/**
 * Every client the sandbox's ID-porten knows, in the shape of OpenID Connect
 * client metadata (as registered in Digdir's self-service for real ID-porten).
 * Secrets here are sandbox-only and public on purpose.
 *
 * Subjects are pairwise like ID-porten's, except where a client's redirect
 * URIs span two hosts (127.0.0.1 and localhost), which would need a sector
 * identifier; those get public subjects.
 */

/** Label from which the private_key_jwt test client's key pair is derived (see keys.ts). */
export const privateKeyJwtTestLabel = 'felles-sandbox: private_key_jwt test client';

export const sandboxClientSecrets = {
  demo: 'felles-demo-sandbox-secret',
  test: 'felles-test-sandbox-secret',
} as const;

/** Client metadata plus the two front-channel logout fields ID-porten registers. */
export interface SandboxClient {
  client_id: string;
  client_name: string;
  client_secret?: string;
  token_endpoint_auth_method: 'client_secret_basic' | 'client_secret_post' | 'private_key_jwt' | 'none';
  token_endpoint_auth_signing_alg?: string;
  /** `native` clients may use any port on 127.0.0.1 (RFC 8252), which tests on random ports need. */
  application_type?: 'web' | 'native';
  subject_type: 'pairwise' | 'public';
  redirect_uris: string[];
  post_logout_redirect_uris: string[];
  frontchannel_logout_uri?: string;
  frontchannel_logout_session_required?: boolean;
  jwks?: { keys: object[] };
}

/** Test clients accept any port on 127.0.0.1, so a test server can listen wherever it got a port. */
const testRedirects = {
  application_type: 'native',
  subject_type: 'pairwise',
  redirect_uris: ['http://127.0.0.1/auth/callback', 'http://127.0.0.1/'],
  post_logout_redirect_uris: ['http://127.0.0.1/', 'http://127.0.0.1/auth/logged-out'],
  // No front-channel logout: a URI without the test server's port would reach nothing.
} as const;

const browserTestRedirects = {
  application_type: 'native',
  subject_type: 'pairwise',
  redirect_uris: ['http://localhost/auth/callback', 'http://localhost/public'],
  post_logout_redirect_uris: ['http://localhost/auth/logged-out', 'http://localhost/public'],
} satisfies Partial<SandboxClient>;

export const sandboxClients: SandboxClient[] = [
  {
    // The demo service: a backend that keeps tokens in its own session. ID-porten's login page names
    // the service by this, so it is the demo's own name for itself.
    client_id: 'felles-demo',
    client_name: 'Start serveringssted',
    client_secret: sandboxClientSecrets.demo,
    token_endpoint_auth_method: 'client_secret_post',
    subject_type: 'pairwise',
    redirect_uris: ['http://127.0.0.1:4020/auth/callback'],
    post_logout_redirect_uris: ['http://127.0.0.1:4020/', 'http://127.0.0.1:4020/auth/logged-out'],
    frontchannel_logout_uri: 'http://127.0.0.1:4020/auth/frontchannel-logout',
    frontchannel_logout_session_required: true,
  },
  {
    // Storybook's stories of <felles-id-login-button> in public-client mode: no secret, PKCE only.
    client_id: 'felles-storybook',
    client_name: 'Felles Storybook',
    token_endpoint_auth_method: 'none',
    subject_type: 'public',
    redirect_uris: ['http://127.0.0.1:6006/iframe.html', 'http://localhost:6006/iframe.html', 'http://127.0.0.1:6006/', 'http://localhost:6006/'],
    post_logout_redirect_uris: [
      'http://127.0.0.1:6006/iframe.html',
      'http://localhost:6006/iframe.html',
      'http://127.0.0.1:6006/',
      'http://localhost:6006/',
    ],
  },
  {
    client_id: 'felles-test-basic',
    client_name: 'Felles test (client_secret_basic)',
    client_secret: sandboxClientSecrets.test,
    token_endpoint_auth_method: 'client_secret_basic',
    ...testRedirects,
    redirect_uris: [...testRedirects.redirect_uris],
    post_logout_redirect_uris: [...testRedirects.post_logout_redirect_uris],
  },
  {
    client_id: 'felles-test-post',
    client_name: 'Felles test (client_secret_post)',
    client_secret: sandboxClientSecrets.test,
    token_endpoint_auth_method: 'client_secret_post',
    ...testRedirects,
    redirect_uris: [...testRedirects.redirect_uris],
    post_logout_redirect_uris: [...testRedirects.post_logout_redirect_uris],
  },
  {
    client_id: 'felles-test-jwt',
    client_name: 'Felles test (private_key_jwt)',
    token_endpoint_auth_method: 'private_key_jwt',
    token_endpoint_auth_signing_alg: 'ES256',
    jwks: { keys: [derivedTestKey(privateKeyJwtTestLabel).publicJwk] },
    ...testRedirects,
    redirect_uris: [...testRedirects.redirect_uris],
    post_logout_redirect_uris: [...testRedirects.post_logout_redirect_uris],
  },
  {
    // A public browser client for tests of the browser login (tokens in memory only). Browser tests
    // run on http://localhost:<port>, and the login must stay on that site for its SameSite cookies.
    client_id: 'felles-test-public',
    client_name: 'Felles test (public client)',
    token_endpoint_auth_method: 'none',
    ...browserTestRedirects,
  },
  {
    // A service backend in browser tests, on http://localhost:<port>.
    client_id: 'felles-test-browser',
    client_name: 'Felles test (browser end to end)',
    client_secret: sandboxClientSecrets.test,
    token_endpoint_auth_method: 'client_secret_post',
    ...browserTestRedirects,
  },
];
