import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import { readBody, sendJson } from './http-util.js';

/**
 * Faults a request can ask for, so tests and stories can show what users see
 * when a service misbehaves. Asked for per request with `?__fault=` or the
 * `x-felles-fault` header (comma-separated, e.g. `latency:800,429:3`), or
 * programmed for the next N requests to a service through `/__sandbox/faults`.
 */
export type Fault =
  | { kind: 'latency'; ms: number }
  | { kind: 'status'; status: 500 | 503 | 429; retryAfter?: number }
  | { kind: 'malformed' }
  | { kind: 'shape' }
  | { kind: 'timeout' }
  | { kind: 'network' };

export const faultQueryParam = '__fault';
export const faultHeader = 'x-felles-fault';

export class FaultSyntaxError extends Error {}

function parseOne(token: string): Fault {
  const [name = '', arg] = token.split(':', 2);
  const number = arg === undefined ? undefined : /^\d+$/.test(arg) ? Number(arg) : Number.NaN;
  if (Number.isNaN(number)) throw new FaultSyntaxError(`Fault "${token}" needs a whole number after ":"`);
  switch (name) {
    case 'latency':
      if (number === undefined) throw new FaultSyntaxError('Fault "latency" needs milliseconds, e.g. latency:800');
      return { kind: 'latency', ms: number };
    case '429':
      return { kind: 'status', status: 429, retryAfter: number ?? 1 };
    case '503':
      return number === undefined ? { kind: 'status', status: 503 } : { kind: 'status', status: 503, retryAfter: number };
    case '500':
    case 'malformed':
    case 'shape':
    case 'timeout':
    case 'network':
      if (number !== undefined) throw new FaultSyntaxError(`Fault "${name}" takes no argument`);
      return name === '500' ? { kind: 'status', status: 500 } : { kind: name };
    default:
      throw new FaultSyntaxError(`Unknown fault "${token}". Known: 500, 503[:s], 429[:s], malformed, shape, latency:ms, timeout, network`);
  }
}

export function parseFaults(spec: string): Fault[] {
  return spec
    .split(',')
    .map((token) => token.trim())
    .filter(Boolean)
    .map(parseOne);
}

/** Faults asked for by this request; removes `__fault` from `url` so services never see it. */
export function requestedFaults(req: IncomingMessage, url: URL): Fault[] {
  const specs = [...url.searchParams.getAll(faultQueryParam)];
  url.searchParams.delete(faultQueryParam);
  const header = req.headers[faultHeader];
  if (header) specs.push(...(Array.isArray(header) ? header : [header]));
  return specs.flatMap(parseFaults);
}

interface Programmed {
  service: string;
  fault: string;
  faults: Fault[];
  remaining: number;
}

/** Faults programmed for the next N requests of a service, consumed in the order they were added. */
export class FaultProgram {
  #entries: Programmed[] = [];

  add(service: string, fault: string, count: number): Programmed {
    const entry = { service, fault, faults: parseFaults(fault), remaining: count };
    this.#entries.push(entry);
    return entry;
  }

  /** Takes one use of the first entry for the service. */
  take(service: string): Fault[] {
    const entry = this.#entries.find((e) => e.service === service && e.remaining > 0);
    if (!entry) return [];
    entry.remaining--;
    this.#entries = this.#entries.filter((e) => e.remaining > 0);
    return entry.faults;
  }

  clear(service?: string): void {
    this.#entries = service ? this.#entries.filter((e) => e.service !== service) : [];
  }

  list(): { service: string; fault: string; remaining: number }[] {
    return this.#entries.map(({ service, fault, remaining }) => ({ service, fault, remaining }));
  }
}

// Cut off mid-document, as when a proxy truncates a response.
const malformedBody = '{"metadata":{"totaltAntallTreff":1},"adresser":[{"adressetekst":"Myrvollveien 5C",';
// Valid JSON that no Felles client's schema accepts.
const wrongShape = { data: [{ id: 1, name: 42 }], error: null };

/**
 * Applies the faults in order. Latency only delays; the first other fault
 * answers (or refuses to). Returns true when the request has been dealt with,
 * false when the service should handle it normally.
 */
export async function applyFaults(faults: Fault[], req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  for (const fault of faults) {
    switch (fault.kind) {
      case 'latency':
        await delay(fault.ms);
        if (res.destroyed) return true;
        break;
      case 'status': {
        const headers: Record<string, string> = {};
        if (fault.retryAfter !== undefined) headers['retry-after'] = String(fault.retryAfter);
        sendJson(res, fault.status, { status: fault.status, message: `Sandbox fault ${fault.status}` }, headers);
        return true;
      }
      case 'malformed':
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
        res.end(malformedBody);
        return true;
      case 'shape':
        sendJson(res, 200, wrongShape);
        return true;
      case 'timeout':
        // Hold the connection open; it ends when the client gives up or the sandbox closes.
        return true;
      case 'network':
        req.socket.destroy();
        return true;
    }
  }
  return false;
}

/** `GET|POST|DELETE /__sandbox/faults`: program faults for the next requests to a service. */
export async function handleFaultAdmin(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  program: FaultProgram,
  serviceNames: readonly string[],
): Promise<void> {
  if (req.method === 'GET') return sendJson(res, 200, { faults: program.list() });
  if (req.method === 'DELETE') {
    program.clear(url.searchParams.get('service') ?? undefined);
    res.writeHead(204).end();
    return;
  }
  if (req.method !== 'POST') return sendJson(res, 405, { message: 'Use GET, POST or DELETE' }, { allow: 'GET, POST, DELETE' });

  let input: { service?: unknown; fault?: unknown; count?: unknown };
  try {
    input = JSON.parse(await readBody(req)) as typeof input;
  } catch {
    return sendJson(res, 400, { message: 'Body must be JSON: {"service": "adresser", "fault": "500", "count": 1}' });
  }
  const { service, fault, count = 1 } = input ?? {};
  if (typeof service !== 'string' || !serviceNames.includes(service)) {
    return sendJson(res, 400, { message: `"service" must be one of: ${serviceNames.join(', ')}` });
  }
  if (typeof fault !== 'string') return sendJson(res, 400, { message: '"fault" must be a string such as "500" or "429:2"' });
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 1 || count > 10_000) {
    return sendJson(res, 400, { message: '"count" must be a whole number from 1 to 10000' });
  }
  try {
    const entry = program.add(service, fault, count);
    sendJson(res, 201, { service: entry.service, fault: entry.fault, remaining: entry.remaining });
  } catch (error) {
    if (error instanceof FaultSyntaxError) return sendJson(res, 400, { message: error.message });
    throw error;
  }
}
