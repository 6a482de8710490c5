/** How the demo is wired to the sandbox (or, by configuration only, to the real services). */
export interface DemoConfig {
  /** The sandbox, e.g. `http://127.0.0.1:4010`; each service's base URL is derived from it. */
  sandboxOrigin: string;
  /** The demo's own origin as the browser sees it, e.g. `http://127.0.0.1:4020`. */
  origin: string;
  idporten: {
    issuer: string;
    clientId: string;
    clientSecret: string;
    /** Level of assurance the service asks for. */
    acr: 'substantial' | 'high';
  };
  adresserBaseUrl: string;
  enhetsregisterBaseUrl: string;
  samtykkeBaseUrl: string;
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

export function configFor(input: {
  sandboxOrigin: string;
  origin: string;
  clientId?: string | undefined;
  clientSecret?: string | undefined;
  acr?: 'substantial' | 'high' | undefined;
}): DemoConfig {
  const sandbox = input.sandboxOrigin.replace(/\/+$/, '');
  return {
    sandboxOrigin: sandbox,
    origin: input.origin,
    idporten: {
      issuer: `${sandbox}/idporten`,
      clientId: input.clientId ?? sandboxDemoClient.clientId,
      clientSecret: input.clientSecret ?? sandboxDemoClient.clientSecret,
      acr: input.acr ?? 'substantial',
    },
    adresserBaseUrl: `${sandbox}/adresser/v1`,
    enhetsregisterBaseUrl: sandbox,
    samtykkeBaseUrl: `${sandbox}/samtykke/api/v1`,
    secureCookies: input.origin.startsWith('https:'),
  };
}
