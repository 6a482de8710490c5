import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemo } from '../src/index.js';

/** A bundle and its map as the browser build writes them (external maps, no sourceMappingURL in the file). */
let publicDir: string;
beforeAll(async () => {
  publicDir = await mkdtemp(join(tmpdir(), 'felles-demo-public-'));
  await writeFile(join(publicDir, 'start.js'), 'console.log(1);\n');
  await writeFile(join(publicDir, 'start.js.map'), '{"version":3,"sources":["../src/browser/start.ts"],"mappings":""}');
});
afterAll(() => rm(publicDir, { recursive: true, force: true }));

async function assets(production: boolean) {
  const demo = await startDemo({
    port: 0,
    sandboxOrigin: 'http://127.0.0.1:9',
    dataDir: false,
    publicDir,
    production,
    log: { warn: () => {}, error: () => {} },
  });
  try {
    const js = await fetch(`${demo.origin}/assets/js/start.js`);
    const map = await fetch(`${demo.origin}/assets/js/start.js.map`);
    return { js: js.status, sourcemap: js.headers.get('sourcemap'), body: await js.text(), map: map.status };
  } finally {
    await demo.close();
  }
}

describe('source maps', () => {
  it('are neither served nor named in production', async () => {
    const served = await assets(true);
    expect(served).toMatchObject({ js: 200, sourcemap: null, map: 404 });
    expect(served.body).not.toContain('sourceMappingURL');
  });

  it('are served and named in a SourceMap header in development', async () => {
    expect(await assets(false)).toMatchObject({ js: 200, sourcemap: 'start.js.map', map: 200 });
  });
});
