import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from '../index.js';
import { idportenService } from './service.js';

/**
 * What ID-porten's published metadata (test.idporten.no and idporten.no)
 * says, from Digdir's documentation: a client written against the sandbox
 * must find the same endpoints and values there.
 */
const idporten = {
  paths: {
    authorization_endpoint: '/authorize',
    token_endpoint: '/token',
    userinfo_endpoint: '/userinfo',
    jwks_uri: '/jwks.json',
    end_session_endpoint: '/logout',
    revocation_endpoint: '/token/revoke',
    pushed_authorization_request_endpoint: '/par',
  },
  response_types_supported: ['code'],
  code_challenge_methods_supported: ['S256'],
  acr_values_supported: ['idporten-loa-substantial', 'idporten-loa-high'],
  ui_locales_supported: ['nb', 'nn', 'en', 'se'],
  scopes_supported: ['openid', 'profile'],
  id_token_signing_alg_values_supported: ['RS256'],
  token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post', 'private_key_jwt', 'none'],
  subject_types_supported: ['public', 'pairwise'],
  response_modes_supported: ['query', 'form_post'],
  claims: ['sub', 'pid', 'acr', 'amr', 'locale', 'sid', 'auth_time'],
};

let sandbox: RunningSandbox;
let metadata: Record<string, unknown>;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, services: [idportenService], dataDir: mkdtempSync(join(tmpdir(), 'idporten-')) });
  const response = await fetch(`${sandbox.origin}/idporten/.well-known/openid-configuration`);
  expect(response.status).toBe(200);
  metadata = (await response.json()) as Record<string, unknown>;
});

afterAll(() => sandbox.close());

describe('sandbox ID-porten discovery', () => {
  it('has the issuer under the /idporten prefix', () => {
    expect(metadata.issuer).toBe(`${sandbox.origin}/idporten`);
  });

  it("has ID-porten's endpoints, below the issuer", () => {
    for (const [name, path] of Object.entries(idporten.paths)) {
      expect(metadata[name], name).toBe(`${sandbox.origin}/idporten${path}`);
    }
  });

  it.each([
    'response_types_supported',
    'code_challenge_methods_supported',
    'acr_values_supported',
    'ui_locales_supported',
    'scopes_supported',
    'id_token_signing_alg_values_supported',
    'subject_types_supported',
    'response_modes_supported',
  ] as const)('%s is exactly what ID-porten offers', (key) => {
    expect([...(metadata[key] as string[])].sort()).toEqual([...idporten[key]].sort());
  });

  it('offers every client authentication ID-porten offers', () => {
    expect(metadata.token_endpoint_auth_methods_supported).toEqual(expect.arrayContaining(idporten.token_endpoint_auth_methods_supported));
  });

  it("names ID-porten's claims", () => {
    expect(metadata.claims_supported).toEqual(expect.arrayContaining(idporten.claims));
  });

  it('supports iss in the authorization response and front-channel logout with session', () => {
    expect(metadata.authorization_response_iss_parameter_supported).toBe(true);
    expect(metadata.frontchannel_logout_supported).toBe(true);
    expect(metadata.frontchannel_logout_session_supported).toBe(true);
  });

  it('offers neither implicit nor hybrid flows', () => {
    expect(metadata.grant_types_supported).not.toContain('implicit');
    expect(metadata.response_types_supported).toEqual(['code']);
  });
});
