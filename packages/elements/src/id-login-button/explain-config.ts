import type { ButtonConfig, ConfigProblem } from './check-config.js';

/** The console's explanation of a configuration problem; loaded only when there is one. */
export function explainConfig(problem: ConfigProblem, config: ButtonConfig, origin: string): string {
  const explanations: Record<ConfigProblem, string> = {
    'missing-target': "set href (the service's login endpoint) or issuer, client-id and redirect-uri (a public client).",
    'unsafe-href': `href must be an http(s) URL of the service's login endpoint, not "${config.href}".`,
    'unsafe-logout-href': `logout-href must be an http(s) URL of the service's logout endpoint, not "${config.logoutHref}".`,
    'insecure-issuer': `issuer must be an https URL (http only on loopback, for the sandbox), not "${config.issuer}".`,
    'missing-client-id': 'client-id is required with issuer.',
    'missing-redirect-uri': 'redirect-uri is required with issuer.',
    'redirect-origin': `redirect-uri must be on this page's origin (${origin}), not "${config.redirectUri}": the login can only be completed where it started.`,
  };
  return `<felles-id-login-button> is misconfigured (${problem}): ${explanations[problem]}`;
}
