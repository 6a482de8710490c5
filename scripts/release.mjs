/**
 * `npm run release`: the one way a version of the packages reaches a registry.
 *
 *   1. refuses a working tree with uncommitted changes (what is published must be what is committed);
 *   2. `npm test`: every check, the same as CI;
 *   3. `changeset version`: bumps the versions and writes the CHANGELOGs from `.changeset/*.md`, updates
 *      the lock file and commits the result as "release: …";
 *   4. builds again (the versions are in the bundles) and `changeset publish`: publishes every package whose
 *      version is not in the registry yet, with a git tag for each.
 *
 * Options: `--registry <url>` publishes elsewhere than npm's public registry (a company's registry, or a
 * local Verdaccio to rehearse); `--skip-tests` when CI has just run them on this commit; `--no-version`
 * publishes the versions as they stand; `--no-git-tag` for a rehearsal. Pushing the commit and the tags is
 * left to the person releasing.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { quietEnv, run } from './run.mjs';

const { values: options } = parseArgs({
  options: {
    registry: { type: 'string' },
    'skip-tests': { type: 'boolean', default: false },
    'no-version': { type: 'boolean', default: false },
    'no-git-tag': { type: 'boolean', default: false },
    'allow-dirty': { type: 'boolean', default: false },
  },
});

const env = { ...quietEnv, ...(options.registry ? { npm_config_registry: options.registry } : {}) };
const git = (...args) => execFileSync('git', args, { encoding: 'utf8' }).trim();

async function step(name, command, args) {
  console.log(`\n▶ ${name}`);
  const code = await run(command, args, { env });
  if (code !== 0) {
    console.error(`✖ release stopped: ${name} failed (exit ${code}); nothing after it ran.`);
    process.exit(code);
  }
}

if (!options['allow-dirty'] && git('status', '--porcelain') !== '') {
  console.error('✖ release stopped: the working tree has uncommitted changes. Commit or stash them first.');
  process.exit(1);
}
if (!options['skip-tests']) await step('every check (npm test)', 'npm', ['test']);

const pending = readdirSync('.changeset').filter((file) => file.endsWith('.md') && file !== 'README.md');
if (!options['no-version'] && pending.length > 0) {
  await step(`versions and CHANGELOGs from ${pending.length} changeset(s)`, 'npx', ['changeset', 'version']);
  await step('lock file', 'npm', ['install', '--package-lock-only', '--ignore-scripts', '--no-audit', '--no-fund']);
  const versions = git('diff', '--name-only', '--', 'packages/*/package.json').split('\n').filter(Boolean);
  git('add', '-A');
  git('commit', '--quiet', '-m', `release: ${versions.length} package(s) versioned from ${pending.length} changeset(s)`);
  console.log(`Committed the new versions (${git('rev-parse', '--short', 'HEAD')}).`);
}

await step('build', 'npx', ['turbo', 'run', 'build', '--output-logs=errors-only']);
await step(`publish to ${options.registry ?? 'the registry npm is set to'}`, 'npx', [
  'changeset',
  'publish',
  ...(options['no-git-tag'] ? ['--no-git-tag'] : []),
]);
console.log('\n✔ released. Push the commit and the tags: git push --follow-tags');
