import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'tsup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The CLI is bundled to a temporary folder, so the test never disturbs a dist/ another process is running;
// inside the package, so its dependencies resolve as they do from dist/.
const cacheDir = fileURLToPath(new URL('../node_modules/.cache/', import.meta.url));
mkdirSync(cacheDir, { recursive: true });
const outDir = mkdtempSync(join(cacheDir, 'cli-test-'));
const dataDir = mkdtempSync(join(tmpdir(), 'sandbox-data-'));
beforeAll(async () => {
  await build({
    entry: { cli: join(dirname(fileURLToPath(import.meta.url)), 'cli.ts') },
    outDir,
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    config: false,
    silent: true,
    external: [/^[^./]/],
  });
}, 30_000);

const children: ChildProcess[] = [];
afterAll(() => {
  children.forEach((c) => c.kill('SIGKILL'));
  rmSync(outDir, { recursive: true, force: true });
});

function run(args: string[]) {
  const child = spawn(process.execPath, [join(outDir, 'cli.js'), '--data-dir', dataDir, ...args], { stdio: 'pipe' });
  children.push(child);
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const waitFor = async (pattern: RegExp) => {
    for (let i = 0; i < 400 && !pattern.test(out); i++) await new Promise((r) => setTimeout(r, 50));
    return out;
  };
  return { child, exited, waitFor, output: () => out };
}

describe('felles-sandbox CLI', () => {
  it('prints its origin and each service URL, serves, and stops on SIGTERM', async () => {
    const cli = run(['--port', '0']);
    const out = await cli.waitFor(/adresser\s+http:\S+/);
    const origin = /Felles sandbox on (http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1];
    expect(origin).toBeDefined();
    expect(out).toMatch(new RegExp(`adresser\\s+${origin}/adresser/v1  \\(\\d+ ms\\)`));
    expect((await fetch(`${origin}/`)).status).toBe(200);
    cli.child.kill('SIGTERM');
    expect(await cli.exited).toBe(0);
  });

  it('stops on SIGINT', async () => {
    const cli = run(['--port', '0']);
    await cli.waitFor(/Felles sandbox on/);
    cli.child.kill('SIGINT');
    expect(await cli.exited).toBe(0);
  });

  it('explains a port in use and exits 1', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as AddressInfo).port;
    try {
      const cli = run(['--port', String(port)]);
      expect(await cli.exited).toBe(1);
      expect(cli.output()).toContain(`Port ${port} is already in use`);
    } finally {
      blocker.close();
    }
  });

  it('refuses a second sandbox on the same data folder, and takes over a lock its dead holder left', async () => {
    const first = run(['--port', '0']);
    await first.waitFor(/Felles sandbox on/);
    expect(readFileSync(join(dataDir, 'sandbox.lock'), 'utf8').trim()).toBe(String(first.child.pid));

    const second = run(['--port', '0']);
    expect(await second.exited).toBe(1);
    expect(second.output()).toContain(`is in use by another sandbox (process ${first.child.pid})`);
    expect(second.output()).not.toContain('Felles sandbox on');

    // Killed without a chance to clean up: the lock names a process that is gone.
    first.child.kill('SIGKILL');
    await first.exited;
    const third = run(['--port', '0']);
    await third.waitFor(/Felles sandbox on/);
    expect(readFileSync(join(dataDir, 'sandbox.lock'), 'utf8').trim()).toBe(String(third.child.pid));
    third.child.kill('SIGTERM');
    expect(await third.exited).toBe(0);
    expect(existsSync(join(dataDir, 'sandbox.lock'))).toBe(false);
  });

  it('rejects a port that is not a number', async () => {
    const cli = run(['--port', 'abc']);
    expect(await cli.exited).toBe(2);
    expect(cli.output()).toContain('Invalid port');
  });
});
