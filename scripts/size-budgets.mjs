/**
 * Size budgets that follow what was measured. Measures every entry of `.size-limit.cjs` with size-limit
 * itself (so the budget and the check in `npm test` count bytes the same way), and with `--write` sets each
 * limit to the measured size + 5 %, rounded up to 10 bytes: a regression of more than 5 % then fails CI.
 *
 *   node scripts/size-budgets.mjs           report measured size, limit and headroom; exit 1 if over a limit
 *   node scripts/size-budgets.mjs --write   set the limits from this measurement
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const configPath = join(root, '.size-limit.cjs');
export const HEADROOM = 1.05;

/** @typedef {{ name: string, size: number, limit: number | undefined, passed: boolean }} Budget */

/** @param {number} size @returns {string} the limit for a measured size, e.g. 11430 → "12.01 kB" */
export function limitFor(size) {
  const bytes = Math.ceil((size * HEADROOM) / 10) * 10;
  return `${(bytes / 1000).toFixed(2)} kB`;
}

/** @param {string} source @returns {{ name: string, limit?: string }[]} the entries, evaluated as Node would */
function evaluate(source) {
  const module = { exports: /** @type {unknown} */ ({}) };
  vm.runInNewContext(source, { module, exports: module.exports, require: createRequire(configPath) });
  return /** @type {{ name: string, limit?: string }[]} */ (module.exports);
}

/** @returns {Promise<Budget[]>} every entry measured by size-limit */
export async function measureBudgets() {
  const output = await new Promise((resolve, reject) => {
    const child = spawn(join(root, 'node_modules/.bin/size-limit'), ['--json'], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    let text = '';
    child.stdout.on('data', (chunk) => (text += chunk));
    child.on('error', reject);
    // size-limit exits 1 when an entry is over its limit; the JSON is complete either way.
    child.on('exit', () => resolve(text));
  });
  /** @type {{ name: string, size: number, sizeLimit?: number, passed: boolean }[]} */
  const results = JSON.parse(String(output).slice(String(output).indexOf('[')));
  return results.map(({ name, size, sizeLimit, passed }) => ({ name, size, limit: sizeLimit, passed }));
}

/**
 * Rewrites only the `limit` of each entry, in place, leaving comments and layout as they are.
 * @param {Budget[]} budgets
 * @returns {{ name: string, from?: string, to: string }[]} what changed
 */
export function writeBudgets(budgets) {
  const source = readFileSync(configPath, 'utf8');
  const entries = evaluate(source);
  let next = source;
  const changes = [];
  let cursor = 0;
  for (const entry of entries) {
    const measured = budgets.find((b) => b.name === entry.name);
    if (!measured || entry.limit === undefined) continue;
    const at = [`'${entry.name.replace(/'/g, "\\'")}'`, JSON.stringify(entry.name)]
      .map((literal) => next.indexOf(literal, cursor))
      .filter((index) => index >= 0)
      .sort((a, b) => a - b)[0];
    if (at === undefined) throw new Error(`cannot find the entry "${entry.name}" in .size-limit.cjs`);
    const limitPattern = /(limit:\s*)(['"])([^'"]*)\2/g;
    limitPattern.lastIndex = at;
    const match = limitPattern.exec(next);
    if (!match) throw new Error(`no limit after "${entry.name}"`);
    const to = limitFor(measured.size);
    next = next.slice(0, match.index) + `${match[1]}${match[2]}${to}${match[2]}` + next.slice(match.index + match[0].length);
    cursor = match.index + match[0].length;
    if (match[3] !== to) changes.push({ name: entry.name, from: match[3], to });
  }
  // Never leave a file that reads differently from what was meant.
  for (const entry of evaluate(next)) {
    const measured = budgets.find((b) => b.name === entry.name);
    if (measured && entry.limit !== undefined && entry.limit !== limitFor(measured.size)) {
      throw new Error(`rewriting .size-limit.cjs went wrong at "${entry.name}"`);
    }
  }
  if (next !== source) writeFileSync(configPath, next);
  return changes;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const budgets = await measureBudgets();
  if (process.argv.includes('--write')) {
    const changes = writeBudgets(budgets);
    for (const { name, from, to } of changes) console.log(`${name}: ${from} → ${to}`);
    console.log(changes.length ? `${changes.length} limit(s) set to measured + 5 %` : 'limits already match the measurement');
  } else {
    for (const { name, size, limit } of budgets) {
      const headroom = limit ? `${(((limit - size) / size) * 100).toFixed(1)} % headroom` : 'no limit';
      console.log(`${name}: ${size} B of ${limit ?? '-'} B (${headroom})`);
    }
    process.exit(budgets.every((b) => b.passed) ? 0 : 1);
  }
}
