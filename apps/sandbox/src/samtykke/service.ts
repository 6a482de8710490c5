import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { consentIdSchema, consentRequestInputSchema, partyUrnSchema } from '@felles/client-samtykke';
import * as v from 'valibot';
import { readBody, sendJson } from '../http-util.js';
import type { SandboxContext, SandboxService, ServiceFactory } from '../types.js';
import { seeds } from './seed.js';
import { consentViewPath, shareConsentStore } from './shared.js';
import { ConsentStore, actionFingerprint, createFingerprint, type ConsentAction, type Outcome } from './store.js';

export const consentPrefix = '/samtykke/api/v1';

export interface ConsentServiceOptions {
  /** The clock for timestamps and expiry; tests move it. */
  now?: () => Date;
  /** Leave out the seeded requests. */
  seed?: boolean;
}

const route = /^\/consentrequests(?:\/([^/]+)(?:\/(accept|reject|revoke))?)?\/?$/u;
const day = 86_400_000;

/**
 * A consent API shaped like Altinn 3's consent requests, under `/samtykke/api/v1`:
 *
 * - `POST /consentrequests` creates (Altinn's request JSON, plus optional `texts`)
 * - `GET /consentrequests?from=<urn>` (or `to=`) lists, `GET /consentrequests/{id}` reads
 * - `POST /consentrequests/{id}/accept|reject|revoke` decides or withdraws
 *
 * Every change is journalled to `<dataDir>/samtykke/consents.jsonl` with fsync before it is
 * answered, and replayed at start. `Idempotency-Key` is honoured on every POST.
 */
export function createConsentService(options: ConsentServiceOptions = {}): ServiceFactory {
  return (ctx: SandboxContext): SandboxService => {
    const now = options.now ?? (() => new Date());
    const viewUri = (id: string) => `${ctx.origin}${consentViewPath}?id=${id}`;
    const store = new ConsentStore(join(ctx.dataDir, 'samtykke', 'consents.jsonl'), now, viewUri);
    if (options.seed !== false) seed(store, now());
    shareConsentStore(ctx, store);

    return {
      name: 'samtykke',
      prefix: consentPrefix,
      close: () => store.close(),
      async handle(req, res, url) {
        const match = route.exec(url.pathname.slice(consentPrefix.length));
        if (!match) return sendJson(res, 404, { status: 404, message: `Nothing at ${url.pathname}` });
        const [, id, action] = match as unknown as [string, string | undefined, ConsentAction | undefined];
        const method = req.method ?? 'GET';

        if (id !== undefined && !v.is(consentIdSchema, id)) {
          return sendJson(res, 400, { status: 400, message: 'A consent request id is a UUID' });
        }
        if (!id) {
          if (method === 'GET') return list(store, url, res);
          if (method === 'POST') return create(store, now, req, res);
          return notAllowed(res, 'GET, POST');
        }
        if (!action) return method === 'GET' ? read(store, id, res) : notAllowed(res, 'GET');
        if (method !== 'POST') return notAllowed(res, 'POST');
        const key = idempotencyKey(req, res);
        if (key === null) return;
        send(res, store.replay(key, actionFingerprint(id, action)) ?? store.act(id, action, key));
      },
    };
  };
}

export const consentService = createConsentService();

/** Puts the seeded requests in the journal on the first start, so they too survive restarts unchanged. */
function seed(store: ConsentStore, now: Date): void {
  for (const { request, validForDays, history } of seeds) {
    if (store.has(request.id)) continue;
    store.create({ ...request, validTo: new Date(now.getTime() + validForDays * day).toISOString() });
    for (const action of history) store.act(request.id, action);
  }
}

function read(store: ConsentStore, id: string, res: ServerResponse): void {
  const request = store.view(id);
  if (!request) return sendJson(res, 404, { status: 404, message: `No consent request ${id}` });
  sendJson(res, 200, request);
}

function list(store: ConsentStore, url: URL, res: ServerResponse): void {
  const filter: { from?: string; to?: string } = {};
  for (const name of ['from', 'to'] as const) {
    const value = url.searchParams.get(name);
    if (value === null) continue;
    if (!v.is(partyUrnSchema, value)) {
      return sendJson(res, 400, { status: 400, message: `"${name}" must be a person or organisation URN with valid check digits` });
    }
    filter[name] = value;
  }
  if (!filter.from && !filter.to) {
    return sendJson(res, 400, { status: 400, message: 'Say whose requests: ?from=<party URN> or ?to=<organisation URN>' });
  }
  sendJson(res, 200, { consentRequests: store.list(filter) });
}

async function create(store: ConsentStore, now: () => Date, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const key = idempotencyKey(req, res);
  if (key === null) return;
  let body: unknown;
  try {
    body = JSON.parse(await readBody(req));
  } catch {
    return sendJson(res, 400, { status: 400, message: 'The body must be a JSON consent request' });
  }
  const result = v.safeParse(consentRequestInputSchema(now), body);
  if (!result.success) {
    const issues = result.issues.map((issue) => ({ path: v.getDotPath(issue) ?? '', message: issue.message }));
    return sendJson(res, 400, { status: 400, message: `Invalid consent request: ${issues[0]!.path} ${issues[0]!.message}`, issues });
  }
  const input = result.output;
  send(res, store.replay(key, createFingerprint(input)) ?? store.create(input, key));
}

/** The Idempotency-Key header, `undefined` when absent, or `null` when refused (and answered). */
function idempotencyKey(req: IncomingMessage, res: ServerResponse): string | undefined | null {
  const key = req.headers['idempotency-key'];
  if (key === undefined) return undefined;
  if (typeof key !== 'string' || key.length === 0 || key.length > 255) {
    sendJson(res, 400, { status: 400, message: 'Idempotency-Key must be one value of 1 to 255 characters' });
    return null;
  }
  return key;
}

function send(res: ServerResponse, outcome: Outcome): void {
  sendJson(res, outcome.status, outcome.body, outcome.replayed ? { 'idempotent-replayed': 'true' } : {});
}

function notAllowed(res: ServerResponse, allow: string): void {
  sendJson(res, 405, { status: 405, message: `Use ${allow}` }, { allow });
}
