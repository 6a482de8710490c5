import { defineConfig } from 'vitest/config';

/**
 * Consumers that install from a registry: `npm run test:consumers`, run by CI after `npm test` (it
 * needs the packages built).
 * One registry, one publish and one sandbox for every file (setup.ts); files run one after another,
 * since each installs and builds a fresh app and the machine has two cores.
 */
export default defineConfig({
  test: {
    name: 'consumers',
    root: import.meta.dirname,
    include: ['*.test.ts'],
    environment: 'node',
    globalSetup: ['setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
});
