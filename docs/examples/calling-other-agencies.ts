/*
 * The backend examples of the page "Calling other agencies" (docs/calling-other-agencies.mdx), each the
 * smallest complete call. tools/calling-other-agencies-example.test.ts runs them against the sandbox.
 * Server code only: a Maskinporten key and its tokens never reach a browser.
 */
import { actingRoles, createEnhetsregisterClient } from '@felles/client-enhetsregisteret';
import { createMaskinportenClient, type MaskinportenClientOptions } from '@felles/client-maskinporten';
import { consentAuthorizationDetails, createEnterpriseConsentClient, type ConsentRequest } from '@felles/client-samtykke';

/** Where the service runs: the sandbox's origin in development, Digdir's and Altinn's test or production later. */
export interface Setup {
  /** 'test', 'production', or the sandbox's `${origin}/maskinporten/`. */
  maskinportenIssuer: MaskinportenClientOptions['issuer'];
  /** The integration's client id and private key (a JWK with `kid`), from Digdir's self-service. */
  clientId: string;
  key: MaskinportenClientOptions['key'];
  /** Enhetsregisteret: `https://data.brreg.no`, or the sandbox's origin. */
  registerUrl: string;
  /** Altinn: 'test' (TT02), 'production', or the sandbox's origin. */
  altinnPlatform: string;
  /** The tax certificate provider, e.g. the sandbox's `${origin}/skatteetaten/api/skatteattest/v1`. */
  taxCertificateUrl: string;
  scopes: { roles: string; taxCertificate: string };
}

// 1. Maskinporten: one client per integration; it caches each token until shortly before it expires.
export function maskinportenFor(setup: Setup) {
  return createMaskinportenClient({ issuer: setup.maskinportenIssuer, clientId: setup.clientId, key: setup.key });
}

// 2. Enhetsregisteret's authorised roles: who may act for the company (matched on the ID token's pid).
export async function mayActFor(setup: Setup, orgnr: string, pid: string): Promise<boolean> {
  const register = createEnhetsregisterClient({
    baseUrl: setup.registerUrl,
    authorisedTokenProvider: maskinportenFor(setup).tokenProvider({ scope: setup.scopes.roles }),
  });
  const roles = await register.getRoles(orgnr, { authorised: true });
  return roles.status === 'found' && actingRoles(roles.roller).some((rolle) => rolle.person?.fodselsnummer === pid);
}

// 3. Altinn's consent: create the request, send the person to viewUri, read the outcome on return.
export function altinnFor(setup: Setup) {
  return createEnterpriseConsentClient({
    platform: setup.altinnPlatform,
    tokenProvider: maskinportenFor(setup).tokenProvider({
      scope: ['altinn:consentrequests.write', 'altinn:consentrequests.read'],
    }),
  });
}

export async function askForConsent(setup: Setup, orgnr: string, requesterOrgnr: string, returnTo: string): Promise<string> {
  const id = crypto.randomUUID();
  const request = await altinnFor(setup).createRequest({
    id,
    from: `urn:altinn:organization:identifier-no:${orgnr}`,
    to: `urn:altinn:organization:identifier-no:${requesterOrgnr}`,
    validTo: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    consentRights: [{ action: ['consent'], resource: [{ type: 'urn:altinn:resource', value: 'skatteetaten-skatteattest' }] }],
    redirectUrl: `${returnTo}?consentId=${id}`,
  });
  return request.viewUri!; // Redirect the person's browser here.
}

// 4. The tax certificate with a consent token: Maskinporten issues it only for an accepted consent.
export async function taxCertificate(setup: Setup, consent: ConsentRequest, orgnr: string): Promise<unknown> {
  const { accessToken } = await maskinportenFor(setup).getToken({
    scope: setup.scopes.taxCertificate,
    authorizationDetails: consentAuthorizationDetails(consent),
  });
  const response = await fetch(`${setup.taxCertificateUrl}/enheter/${orgnr}`, { headers: { authorization: `Bearer ${accessToken}` } });
  if (!response.ok) throw new Error(`Tax certificate: ${response.status} ${JSON.stringify(await response.json())}`);
  return response.json();
}
