import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * `<felles-*>` tags in Vue single-file component templates, checked by vue-tsc against
 * `@felles/elements/jsx/vue`: the fixtures in packages/elements/test-types/vue-sfc must pass, and each
 * line under a `@vue-expect-error` must really be an error: without the directives, vue-tsc must report
 * exactly those lines.
 */
const run = promisify(execFile);
const fixtures = join(import.meta.dirname, '../packages/elements/test-types/vue-sfc');
const vueTsc = join(import.meta.dirname, '../node_modules/.bin/vue-tsc');
// A sibling folder, so the copy resolves @felles/elements and the base tsconfig as the fixtures do.
const copy = mkdtempSync(join(fixtures, '../vue-sfc-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

const components = readdirSync(fixtures).filter((file) => file.endsWith('.vue'));

/** vue-tsc's errors, as `file:line`. */
async function errors(project: string): Promise<string[]> {
  const result = await run(vueTsc, ['--noEmit', '-p', join(project, 'tsconfig.json')]).then(
    ({ stdout }) => stdout,
    (error: { stdout?: string }) => error.stdout ?? '',
  );
  return [...result.matchAll(/([\w-]+\.vue)\((\d+),\d+\): error/g)].map((m) => `${m[1]}:${m[2]}`);
}

/** The line under each directive, as `file:line` (a directive is one HTML comment line). */
const expectedLines = components.flatMap((file) =>
  readFileSync(join(fixtures, file), 'utf8')
    .split('\n')
    .flatMap((line, i) => (line.trim().startsWith('<!-- @vue-expect-error') ? [`${file}:${i + 2}`] : [])),
);

describe('Vue single-file component templates (vue-tsc)', () => {
  it('has template fixtures with wrong props and events', () => {
    expect(components).toEqual(['AddressForm.vue']);
    expect(expectedLines.length).toBeGreaterThanOrEqual(4);
  });

  it('type-checks the fixtures: right props and events pass, every wrong one is an error', async () => {
    expect(await errors(fixtures)).toEqual([]);
  }, 120_000);

  it('without the @vue-expect-error directives, exactly the wrong lines fail', async () => {
    cpSync(fixtures, copy, { recursive: true });
    for (const file of components) {
      const source = readFileSync(join(copy, file), 'utf8');
      writeFileSync(join(copy, file), source.replace(/@vue-expect-error/g, '(directive taken out)'));
    }
    expect([...new Set(await errors(copy))].sort()).toEqual([...expectedLines].sort());
  }, 120_000);
});
