import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/server.ts', 'src/index.ts'],
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  sourcemap: true,
  // Only the server: the browser bundle is built by scripts/build-browser.mjs into dist/public.
  clean: false,
  // Packages are resolved from node_modules at run time.
  external: [/^[^./]/],
});
