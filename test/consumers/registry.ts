import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultRegistry, installVerdaccio } from './tools.js';

export interface Registry {
  /** Like `http://127.0.0.1:41234/`. */
  url: string;
  /** An npmrc with this registry and a token that may publish to it. */
  npmrc: string;
  close(): Promise<void>;
}

/**
 * A real npm registry on loopback: Verdaccio on a free port, its storage in a temp folder. `@felles/*`
 * comes only from what is published into it (no uplink for that scope, so a name missing here is a 404,
 * never the public package); everything else is fetched through the registry npm is set up with.
 */
export async function startRegistry(): Promise<Registry> {
  const installDir = installVerdaccio();
  const dir = await mkdtemp(join(tmpdir(), 'felles-registry-'));
  const config = join(dir, 'config.yaml');
  await writeFile(
    config,
    `storage: ${JSON.stringify(join(dir, 'storage'))}
auth:
  htpasswd:
    file: ${JSON.stringify(join(dir, 'htpasswd'))}
uplinks:
  upstream:
    url: ${JSON.stringify(defaultRegistry())}
    timeout: 60s
    maxage: 60m
packages:
  '@felles/*':
    access: $all
    publish: $authenticated
    unpublish: $authenticated
  '**':
    access: $all
    publish: $authenticated
    proxy: upstream
max_body_size: 50mb
log: { type: stdout, format: pretty, level: error }
web: { enable: false }
`,
  );

  const child: ChildProcess = spawn(process.execPath, [join(import.meta.dirname, 'registry-server.mjs'), installDir, config], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Verdaccio did not start within 30 s:\n${output}`)), 30_000);
    child.stderr!.on('data', (chunk) => (output += chunk));
    child.stdout!.on('data', (chunk) => {
      output += chunk;
      const match = /listening (\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.once('exit', (code) => reject(new Error(`Verdaccio exited with ${code}:\n${output}`)));
  });
  const url = `http://127.0.0.1:${port}/`;

  // A user for publishing: what `npm adduser` does, in one request.
  const user = 'felles-release';
  const response = await fetch(`${url}-/user/org.couchdb.user:${user}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: user, password: 'sandbox-only-password', type: 'user', roles: [] }),
  });
  const { token } = (await response.json()) as { token?: string };
  if (!token) throw new Error(`Verdaccio gave no token (${response.status})`);

  const npmrc = join(dir, 'npmrc');
  const hostPath = url.replace(/^http:/, '');
  await writeFile(npmrc, `registry=${url}\n${hostPath}:_authToken=${token}\naudit=false\nfund=false\nupdate-notifier=false\n`);

  return {
    url,
    npmrc,
    async close() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((resolve) => child.once('exit', resolve));
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}
