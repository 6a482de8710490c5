/**
 * `npm test`: every check, in the order a failure is cheapest to find. Lint, types, build, changesets,
 * all Vitest projects (Node, browser, stories as tests), size budgets, package contents and sizes. Ends with one line
 * `N passed, N failed` taken from Vitest's JSON report, so a run that tested nothing is visible.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { chromiumHelp, findChromium } from '../tools/chromium.mjs';
import { quietEnv, run } from './run.mjs';

const REPORT = '.vitest-report.json';
const started = Date.now();
const chromium = findChromium();
if (!chromium) {
  console.error(chromiumHelp);
  process.exit(1);
}
const env = { ...quietEnv, CHROMIUM_PATH: chromium };

/** @type {[string, string, string[]][]} */
const steps = [
  ['formatting (Prettier)', 'npx', ['prettier', '--check', '.']],
  ['build, lint and typecheck', 'npx', ['turbo', 'run', 'build', 'lint', 'typecheck', '--output-logs=errors-only']],
  ['lint of the root tooling', 'npx', ['eslint', '.storybook', 'tools', 'scripts', 'test', 'vitest.config.ts']],
  ['types of the root tooling', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['changesets', 'npx', ['changeset', 'status']],
  ['Storybook build (checked page by page in the tests)', 'npx', ['storybook', 'build', '--output-dir', 'storybook-static', '--quiet']],
];

const failures = [];
for (const [name, command, args] of steps) {
  console.log(`\n▶ ${name}`);
  if ((await run(command, args, { env })) !== 0) {
    failures.push(name);
    break;
  }
}

let passed = 0;
let failed = 0;
if (failures.length === 0) {
  console.log('\n▶ tests (Node, Chromium, stories)');
  rmSync(REPORT, { force: true });
  const code = await run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${REPORT}`], { env });
  if (existsSync(REPORT)) {
    const report = JSON.parse(readFileSync(REPORT, 'utf8'));
    passed = report.numPassedTests;
    // A file that fails to load has no failed test in it, but it is a failure all the same.
    const brokenFiles = report.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length;
    failed = report.numFailedTests + brokenFiles;
  }
  if (code !== 0 || passed === 0) failures.push('tests');

  console.log('\n▶ size budgets');
  if ((await run('npx', ['size-limit'], { env })) !== 0) failures.push('size budgets');

  console.log('\n▶ package contents and sizes');
  if ((await run('node', ['scripts/package-sizes.mjs'], { env })) !== 0) failures.push('package contents and sizes');
}

const seconds = Math.round((Date.now() - started) / 1000);
console.log(`\n${failures.length ? `✖ failed: ${failures.join(', ')}` : '✔ all checks passed'} in ${seconds} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failures.length ? 1 : 0);
