import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { applyCors } from './cors.js';
import { FaultProgram, FaultSyntaxError, applyFaults, handleFaultAdmin, requestedFaults } from './faults.js';
import { handleHome, serveHomeAsset } from './home/index.js';
import { sendJson } from './http-util.js';
import type { SandboxService } from './types.js';

export const adminPrefix = '/__sandbox';

/**
 * The sandbox's one HTTP server: CORS for loopback pages, faults, the admin
 * endpoints, then the service whose prefix matches. Services are attached
 * after `listen`, because some (the OpenID provider) need to know the origin.
 */
export class SandboxServer {
  readonly server: Server;
  readonly faults = new FaultProgram();
  /** Requests per service since start or the last reset, so tests can assert how many calls were made. */
  readonly requestCounts = new Map<string, number>();
  #services: SandboxService[] = [];
  #ready = false;

  constructor() {
    this.server = createServer((req, res) => {
      this.#handle(req, res).catch((error: unknown) => {
        console.error('[sandbox]', req.method, req.url, error);
        sendJson(res, 500, { status: 500, message: 'Internal sandbox error' });
      });
    });
  }

  setServices(services: SandboxService[]): void {
    // Longest prefix first, so '/a/b' wins over '/a'.
    this.#services = [...services].sort((a, b) => b.prefix.length - a.prefix.length);
    for (const s of services) this.requestCounts.set(s.name, 0);
    this.#ready = true;
  }

  get services(): readonly SandboxService[] {
    return this.#services;
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (applyCors(req, res)) return;
    const url = new URL(req.url ?? '/', 'http://sandbox.invalid');

    if (url.pathname === `${adminPrefix}/faults`) {
      return handleFaultAdmin(
        req,
        res,
        url,
        this.faults,
        this.#services.map((s) => s.name),
      );
    }
    if (url.pathname === `${adminPrefix}/requests`) return this.#handleRequestCounts(req, res);
    // Services are created after listen (they need the origin): until then, say "not yet" rather than 404.
    if (!this.#ready) return sendJson(res, 503, { status: 503, message: 'The sandbox is starting' }, { 'retry-after': '1' });
    if (url.pathname === `${adminPrefix}/health`) return sendJson(res, 200, { status: 'ok' });
    if (url.pathname.startsWith(`${adminPrefix}/assets/`) && (await serveHomeAsset(url.pathname.slice(adminPrefix.length + 8), res))) return;
    if (url.pathname === '/') return handleHome(req, res, url, this.#services);
    // Browsers ask every origin for an icon; "no content" keeps a page's console free of a 404 it did not cause.
    if (url.pathname === '/favicon.ico') return void res.writeHead(204, { 'cache-control': 'max-age=86400' }).end();
    if (url.pathname === adminPrefix) {
      return sendJson(res, 200, { services: this.#services.map(({ name, prefix }) => ({ name, prefix })) });
    }

    const service = this.#services.find((s) => url.pathname === s.prefix || url.pathname.startsWith(`${s.prefix}/`));
    if (!service) return sendJson(res, 404, { status: 404, message: `Nothing at ${url.pathname}` });
    this.requestCounts.set(service.name, (this.requestCounts.get(service.name) ?? 0) + 1);

    let faults;
    try {
      faults = [...this.faults.take(service.name), ...requestedFaults(req, url)];
    } catch (error) {
      if (error instanceof FaultSyntaxError) return sendJson(res, 400, { status: 400, message: error.message });
      throw error;
    }
    if (faults.length > 0 && (await applyFaults(faults, req, res))) return;
    await service.handle(req, res, url);
  }

  #handleRequestCounts(req: IncomingMessage, res: ServerResponse): void {
    if (req.method === 'DELETE') {
      for (const name of this.requestCounts.keys()) this.requestCounts.set(name, 0);
      res.writeHead(204).end();
      return;
    }
    sendJson(res, 200, Object.fromEntries(this.requestCounts));
  }
}
