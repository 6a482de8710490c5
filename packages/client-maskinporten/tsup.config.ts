import { defineConfig } from 'tsup';

export default defineConfig({
  // The server client, and the module a browser bundle resolves instead, which refuses to load.
  entry: ['src/index.ts', 'src/browser.ts'],
  format: ['esm'],
  target: 'es2022',
  platform: 'node',
  dts: true,
  sourcemap: true,
  clean: true,
  treeshake: true,
});
