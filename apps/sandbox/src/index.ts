import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { lockDataDir } from './data-lock.js';
import { SandboxServer } from './server.js';
import { services as defaultServices } from './services.js';
import type { ServiceFactory } from './types.js';

export type { SandboxContext, SandboxService, ServiceFactory } from './types.js';
export { parseFaults, type Fault } from './faults.js';
export { DataDirLockedError } from './data-lock.js';

export interface SandboxOptions {
  /** Default 4010; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1: the sandbox is for this machine only. */
  host?: string;
  /** Where services keep durable state; default `.sandbox-data` in the working directory. */
  dataDir?: string;
  /** Default: every service in services.ts. */
  services?: ServiceFactory[];
}

export interface RunningSandbox {
  /** Like `http://127.0.0.1:4010`. */
  origin: string;
  port: number;
  /** Each service, with how long it took to start (ms). */
  services: { name: string; prefix: string; url: string; startMs: number }[];
  close(): Promise<void>;
}

export const defaultPort = 4010;

export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const host = options.host ?? '127.0.0.1';
  const dataDir = resolve(options.dataDir ?? '.sandbox-data');
  await mkdir(dataDir, { recursive: true });
  // One writer per folder: two sandboxes appending to one consent journal would interleave their events.
  const lock = await lockDataDir(dataDir);

  const sandbox = new SandboxServer();
  const { server } = sandbox;
  try {
    await new Promise<void>((ok, fail) => {
      server.once('error', fail);
      server.listen(options.port ?? defaultPort, host, () => {
        server.off('error', fail);
        ok();
      });
    });
  } catch (error) {
    await lock.release();
    throw error;
  }
  const port = (server.address() as AddressInfo).port;
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

  const close = async () => {
    await Promise.allSettled(sandbox.services.map((s) => s.close?.()));
    server.closeAllConnections();
    await new Promise<void>((ok) => server.close(() => ok()));
    await lock.release();
  };

  const startMs = new Map<string, number>();
  const ctx = { origin, dataDir };
  // All at once, so work in other threads (ID-porten's RSA keys) overlaps the synchronous builds
  // (addresses). A start time is thus until that service was ready, including waits for the others.
  const starts = await Promise.allSettled(
    (options.services ?? defaultServices).map(async (factory) => {
      const started = performance.now();
      const service = await factory(ctx);
      startMs.set(service.name, Math.round(performance.now() - started));
      return service;
    }),
  );
  const created = starts.flatMap((start) => (start.status === 'fulfilled' ? [start.value] : []));
  const failed = starts.find((start) => start.status === 'rejected');
  if (failed) {
    await Promise.allSettled(created.map((s) => s.close?.()));
    await close();
    throw failed.reason;
  }
  sandbox.setServices(created);

  return {
    origin,
    port,
    services: sandbox.services.map(({ name, prefix }) => ({ name, prefix, url: `${origin}${prefix}`, startMs: startMs.get(name) ?? 0 })),
    close,
  };
}
