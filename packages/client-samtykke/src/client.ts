import { createHttpClient, invalidRequest, parse, type ClientOptions, type HttpRequest, type RequestOptions } from '@felles/client-core';
import { checkId, checkKey, checkSubject } from './checks.js';
import { ConsentConflictError } from './errors.js';
import { consentRequestInputSchema } from './input-schemas.js';
import { conflictBodySchema, consentRequestListSchema, consentRequestSchema } from './schemas.js';
import { consentStatus } from './status.js';
import type { ConsentDecision, ConsentRequest, ConsentRequestInput } from './types.js';

export interface ConsentClientOptions extends ClientOptions {
  /** The clock `validTo` is judged by; tests freeze it. */
  now?: () => Date;
}

export interface DecideOptions extends RequestOptions {
  /**
   * The same key for every attempt at one decision, also across page reloads: the server records
   * a decision once per key and answers a repeat with the first answer.
   */
  idempotencyKey: string;
}

export interface RevokeOptions extends RequestOptions {
  /** Defaults to a fresh key, so this call's own retries are safe. */
  idempotencyKey?: string;
}

/** What a person (or their browser) does with requests made to them. */
export interface ConsentDecisionClient {
  /** One request, with its events and status. */
  getRequest(id: string, options?: RequestOptions): Promise<ConsentRequest>;
  /**
   * Records the person's decision. Throws `ConsentConflictError` (409, with `current`) when a
   * different decision was recorded first or the request has expired.
   */
  decide(id: string, decision: ConsentDecision, options: DecideOptions): Promise<ConsentRequest>;
  /** Withdraws an accepted consent. */
  revoke(id: string, options?: RevokeOptions): Promise<ConsentRequest>;
  /** Every request made to a person or organisation (a party URN). */
  listForSubject(subject: string, options?: RequestOptions): Promise<ConsentRequest[]>;
}

/** Everything, including what only a requester's backend does: creating requests. */
export interface ConsentClient extends ConsentDecisionClient {
  /** Asks for consent. Sending the same request (same id) again is harmless. */
  createRequest(request: ConsentRequestInput, options?: RequestOptions): Promise<ConsentRequest>;
}

interface Transport {
  now: () => Date;
  send(req: HttpRequest<unknown>): Promise<ConsentRequest>;
  withStatus: (request: Omit<ConsentRequest, 'status'> & { status?: ConsentRequest['status'] | undefined }) => ConsentRequest;
  http: ReturnType<typeof createHttpClient>;
}

function transport(options: ConsentClientOptions): Transport {
  const http = createHttpClient(options);
  const now = options.now ?? (() => new Date());
  const withStatus: Transport['withStatus'] = (request) => ({ ...request, status: request.status ?? consentStatus(request, now()) });
  return {
    http,
    now,
    withStatus,
    /** Sends, and turns a 409 into a `ConsentConflictError` carrying the current state. */
    async send(req) {
      const response = await http.request({ ...req, accept: (status) => status === 409 });
      if (response.status === 409) {
        const body = parse(conflictBodySchema, response.data, 'response');
        throw new ConsentConflictError(withStatus(body.current), response.data, response.headers);
      }
      return withStatus(parse(consentRequestSchema, response.data, 'response'));
    },
  };
}

const pathOf = (id: string) => `consentrequests/${checkId(id)}`;

function decisionMethods({ http, send, withStatus }: Transport): ConsentDecisionClient {
  return {
    async getRequest(id, requestOptions) {
      return send({ ...requestOptions, path: pathOf(id) });
    },

    async decide(id, decision, { idempotencyKey, ...rest } = {} as DecideOptions) {
      if (decision !== 'accept' && decision !== 'reject') invalidRequest('decision', 'must be "accept" or "reject"');
      return send({ ...rest, method: 'POST', path: `${pathOf(id)}/${decision}`, idempotencyKey: checkKey(idempotencyKey) });
    },

    async revoke(id, { idempotencyKey = crypto.randomUUID(), ...rest } = {}) {
      return send({ ...rest, method: 'POST', path: `${pathOf(id)}/revoke`, idempotencyKey: checkKey(idempotencyKey) });
    },

    async listForSubject(subject, requestOptions) {
      const query = { from: checkSubject(subject) };
      const list = await http.get('consentrequests', { ...requestOptions, query, schema: consentRequestListSchema });
      return list.consentRequests.map(withStatus);
    },
  };
}

/**
 * The person's side of a consent API shaped like Altinn 3's consent requests: read, decide,
 * withdraw, list. Small enough for a browser: it leaves out the checks only `createRequest` needs.
 */
export function createConsentDecisionClient(options: ConsentClientOptions): ConsentDecisionClient {
  return decisionMethods(transport(options));
}

/**
 * A client for a consent API shaped like Altinn 3's consent requests (the sandbox's
 * `/samtykke/api/v1`, or a service's own store). Every identifier and date is checked before a
 * request leaves; a wrong one is a `FellesValidationError` with source `request`.
 */
export function createConsentClient(options: ConsentClientOptions): ConsentClient {
  const t = transport(options);
  return {
    ...decisionMethods(t),
    async createRequest(request, requestOptions) {
      const body = parse(consentRequestInputSchema(t.now), request, 'request');
      // The request id doubles as the idempotency key: Altinn treats a repeat of an id as the same request.
      return t.send({ ...requestOptions, method: 'POST', path: 'consentrequests', body, idempotencyKey: body.id });
    },
  };
}
