/** How the demo is wired to the sandbox (or, by configuration only, to the real services). */
export interface DemoConfig {
  /** The sandbox, e.g. `http://127.0.0.1:4010`; each service's base URL is derived from it. */
  sandboxOrigin: string;
  /**
   * The demo's own origin as the browser sees it, e.g. `http://127.0.0.1:4020`, or the public origin
   * (`https://demo.example.no`) when it runs behind a proxy that terminates TLS.
   */
  origin: string;
  /**
   * Whether the peer is a reverse proxy whose `X-Forwarded-Proto` and `X-Forwarded-For` are believed.
   * Off by default: without a proxy in front, anyone could send those headers.
   */
  trustProxy: boolean;
  /** Cookie names: with the `__Host-` prefix when served over https, so no subdomain can set or shadow them. */
  cookies: { session: string; lang: string; scheme: string; csrf: string };
  idporten: {
    issuer: string;
    clientId: string;
    clientSecret: string;
    /** Level of assurance the service asks for. */
    acr: 'substantial' | 'high';
  };
  /**
   * The demo's backend proves which organisation it is with Maskinporten when it reads the register's
   * roles, asks Altinn for consent and fetches the tax certificate.
   */
  maskinporten: {
    issuer: string;
    /** The scope of Enhetsregisteret's authorised roles API (the sandbox's own name for it). */
    rolesScope: string;
    /** Altinn's scopes for creating and reading consent requests. */
    consentScopes: readonly string[];
    /** The tax certificate provider's scope (the sandbox's own name for it); the token also carries the consent. */
    taxCertificateScope: string;
  };
  adresserBaseUrl: string;
  /** Enhetsregisteret's origin, for `@felles/client-enhetsregisteret` (open and authorised APIs). */
  enhetsregisterBaseUrl: string;
  /** Enhetsregisteret's open API as `<felles-organisation-lookup>` in the browser asks it. */
  organisationLookupUrl: string;
  /** A consent store shaped like Altinn's (`/samtykke/api/v1`): decisions made in the demo's own dialog, the list, withdrawal. */
  samtykkeBaseUrl: string;
  /** Altinn's platform, where the enterprise consent API is; `viewUri` pages must be on its origin. */
  altinnPlatform: string;
  /** The tax certificate provider (skatteattest). */
  taxCertificateBaseUrl: string;
  /** Send cookies with `Secure` (when served over https). */
  secureCookies: boolean;
}

export const defaultSandboxOrigin = 'http://127.0.0.1:4010';
export const defaultPort = 4020;
export const defaultHost = '127.0.0.1';

/**
 * The sandbox's demo client. Its secret is a sandbox secret, public on purpose; against the real
 * ID-porten the client id and secret come from the environment.
 */
export const sandboxDemoClient = { clientId: 'felles-demo', clientSecret: 'felles-demo-sandbox-secret' };

/**
 * A public origin as configured: an http(s) URL with nothing after the host and port, returned as
 * its origin. Anything else is refused at start rather than producing wrong redirect URIs later.
 */
export function parsePublicOrigin(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`The public origin "${value}" is not a URL: use e.g. https://demo.example.no`);
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password || url.search || url.hash || url.pathname !== '/') {
    throw new Error(`The public origin "${value}" must be http(s)://host[:port] with no path, query or credentials.`);
  }
  return url.origin;
}

/** Cookie names: with the `__Host-` prefix over https, which needs Secure, Path=/ and no Domain, as every demo cookie is sent there. */
export function cookieNames(secure: boolean): DemoConfig['cookies'] {
  const prefix = secure ? '__Host-' : '';
  return {
    session: `${prefix}felles-demo-session`,
    lang: `${prefix}felles-demo-lang`,
    scheme: `${prefix}felles-demo-scheme`,
    csrf: `${prefix}felles-demo-csrf`,
  };
}

export function configFor(input: {
  sandboxOrigin: string;
  /** The origin the demo listens on; a `publicOrigin` takes its place when given. */
  origin: string;
  publicOrigin?: string | undefined;
  trustProxy?: boolean | undefined;
  clientId?: string | undefined;
  clientSecret?: string | undefined;
  acr?: 'substantial' | 'high' | undefined;
}): DemoConfig {
  const sandbox = input.sandboxOrigin.replace(/\/+$/, '');
  const origin = input.publicOrigin ? parsePublicOrigin(input.publicOrigin) : input.origin;
  const secure = origin.startsWith('https:');
  return {
    sandboxOrigin: sandbox,
    origin,
    trustProxy: input.trustProxy ?? false,
    cookies: cookieNames(secure),
    idporten: {
      issuer: `${sandbox}/idporten`,
      clientId: input.clientId ?? sandboxDemoClient.clientId,
      clientSecret: input.clientSecret ?? sandboxDemoClient.clientSecret,
      acr: input.acr ?? 'substantial',
    },
    maskinporten: {
      issuer: `${sandbox}/maskinporten/`,
      rolesScope: 'felles:sandbox.enhetsregisteret.roller',
      consentScopes: ['altinn:consentrequests.write', 'altinn:consentrequests.read'],
      taxCertificateScope: 'felles:sandbox.skatteattest',
    },
    adresserBaseUrl: `${sandbox}/adresser/v1`,
    enhetsregisterBaseUrl: sandbox,
    organisationLookupUrl: `${sandbox}/enhetsregisteret/api`,
    samtykkeBaseUrl: `${sandbox}/samtykke/api/v1`,
    altinnPlatform: sandbox,
    taxCertificateBaseUrl: `${sandbox}/skatteetaten/api/skatteattest/v1`,
    secureCookies: secure,
  };
}
