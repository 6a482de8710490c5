/** Maskinporten's issuers. The trailing slash is part of the issuer and of every grant's `aud`. */
export const maskinportenIssuers = {
  /** Digdir's test environment. */
  test: 'https://test.maskinporten.no/',
  production: 'https://maskinporten.no/',
} as const;

export type MaskinportenEnvironment = keyof typeof maskinportenIssuers;
