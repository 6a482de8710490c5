/**
 * `prepack` of every published package: copies the repository's one LICENSE into the package folder,
 * so each tarball ships it (npm always includes LICENSE). The copies are git-ignored.
 */
import { copyFileSync } from 'node:fs';

copyFileSync(new URL('../LICENSE', import.meta.url), 'LICENSE');
