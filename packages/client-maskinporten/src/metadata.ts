import { createHttpClient, type RequestOptions } from '@felles/client-core';
import * as v from 'valibot';

const metadataSchema = v.looseObject({
  issuer: v.string(),
  token_endpoint: v.pipe(v.string(), v.url()),
  jwks_uri: v.optional(v.string()),
});

/** The part of Maskinporten's `/.well-known/oauth-authorization-server` document the client uses. */
export type MaskinportenMetadata = v.InferOutput<typeof metadataSchema>;

/** `{issuer}.well-known/oauth-authorization-server`; the issuer ends in a slash, so the path is appended. */
export function metadataUrl(issuer: string): string {
  return `${issuer.endsWith('/') ? issuer : `${issuer}/`}.well-known/oauth-authorization-server`;
}

/**
 * Reads the metadata and checks that it speaks for the issuer asked for, so a misconfigured URL cannot
 * point grants (and their `aud`) at another server.
 */
export async function fetchMetadata(issuer: string, options: RequestOptions): Promise<MaskinportenMetadata> {
  const url = new URL(metadataUrl(issuer));
  const http = createHttpClient({ ...options, baseUrl: url.origin });
  const metadata = await http.get(url.pathname, { schema: metadataSchema });
  if (metadata.issuer !== issuer) {
    throw new TypeError(`The metadata at ${url.href} names the issuer ${metadata.issuer}, not ${issuer}.`);
  }
  return metadata;
}
