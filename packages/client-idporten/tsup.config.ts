import { defineConfig } from 'tsup';

export default defineConfig({
  // Two entries: the backend client, and the public browser client that pages load on demand.
  entry: ['src/index.ts', 'src/browser.ts'],
  format: ['esm'],
  target: 'es2022',
  platform: 'neutral',
  dts: true,
  sourcemap: true,
  clean: true,
  treeshake: true,
});
