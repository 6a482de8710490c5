import { describe, expect, inject, it } from 'vitest';
import { join } from 'node:path';
import { createApp, inApp, versions } from './app.js';
import { nodeBinary } from './tools.js';

/**
 * Every entry point of every published package, as a Node app installed from the registry meets it:
 * `import()` from an ES module and `require()` from CommonJS, on the machine's Node and on Node 22 and 24.
 * The entries are read from each installed package's own `exports` (wildcards expanded over its files),
 * so an entry added later is loaded too. Types-only and JSON entries are checked by attw and publint.
 */
const published = inject('published');

/** Lists `[package, specifier]` for every JavaScript entry, then loads each with the given loader. */
const script = (load: string) => `import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
const require = createRequire(import.meta.url);
const names = JSON.parse(process.argv[2]);
const target = (value) => typeof value === 'string' ? value : value && (target(value.node) ?? target(value.import) ?? target(value.require) ?? target(value.default));
const files = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]);
const entries = [];
for (const name of names) {
  const dir = join('node_modules', name);
  const { exports } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  for (const [key, value] of Object.entries(exports)) {
    const path = target(value);
    // The single-file bundle is for a browser page (a CDN script); cdn-bundle.test.ts loads it there.
    if (!path || !path.endsWith('.js') || key === './bundle.js') continue;
    if (!key.includes('*')) { entries.push(name + key.slice(1)); continue; }
    const [before, after] = path.split('*');
    const [keyBefore, keyAfter] = key.split('*');
    for (const file of files(dir).map((f) => './' + relative(dir, f))) {
      const middle = file.slice(before.length, file.length - after.length);
      const subpath = keyBefore + middle + keyAfter;
      // A subpath the package closes with null (its development build) is not an entry.
      if (file.startsWith(before) && file.endsWith(after) && middle && !middle.includes('/') && exports[subpath] !== null) {
        entries.push(name + subpath.slice(1));
      }
    }
  }
}
const failed = [];
for (const entry of entries) {
  try { ${load} } catch (error) { failed.push(entry + ': ' + (error.code ?? '') + ' ' + String(error.message).split('\\n')[0]); }
}
console.log(JSON.stringify({ node: process.version, loaded: entries.length - failed.length, failed }));
`;

const files = {
  'import-all.mjs': script('await import(entry);'),
  // require() of an ES module, as a CommonJS app (Jest, older Next.js configs, scripts) does it.
  'require-all.mjs': script('require(entry);'),
};

describe('every entry point of every package', async () => {
  const dependencies = Object.fromEntries(published.map((name) => [name, '*']));
  const dir = await createApp('every-entry', { ...dependencies, react: versions.react, 'react-dom': versions.reactDom }, files);
  const nodes: [string, string][] = [
    ['machine', process.execPath],
    ['22', nodeBinary(22)],
    ['24', nodeBinary(24)],
  ];
  for (const [line, node] of nodes) {
    for (const file of ['import-all.mjs', 'require-all.mjs']) {
      it(`${file} on Node ${line}`, async () => {
        const output = await inApp(dir, node, [join(dir, file), JSON.stringify(published)]);
        const seen = JSON.parse(output.trim().split('\n').at(-1)!) as { node: string; loaded: number; failed: string[] };
        console.log(`[consumers] ${file} on Node ${seen.node}: ${seen.loaded} entries loaded`);
        expect(seen.failed).toEqual([]);
        // Every package has at least its main entry; the elements alone have more than ten.
        expect(seen.loaded).toBeGreaterThan(published.length + 10);
      });
    }
  }
});
