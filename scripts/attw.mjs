/**
 * `lint` of every published package: Are The Types Wrong? on the packed tarball, for TypeScript's `node16`
 * (from ESM and from CommonJS) and `bundler` resolution.
 *
 * - `cjs-resolves-to-esm` is not a fault here: the packages are ES modules only, and Node 20.19+ (our
 *   `engines`) and TypeScript's `node20` module setting load them through `require()`; the consumer suite
 *   proves `require()` on Node 20, 22 and 24.
 * - attw skips wildcard subpaths (`./*`), so each one is expanded into the entry points the build made and
 *   those are checked by name.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
/** Every file under `folder`, as paths relative to the package (`dist/events/start-business.js`). */
const filesUnder = (folder) => (existsSync(folder) ? readdirSync(folder, { recursive: true }).map((file) => `${folder}/${file}`) : []);
// tsup's shared chunks: `chunk-X7Q2…js`, `lang-GEQOUiXE.d.ts` (a hash has a capital or a digit; `start-business` has none).
const chunk = /(^|\/)chunk-|-(?=\w*[A-Z0-9])\w{8}\.(js|d\.ts)$/;

const explicit = [];
for (const [subpath, target] of Object.entries(pkg.exports ?? {})) {
  if (!subpath.includes('*') || !target) continue;
  const file = (typeof target === 'string' ? target : (target.default ?? target.types)).replace(/^\.\//, '');
  const [before, after] = file.split('*');
  const pattern = new RegExp(`^${escape(before)}([^/]+)${escape(after)}$`);
  for (const path of filesUnder(before.slice(0, before.lastIndexOf('/')))) {
    const name = pattern.exec(path)?.[1];
    const entry = subpath.replace('*', name);
    // `null` in `exports` closes a subpath a wildcard would open (`./development`).
    if (name && !chunk.test(path) && pkg.exports[entry] !== null) explicit.push(entry);
  }
}

const args = ['attw', '--pack', '.', '--profile', 'node16', '--ignore-rules', 'cjs-resolves-to-esm', '--format', 'table-flipped'];
if (explicit.length) args.push('--include-entrypoints', ...new Set(explicit));
const result = spawnSync('npx', args, { stdio: 'inherit' });
process.exit(result.status ?? 1);
