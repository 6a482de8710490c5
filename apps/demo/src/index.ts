import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadLifeEvent } from '@felles/life-events';
import { buildServer, createServices, type App, type Services } from './app.js';
import { configFor, cookieNames, parsePublicOrigin, defaultHost, defaultPort, defaultSandboxOrigin, type DemoConfig } from './config.js';
import { JourneyStore } from './journey/store.js';
import { SessionStore, type SessionStoreOptions } from './session/sessions.js';
import { consoleLogger, type Logger } from './log.js';
import type { MaskinportenCredentials } from './maskinporten.js';

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
  /** Login starts each client may make: `burst` in each window of `burst / perMinute` minutes; default 20 a minute. */
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
  /**
   * The demo's Maskinporten client and its organisation, for Enhetsregisteret's authorised roles,
   * Altinn's consent requests (the organisation asks, and is given the consent) and the tax
   * certificate; default the sandbox's `felles-demo` test client, with the key its test entry hands out.
   */
  maskinporten?: MaskinportenCredentials;
  /** Where failures of the services called are reported; default the console. */
  log?: Logger;
}

export interface RunningDemo {
  origin: string;
  port: number;
  config: DemoConfig;
  journeys: JourneyStore;
  sessions: SessionStore;
  /** The clients the demo calls the registers and other agencies with, each holding its Maskinporten tokens. */
  services: Services;
  close(): Promise<void>;
}

const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Starts the demo service. Listens first, so that the client's redirect URI can name the real port. */
export async function startDemo(options: DemoOptions = {}): Promise<RunningDemo> {
  const host = options.host ?? defaultHost;
  // A wrong public origin is refused before anything listens.
  const publicOrigin = options.publicOrigin ? parsePublicOrigin(options.publicOrigin) : undefined;
  const secure = publicOrigin?.startsWith('https:') ?? false;
  const sandboxOrigin = (options.sandboxOrigin ?? defaultSandboxOrigin).replace(/\/+$/, '');
  const lifeEvent = await loadLifeEvent('start-business');
  const dataDir = options.dataDir === undefined ? join(packageRoot, '.demo-data') : options.dataDir;
  const log = options.log ?? consoleLogger;
  const journeys = await JourneyStore.open(dataDir ? join(dataDir, 'journeys.json') : undefined, log);
  const sessions = new SessionStore(options.sessions);

  // The redirect URIs name the port, so the app is completed once the server listens.
  const holder: { app?: App } = {};
  const server = await buildServer(
    {
      sandboxOrigin,
      secure,
      trustProxy: options.trustProxy ?? false,
      cookies: cookieNames(secure),
      loginStarts: options.loginStarts ?? { burst: 20, perMinute: 20 },
      assets: {
        publicDir: options.publicDir ?? join(packageRoot, 'dist', 'public'),
        cssDir: join(packageRoot, 'public'),
        production: options.production ?? process.env.NODE_ENV === 'production',
      },
    },
    holder,
  );
  await server.listen({ port: options.port ?? defaultPort, host });
  const port = (server.server.address() as AddressInfo).port;
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

  const config = configFor({
    sandboxOrigin,
    origin,
    publicOrigin,
    trustProxy: options.trustProxy,
    clientId: options.clientId,
    clientSecret: options.clientSecret,
  });
  holder.app = { config, sessions, journeys, services: createServices(config, lifeEvent, options.maskinporten), log };

  return {
    origin,
    port,
    config,
    journeys,
    sessions,
    services: holder.app.services,
    async close() {
      sessions.close();
      await server.close();
      await journeys.flush();
    },
  };
}
