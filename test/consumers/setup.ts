import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startSandbox } from '../../apps/sandbox/src/index.js';
import { publishAll, root } from './publish.js';
import { startRegistry } from './registry.js';
import { npmCache } from './tools.js';

declare module 'vitest' {
  export interface ProvidedContext {
    registryUrl: string;
    npmrc: string;
    npmCache: string;
    published: string[];
    sandboxOrigin: string;
    /** A folder outside the workspace where each test makes its app. */
    appsDir: string;
  }
}

/** The registry with every package published into it, and the sandbox the apps talk to. */
export default async function setup(project: TestProject) {
  // Publishing packs what is in dist: without a build every app would fail, for a reason far from here.
  const unbuilt = readdirSync(join(root, 'packages')).filter((dir) => !existsSync(join(root, 'packages', dir, 'dist')));
  if (unbuilt.length) throw new Error(`Build the packages first (npm run build); no dist in: ${unbuilt.join(', ')}`);
  const started = Date.now();
  const appsDir = await mkdtemp(join(tmpdir(), 'felles-consumers-'));
  const [registry, sandbox] = await Promise.all([startRegistry(), startSandbox({ port: 0, dataDir: join(appsDir, '.sandbox-data') })]);
  const published = await publishAll(registry, npmCache);
  console.log(`[consumers] registry ${registry.url}, ${published.length} packages published, sandbox ${sandbox.origin} (${Date.now() - started} ms)`);

  project.provide('registryUrl', registry.url);
  project.provide('npmrc', registry.npmrc);
  project.provide('npmCache', npmCache);
  project.provide('published', published);
  project.provide('sandboxOrigin', sandbox.origin);
  project.provide('appsDir', appsDir);

  return async () => {
    await sandbox.close();
    await registry.close();
    if (!process.env.FELLES_KEEP_CONSUMERS) await rm(appsDir, { recursive: true, force: true });
  };
}
