import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadLifeEvent } from '@felles/life-events';
import { createHandler, createServices, type App } from './app.js';
import { RateLimiter } from './http/rate-limit.js';
import { configFor, parsePublicOrigin, defaultHost, defaultPort, defaultSandboxOrigin, type DemoConfig } from './config.js';
import { assetMounts } from './http/static.js';
import { JourneyStore } from './journey/store.js';
import { SessionStore, type SessionStoreOptions } from './session/sessions.js';
import { consoleLogger, type Logger } from './log.js';

export type { DemoConfig } from './config.js';
export type { Journey } from './journey/types.js';
export { JourneyStore } from './journey/store.js';
export { SessionStore } from './session/sessions.js';
export type { Logger } from './log.js';

export interface DemoOptions {
  /** Default 4020 (the port the sandbox's demo client is registered for); 0 picks a free one. */
  port?: number;
  host?: string;
  /** Default `http://127.0.0.1:4010`. */
  sandboxOrigin?: string;
  /** ID-porten client; default the sandbox's `felles-demo`. */
  clientId?: string;
  clientSecret?: string;
  /** Where journeys are kept (a JSON file in it); default `apps/demo/.demo-data`; `false` keeps them in memory only. */
  dataDir?: string | false;
  /** The browser bundle; default `dist/public` next to this package. */
  publicDir?: string;
  sessions?: SessionStoreOptions;
  /** Login starts each client may make: `burst` at once, refilled at `perMinute`; default 20 and 20. */
  loginStarts?: { burst: number; perMinute: number };
  /**
   * The origin people reach the demo at, e.g. `https://demo.example.no`, when it differs from the one it
   * listens on (behind a proxy that terminates TLS). With https, cookies are `Secure` with the `__Host-`
   * prefix, and redirect URIs and the CSRF origin check use this origin.
   */
  publicOrigin?: string;
  /**
   * Believe `X-Forwarded-Proto` and `X-Forwarded-For` from the peer: only when every request comes through
   * your own reverse proxy, which sets them. Default false.
   */
  trustProxy?: boolean;
  /** Production mode: no source maps are served or named. Default: `NODE_ENV=production`. */
  production?: boolean;
  /** Where failures of the services called are reported; default the console. */
  log?: Logger;
}

export interface RunningDemo {
  origin: string;
  port: number;
  config: DemoConfig;
  journeys: JourneyStore;
  sessions: SessionStore;
  close(): Promise<void>;
}

const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Starts the demo service. Listens first, so that the client's redirect URI can name the real port. */
export async function startDemo(options: DemoOptions = {}): Promise<RunningDemo> {
  const host = options.host ?? defaultHost;
  // A wrong public origin is refused before anything listens.
  if (options.publicOrigin) parsePublicOrigin(options.publicOrigin);
  const lifeEvent = await loadLifeEvent('start-business');
  const dataDir = options.dataDir === undefined ? join(packageRoot, '.demo-data') : options.dataDir;
  const log = options.log ?? consoleLogger;
  const journeys = await JourneyStore.open(dataDir ? join(dataDir, 'journeys.json') : undefined, log);
  const sessions = new SessionStore(options.sessions);

  // The handler needs the port for its redirect URI, so it is set once the server listens.
  const ready: { handler?: ReturnType<typeof createHandler> } = {};
  const server = createServer((req, res) => {
    if (ready.handler) return ready.handler(req, res);
    res.writeHead(503, { 'retry-after': '1' }).end();
  });
  // Keep-alive sockets of a browser would otherwise hold `close()` open.
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? defaultPort, host, () => {
      server.off('error', fail);
      ok();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

  const config = configFor({
    sandboxOrigin: options.sandboxOrigin ?? defaultSandboxOrigin,
    origin,
    publicOrigin: options.publicOrigin,
    trustProxy: options.trustProxy,
    clientId: options.clientId,
    clientSecret: options.clientSecret,
  });
  const app: App = {
    config,
    sessions,
    loginStarts: new RateLimiter(options.loginStarts ?? { burst: 20, perMinute: 20 }),
    journeys,
    services: createServices(config, lifeEvent),
    log,
    assets: assetMounts(options.publicDir ?? join(packageRoot, 'dist', 'public'), join(packageRoot, 'public'), options.production ?? process.env.NODE_ENV === 'production'),
  };
  ready.handler = createHandler(app);

  return {
    origin,
    port,
    config,
    journeys,
    sessions,
    async close() {
      sessions.close();
      server.closeAllConnections();
      await new Promise<void>((ok) => server.close(() => ok()));
      await journeys.flush();
    },
  };
}
