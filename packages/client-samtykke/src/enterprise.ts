import { FellesHttpError, createHttpClient, parse, type ClientOptions, type RequestOptions, type TokenProvider } from '@felles/client-core';
import * as v from 'valibot';
import { checkId } from './checks.js';
import { ConsentConflictError } from './errors.js';
import { consentRequestInputSchema } from './input-schemas.js';
import { consentRequestSchema } from './schemas.js';
import { consentStatus } from './status.js';
import type { ConsentRequest, ConsentRequestInput } from './types.js';

/** Altinn 3's platform, where the enterprise consent API lives. */
export const altinnPlatforms = {
  /** TT02, Altinn's test environment. */
  test: 'https://platform.tt02.altinn.no',
  production: 'https://platform.altinn.no',
} as const;

export type AltinnEnvironment = keyof typeof altinnPlatforms;

/** Altinn's path for consent requests made by an organisation (the requester). */
export const enterpriseConsentPath = 'accessmanagement/api/v1/enterprise/consentrequests';

export interface EnterpriseConsentClientOptions extends Omit<ClientOptions, 'baseUrl' | 'tokenProvider'> {
  /** `'test'` (TT02), `'production'`, or a platform URL such as the sandbox's origin. */
  platform: AltinnEnvironment | (string & {});
  /**
   * A Maskinporten token with `altinn:consentrequests.write` (create) and `altinn:consentrequests.read`
   * (read), e.g. `maskinporten.tokenProvider({ scope: ['altinn:consentrequests.write', 'altinn:consentrequests.read'] })`.
   */
  tokenProvider: TokenProvider;
  /** The clock `validTo` and the status are judged by; tests freeze it. */
  now?: () => Date;
}

/** A consent request as a requester sends it to Altinn: Altinn shows the texts of its resource registry. */
export type EnterpriseConsentRequestInput = Omit<ConsentRequestInput, 'texts'>;

/** What a requester's backend does at Altinn: ask for consent and read the answer. */
export interface EnterpriseConsentClient {
  /**
   * Creates the request; send the person to the answer's `viewUri`. Sending the same request (same id,
   * same content) again answers the stored one; other content under a used id is a `ConsentConflictError`.
   */
  createRequest(request: EnterpriseConsentRequestInput, options?: RequestOptions): Promise<ConsentRequest>;
  /** Reads a request this organisation made, with `status` worked out from its events and `validTo`. */
  getRequest(id: string, options?: RequestOptions): Promise<ConsentRequest>;
}

/**
 * Altinn refused the call: 401 (no or a bad Maskinporten token) or 403 (a scope is missing, or the
 * request is not this organisation's to make). `detail` is Altinn's own explanation.
 */
export class ConsentAccessError extends FellesHttpError {
  override readonly code: string;
  /** The `detail` of Altinn's problem details, when it sent one. */
  readonly detail?: string;

  constructor(status: 401 | 403, body: unknown, headers: Headers, url?: string) {
    super(status, body, headers, undefined, url);
    this.code = status === 401 ? 'unauthorized' : 'forbidden';
    const detail = (body as { detail?: unknown } | null)?.detail;
    if (typeof detail === 'string') {
      this.detail = detail;
      this.message = `${this.message}: ${detail}`;
    }
  }
}

const conflictSchema = v.object({ current: consentRequestSchema });

/**
 * The data consumer's side of Altinn 3's consent (the "Request consent" guide): create a consent request
 * and read its outcome at `{platform}/accessmanagement/api/v1/enterprise/consentrequests`, with a
 * Maskinporten token from `tokenProvider`. Runs on the service's backend: a browser never holds the
 * token. Input is checked before it leaves (`FellesValidationError`, source `request`); Altinn's answer
 * is checked for shape, and `status` is derived, since Altinn's JSON has none.
 *
 * @example
 * const maskinporten = createMaskinportenClient({ issuer: 'test', clientId, key });
 * const altinn = createEnterpriseConsentClient({
 *   platform: 'test',
 *   tokenProvider: maskinporten.tokenProvider({ scope: ['altinn:consentrequests.write', 'altinn:consentrequests.read'] }),
 * });
 * const { viewUri } = await altinn.createRequest({ id: crypto.randomUUID(), from, to, validTo, consentRights, redirectUrl });
 */
export function createEnterpriseConsentClient(options: EnterpriseConsentClientOptions): EnterpriseConsentClient {
  const { platform, now = () => new Date(), ...rest } = options;
  if (!options.tokenProvider) throw new TypeError('Altinn\'s enterprise API needs a Maskinporten token: give "tokenProvider".');
  const baseUrl = altinnPlatforms[platform as AltinnEnvironment] ?? platform;
  const http = createHttpClient({ ...rest, baseUrl });
  const inputSchema = consentRequestInputSchema(now);
  const withStatus = (request: v.InferOutput<typeof consentRequestSchema>): ConsentRequest => ({
    ...request,
    status: request.status ?? consentStatus(request, now()),
  });

  async function send(req: Parameters<typeof http.request>[0]): Promise<ConsentRequest> {
    const response = await http.request({ ...req, accept: (status) => status === 401 || status === 403 || status === 409 });
    if (response.status === 401 || response.status === 403) {
      throw new ConsentAccessError(response.status, response.data, response.headers, `${baseUrl}/${req.path}`);
    }
    if (response.status === 409) {
      const { current } = parse(conflictSchema, response.data, 'response');
      throw new ConsentConflictError(withStatus(current), response.data, response.headers);
    }
    return withStatus(parse(consentRequestSchema, response.data, 'response'));
  }

  return {
    async createRequest(request, requestOptions) {
      const { texts: _texts, ...body } = parse(inputSchema, request, 'request');
      // The id makes a repeat the same request, so a retry of the POST is safe.
      return send({ ...requestOptions, method: 'POST', path: `${enterpriseConsentPath}/`, body, idempotencyKey: body.id });
    },
    async getRequest(id, requestOptions) {
      return send({ ...requestOptions, path: `${enterpriseConsentPath}/${checkId(id)}` });
    },
  };
}

/**
 * The `authorization_details` that asks Maskinporten for a consent token carrying this consent, for
 * `@felles/client-maskinporten`'s `getToken({ scope, authorizationDetails })`.
 */
export function consentAuthorizationDetails(
  consent: Pick<ConsentRequest, 'id' | 'from'>,
): [{ type: 'urn:altinn:consent'; id: string; from: string }] {
  return [{ type: 'urn:altinn:consent', id: checkId(consent.id), from: consent.from }];
}
