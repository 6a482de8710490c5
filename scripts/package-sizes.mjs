/**
 * What each published package weighs in a team's install, from `npm pack --dry-run`: packed and unpacked
 * bytes against a budget about 5 % above the measured size, and what every tarball must hold (README,
 * LICENSE, CHANGELOG). The elements ship no source maps (their README says why), so a map in their tarball
 * fails too. Part of `npm run size` and `npm test`.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** Unpacked bytes allowed per package. */
const budgets = {
  '@felles/client-adresser': 86_000,
  '@felles/client-core': 56_000,
  '@felles/client-enhetsregisteret': 188_000,
  '@felles/client-idporten': 112_000,
  '@felles/client-maskinporten': 44_000,
  // 79.4 kB before, 97.4 kB with Altinn's enterprise client and the redirectUrl check (mostly its source map and types).
  '@felles/client-samtykke': 102_000,
  '@felles/elements': 890_000,
  '@felles/life-events': 223_000,
  '@felles/react': 33_000,
  '@felles/ssr': 33_000,
};
const required = ['README.md', 'LICENSE', 'CHANGELOG.md', 'package.json'];
const noMaps = new Set(['@felles/elements']);
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

const problems = [];
const rows = [];
for (const folder of readdirSync('packages')) {
  const dir = `packages/${folder}`;
  const pkg = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8'));
  if (pkg.private) continue;
  const [tarball] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--silent'], { cwd: dir, encoding: 'utf8' }));
  const files = tarball.files.map((file) => file.path);
  const budget = budgets[pkg.name];
  for (const name of required) if (!files.includes(name)) problems.push(`${pkg.name}: the tarball has no ${name}`);
  if (noMaps.has(pkg.name) && files.some((file) => file.endsWith('.map'))) problems.push(`${pkg.name}: the tarball has source maps`);
  if (budget === undefined) problems.push(`${pkg.name}: no unpacked-size budget in scripts/package-sizes.mjs`);
  else if (tarball.unpackedSize > budget) problems.push(`${pkg.name}: ${kB(tarball.unpackedSize)} unpacked, over its budget of ${kB(budget)}`);
  rows.push(`| ${pkg.name} | ${kB(tarball.size)} | ${kB(tarball.unpackedSize)} | ${budget ? kB(budget) : '–'} | ${files.length} |`);
}

console.log('| package | packed | unpacked | budget (unpacked) | files |\n|---|--:|--:|--:|--:|');
console.log(rows.join('\n'));
for (const problem of problems) console.error(`✖ ${problem}`);
process.exit(problems.length ? 1 : 0);
