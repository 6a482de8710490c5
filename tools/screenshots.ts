/**
 * Where tests write the screenshots the README shows: `.screenshots/` at the repository root, which git
 * ignores, so `npm test` never changes a tracked file. `npm run screenshots` (scripts/screenshots.mjs)
 * copies them into `docs/screenshots/` when a changed picture should be committed.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const screenshotDir = resolve(import.meta.dirname, '..', '.screenshots');

/** The path for screenshot `file` (e.g. `demo-start.png`), its folder created. */
export function screenshotPath(file: string): string {
  mkdirSync(screenshotDir, { recursive: true });
  return join(screenshotDir, file);
}
