import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { filesUnder, isUpToDate, writeStamp } from '../scripts/up-to-date.mjs';

/** npm start skips a bundle or the manifest only while nothing it read has changed. */
describe('up-to-date stamps', () => {
  const dir = mkdtempSync(join(tmpdir(), 'felles-stamp-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function setUp() {
    const input = join(dir, 'input.ts');
    const output = join(dir, 'output.js');
    const stamp = join(dir, 'stamp.json');
    writeFileSync(input, 'export {}');
    writeFileSync(output, '');
    const past = new Date(Date.now() - 60_000);
    utimesSync(input, past, past);
    writeStamp(stamp, { inputs: [input], outputs: [output] });
    return { input, output, stamp };
  }

  it('is current after a build, and stale when an input changes, an output or an input is gone, or there is no stamp', () => {
    const { input, output, stamp } = setUp();
    expect(isUpToDate(stamp)).toBe(true);
    const future = new Date(Date.now() + 60_000);
    utimesSync(input, future, future);
    expect(isUpToDate(stamp)).toBe(false);

    const again = setUp();
    rmSync(again.output);
    expect(isUpToDate(again.stamp)).toBe(false);
    const third = setUp();
    rmSync(third.input);
    expect(isUpToDate(third.stamp)).toBe(false);
    expect(isUpToDate(join(dir, 'none.json'))).toBe(false);
    writeFileSync(stamp, '{');
    expect(isUpToDate(stamp)).toBe(false);
    expect(output).toBeDefined();
  });

  it('lists a folder itself with its files, so an added file makes it stale', () => {
    writeFileSync(join(dir, 'a.ts'), '');
    expect(filesUnder(dir)).toEqual(expect.arrayContaining([dir, join(dir, 'a.ts')]));
  });
});
