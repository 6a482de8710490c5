import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as FsPromises from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { JourneyStore } from './store.js';

/** What the store asks of the file system, in order: so the test sees each fsync and where it falls. */
const calls: string[] = [];
let failRename = false;

vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof FsPromises>();
  const name = (path: unknown) =>
    String(path)
      .replace(/.*[\\/]/, '')
      .replace(/\.\d+\.\d+\.tmp$/, '.tmp');
  return {
    ...fs,
    open: async (...args: Parameters<typeof fs.open>) => {
      const handle = await fs.open(...args);
      const label = name(args[0]);
      calls.push(`open ${label}`);
      return new Proxy(handle, {
        get(target, key, receiver) {
          const value = Reflect.get(target, key, receiver) as unknown;
          if (typeof value !== 'function' || !['writeFile', 'write', 'sync', 'datasync', 'close'].includes(String(key))) {
            return typeof value === 'function' ? value.bind(target) : value;
          }
          return (...rest: unknown[]) => {
            calls.push(`${String(key)} ${label}`);
            return (value as (...a: unknown[]) => unknown).apply(target, rest);
          };
        },
      });
    },
    writeFile: async (...args: Parameters<typeof fs.writeFile>) => {
      calls.push(`writeFile ${name(args[0])}`);
      return fs.writeFile(...args);
    },
    rename: async (from: string, to: string) => {
      calls.push(`rename ${name(from)} -> ${name(to)}`);
      if (failRename) throw Object.assign(new Error('disk gone'), { code: 'EIO' });
      return fs.rename(from, to);
    },
  };
});

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'durable-'));
  calls.length = 0;
  failRename = false;
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('the journeys file', () => {
  it('is written to a temporary file, flushed to disk, renamed over the old one, and the folder flushed', async () => {
    const store = await JourneyStore.open(join(dir, 'journeys.json'));
    calls.length = 0;
    await store.update('14838512470', 'Kari Nordmann', () => undefined);
    const folder = dir.replace(/.*[\\/]/, '');
    expect(calls).toEqual([
      'open journeys.json.tmp',
      'writeFile journeys.json.tmp',
      'sync journeys.json.tmp',
      'close journeys.json.tmp',
      'rename journeys.json.tmp -> journeys.json',
      `open ${folder}`,
      `sync ${folder}`,
      `close ${folder}`,
    ]);
  });

  it('keeps its old content and leaves no temporary file when the replacement fails', async () => {
    const file = join(dir, 'journeys.json');
    const store = await JourneyStore.open(file);
    await store.update('1', 'A', () => undefined);
    const before = await readFile(file, 'utf8');
    failRename = true;
    await expect(store.update('2', 'B', () => undefined)).rejects.toThrow('disk gone');
    expect(await readFile(file, 'utf8')).toBe(before);
    expect(await readdir(dir)).toEqual(['journeys.json']);
  });
});
