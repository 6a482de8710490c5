import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { startDemo } from '../src/index.js';

it('starts with a truncated journeys file, reports it and keeps it aside', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'felles-demo-damaged-'));
  const errors: string[] = [];
  try {
    await writeFile(join(dataDir, 'journeys.json'), '{"journeys":[{"pid":"148385');
    const demo = await startDemo({ port: 0, sandboxOrigin: 'http://127.0.0.1:9', dataDir, log: { warn: () => {}, error: (m) => errors.push(m) } });
    try {
      expect((await fetch(`${demo.origin}/`)).status).toBe(200);
    } finally {
      await demo.close();
    }
    expect(errors).toEqual([expect.stringContaining('journeys.json is damaged')]);
    expect((await readdir(dataDir)).filter((f) => f.startsWith('journeys.json.damaged-'))).toHaveLength(1);
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
});
