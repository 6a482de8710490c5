/** What can be wrong with a button's configuration; each is a developer's mistake, told in the console. */
export type ConfigProblem =
  'missing-target' | 'unsafe-href' | 'unsafe-logout-href' | 'insecure-issuer' | 'missing-client-id' | 'missing-redirect-uri' | 'redirect-origin';

export interface ButtonConfig {
  href?: string | undefined;
  logoutHref?: string | undefined;
  issuer?: string | undefined;
  clientId?: string | undefined;
  redirectUri?: string | undefined;
}

/** A URL a link may point to: http(s) only, so `javascript:` and `data:` never reach an `href`. */
export function safeUrl(value: string | undefined, base: string): URL | undefined {
  try {
    const url = new URL(value ?? '', base);
    return /^https?:$/.test(url.protocol) ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The first problem with a configuration, or `undefined` when it can work. Kept small: the
 * explanations for the console are loaded only when there is a problem (explain-config.ts).
 */
export function checkConfig(config: ButtonConfig, base: string): ConfigProblem | undefined {
  if (config.href !== undefined && !safeUrl(config.href, base)) return 'unsafe-href';
  if (config.logoutHref !== undefined && !safeUrl(config.logoutHref, base)) return 'unsafe-logout-href';
  if (config.href !== undefined) return undefined;
  if (config.issuer === undefined) return 'missing-target';
  const issuer = safeUrl(config.issuer, base);
  if (!issuer || (issuer.protocol === 'http:' && !/^(127\.0\.0\.1|localhost|\[::1\])$/.test(issuer.hostname))) return 'insecure-issuer';
  if (!config.clientId) return 'missing-client-id';
  if (!config.redirectUri) return 'missing-redirect-uri';
  if (safeUrl(config.redirectUri, base)?.origin !== new URL(base).origin) return 'redirect-origin';
  return undefined;
}
