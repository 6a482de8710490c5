import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  dts: true,
  clean: true,
  sourcemap: true,
  // Lit and the elements must be the service's own copies: the elements register in Lit's registry.
  external: ['lit', /^lit\//, /^@lit/, /^@felles\//],
});
