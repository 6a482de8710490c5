/**
 * `npm run screenshots`: copies the screenshots the last test run wrote to `.screenshots/` (ignored by
 * git) into `docs/screenshots/`, the pictures the READMEs show. Run the tests that take them first
 * (`npx vitest run --project node apps/demo/test/e2e.test.ts tools/storybook-static.test.ts`), look at
 * the difference, and commit the ones that should change.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const from = '.screenshots';
const to = join('docs', 'screenshots');
const files = existsSync(from) ? readdirSync(from).filter((file) => file.endsWith('.png')) : [];
if (files.length === 0) {
  console.error(`No screenshots in ${from}/: run the tests that take them first (see scripts/screenshots.mjs).`);
  process.exit(1);
}
mkdirSync(to, { recursive: true });
for (const file of files) copyFileSync(join(from, file), join(to, file));
console.log(`Copied ${files.length} screenshots from ${from}/ to ${to}/.`);
