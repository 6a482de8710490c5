import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createIdportenClient, type ClientAuthentication, type IdportenClientOptions } from '@felles/client-idporten';
import { startSandbox, type RunningSandbox } from '../../index.js';
import { privateKeyJwtTestLabel, sandboxClientSecrets } from '../clients.js';
import { derivedTestKey } from '../keys.js';
import { idportenService } from '../service.js';

/** A sandbox with only the OpenID provider, on a free port. */
export function startIdportenSandbox(): Promise<RunningSandbox> {
  return startSandbox({ port: 0, services: [idportenService], dataDir: mkdtempSync(join(tmpdir(), 'idporten-')) });
}

/** The client authentication of each confidential test client in clients.ts. */
export const testClientAuth: Record<string, ClientAuthentication> = {
  'felles-test-post': { method: 'client_secret_post', clientSecret: sandboxClientSecrets.test },
  'felles-test-basic': { method: 'client_secret_basic', clientSecret: sandboxClientSecrets.test },
  'felles-test-jwt': { method: 'private_key_jwt', privateKey: derivedTestKey(privateKeyJwtTestLabel).privateJwk },
};

/** A backend client for one of the sandbox's test clients; the callback port is arbitrary (native loopback client). */
export function testClient(origin: string, clientId = 'felles-test-post', extra: Partial<IdportenClientOptions> = {}) {
  return createIdportenClient({
    issuer: `${origin}/idporten`,
    clientId,
    redirectUri: 'http://127.0.0.1:4999/auth/callback',
    postLogoutRedirectUri: 'http://127.0.0.1:4999/auth/logged-out',
    clientAuth: testClientAuth[clientId] as ClientAuthentication,
    ...extra,
  });
}
