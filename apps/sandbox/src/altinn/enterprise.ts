import type { IncomingMessage, ServerResponse } from 'node:http';
import { consentIdSchema, consentRequestInputSchema, organizationUrn, type ConsentRequest } from '@felles/client-samtykke';
import * as v from 'valibot';
import { readBody, sendJson } from '../http-util.js';
import type { TokenCheck } from '../maskinporten/access-token.js';
import { sandboxScopes } from '../maskinporten/service.js';
import type { ConsentStore } from '../samtykke/store.js';

export const enterprisePath = '/accessmanagement/api/v1/enterprise/consentrequests';

/** An error as Altinn's APIs answer them: RFC 9457 problem details. */
export function problem(res: ServerResponse, status: number, title: string, detail: string, extra: Record<string, unknown> = {}): void {
  const headers: Record<string, string> = { 'content-type': 'application/problem+json; charset=utf-8' };
  if (status === 401) headers['www-authenticate'] = 'Bearer';
  sendJson(res, status, { title, status, detail, ...extra }, headers);
}

/** Altinn's JSON has no `status`: a reader works it out from the events and `validTo`. */
function asAltinnSends(request: ConsentRequest): Omit<ConsentRequest, 'status'> {
  const { status: _status, ...rest } = request;
  return rest;
}

/**
 * Altinn's enterprise consent requests for a requester's backend, at Altinn's path:
 * `POST {enterprisePath}` creates (scope `altinn:consentrequests.write`), `GET {enterprisePath}/{id}`
 * reads (`altinn:consentrequests.read`). The requester is the token's organisation: it may only ask
 * for consent to itself (`to`) and read its own requests.
 */
export async function handleEnterprise(
  req: IncomingMessage,
  res: ServerResponse,
  rest: string,
  check: (req: IncomingMessage, scope: string) => Promise<TokenCheck>,
  store: ConsentStore | undefined,
): Promise<void> {
  const id = /^\/?$/.test(rest) ? undefined : /^\/([^/]+)\/?$/.exec(rest)?.[1];
  if (id === undefined && !/^\/?$/.test(rest)) return problem(res, 404, 'Not Found', `Nothing at ${enterprisePath}${rest}`);
  const method = req.method ?? 'GET';
  if (id === undefined && method !== 'POST') return problem(res, 405, 'Method Not Allowed', 'Create a consent request with POST.');
  if (id !== undefined && method !== 'GET') return problem(res, 405, 'Method Not Allowed', 'Read a consent request with GET.');

  const scope = method === 'POST' ? sandboxScopes.consentWrite : sandboxScopes.consentRead;
  const checked = await check(req, scope);
  if (!checked.ok) return problem(res, checked.status, checked.status === 401 ? 'Unauthorized' : 'Forbidden', checked.message);
  if (!store) return problem(res, 503, 'Service Unavailable', 'The consent store is not running in this sandbox.');
  const requester = organizationUrn(checked.token.orgnr);

  if (id !== undefined) {
    if (!v.is(consentIdSchema, id)) return problem(res, 400, 'Bad Request', 'A consent request id is a UUID.');
    const request = store.view(id);
    // Another organisation's request is answered as one that does not exist.
    if (!request || request.to !== requester) return problem(res, 404, 'Not Found', `No consent request ${id} made by ${requester}.`);
    return sendJson(res, 200, asAltinnSends(request));
  }

  let body: unknown;
  try {
    body = JSON.parse(await readBody(req));
  } catch {
    return problem(res, 400, 'Bad Request', 'The body must be a JSON consent request.');
  }
  const parsed = v.safeParse(
    consentRequestInputSchema(() => new Date()),
    body,
  );
  if (!parsed.success) {
    const errors = parsed.issues.map((issue) => ({ path: v.getDotPath(issue) ?? '', message: issue.message }));
    return problem(res, 400, 'Bad Request', `Invalid consent request: ${errors[0]!.path} ${errors[0]!.message}`, { errors });
  }
  if (parsed.output.to !== requester) {
    return problem(res, 403, 'Forbidden', `A requester asks for consent to itself: "to" must be ${requester}, the organisation of the token.`);
  }
  const outcome = store.create(parsed.output);
  if (outcome.status === 409) {
    const current = (outcome.body as { current: ConsentRequest }).current;
    return problem(res, 409, 'Conflict', `Consent request ${parsed.output.id} already exists with other content.`, {
      current: asAltinnSends(current),
    });
  }
  sendJson(res, outcome.status, asAltinnSends(outcome.body as ConsentRequest));
}
