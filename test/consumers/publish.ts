import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import type { Registry } from './registry.js';

export const root = resolve(import.meta.dirname, '../..');

/** Runs a command, collecting its output; rejects with that output when it fails. */
export function run(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number }): Promise<string> {
  return new Promise((ok, fail) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGTERM'), options.timeoutMs ?? 300_000);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) ok(output);
      else fail(new Error(`${command} ${args.join(' ')} (in ${options.cwd}) ended with ${signal ?? code}:\n${output.slice(-6000)}`));
    });
  });
}

/** npm's settings for talking to the test registry, and nothing else. */
export function registryEnv(registry: Registry, npmCache: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    // `npm test` hands its own npm settings (workspace, registry, prefix) to its children; a consumer has none.
    if (!/^npm_/i.test(key)) env[key] = value;
  }
  return { ...env, npm_config_userconfig: registry.npmrc, npm_config_registry: registry.url, npm_config_cache: npmCache };
}

/**
 * Publishes every public package of the workspace into the registry with the release script's own
 * publish step (`npm run release`: build, then `changeset publish`), without the checks, versioning or git
 * tags it does for a real release. Returns what it published.
 */
export async function publishAll(registry: Registry, npmCache: string): Promise<string[]> {
  const output = await run(
    'node',
    ['scripts/release.mjs', '--skip-tests', '--no-version', '--no-git-tag', '--allow-dirty', '--registry', registry.url],
    {
      cwd: root,
      env: registryEnv(registry, npmCache),
    },
  );
  const published = [...output.matchAll(/(@felles\/[\w-]+)@[\w.-]+/g)].map((m) => m[1]!);
  return [...new Set(published)].sort();
}
