/**
 * Runs the Felles sandbox for the browser tests, as a separate process (tools/sandbox.ts), so
 * components are tested against the real protocol (faults, 409s, durable state) and not a mock.
 *
 * - The global setup starts one sandbox on a free port with a fresh data folder and `provide`s its
 *   origin: `inject('sandboxOrigin')` in a test.
 * - `commands.startSandbox(name)` / `commands.stopSandbox(name)` (from `vitest/browser`) run extra,
 *   named sandboxes a test may stop and start again on the same port with the same data, to prove what
 *   survives an outage. Stopping the shared one would break other test files running at the same time.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserCommand, TestProject } from 'vitest/node';
import { sandboxCli } from '../../../tools/sandbox.js';

const cli = sandboxCli;

interface Running {
  child: ChildProcess;
  origin: string;
  port: number;
}

// Shared across module instances: the config and the global setup may load this file separately.
const children: Set<ChildProcess> = ((globalThis as { __fellesSandboxChildren?: Set<ChildProcess> }).__fellesSandboxChildren ??= new Set());

async function startProcess(port: number, dataDir: string): Promise<Running> {
  if (!existsSync(cli)) {
    throw new Error(`The sandbox is not built: run \`npx turbo run build --filter=@felles/sandbox\` (looked for ${cli}).`);
  }
  const child = spawn(process.execPath, [cli, '--port', String(port), '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_NO_WARNINGS: '1' },
  });
  children.add(child);
  child.on('exit', () => children.delete(child));
  return new Promise<Running>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`The sandbox did not start within 20 s:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const origin = /Felles sandbox on (http:\/\/[\d.]+:(\d+))/.exec(output);
      if (origin) {
        clearTimeout(timer);
        resolve({ child, origin: origin[1]!, port: Number(origin[2]) });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The sandbox exited with ${code} before it was ready:\n${output}`));
    });
  });
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  await exited;
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'felles-elements-sandbox-'));
  const sandbox = await startProcess(0, dataDir);
  project.provide('sandboxOrigin', sandbox.origin);
  return async () => {
    await Promise.all([...children].map(stopProcess));
    rmSync(dataDir, { recursive: true, force: true });
  };
}

/** Named sandboxes a test controls; each keeps its port and data folder across stop and start. */
const named = new Map<string, { dataDir: string; port: number; running?: Running }>();

const startSandbox: BrowserCommand<[name: string]> = async (_context, name) => {
  const entry = named.get(name) ?? { dataDir: mkdtempSync(join(tmpdir(), `felles-sandbox-${name}-`)), port: 0 };
  named.set(name, entry);
  if (!entry.running || entry.running.child.exitCode !== null) {
    entry.running = await startProcess(entry.port, entry.dataDir);
    entry.port = entry.running.port;
  }
  return entry.running.origin;
};

const stopSandbox: BrowserCommand<[name: string]> = async (_context, name) => {
  const running = named.get(name)?.running;
  if (running) await stopProcess(running.child);
};

export const sandboxCommands = { startSandbox, stopSandbox };

declare module 'vitest' {
  export interface ProvidedContext {
    sandboxOrigin: string;
  }
}

declare module 'vitest/browser' {
  interface BrowserCommands {
    /** Starts (or restarts, on the same port with the same data) a named sandbox; resolves to its origin. */
    startSandbox(name: string): Promise<string>;
    /** Stops a named sandbox, as if the service went down. */
    stopSandbox(name: string): Promise<void>;
  }
}
