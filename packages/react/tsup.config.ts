import { readdirSync } from 'node:fs';
import { defineConfig } from 'tsup';

// One entry per generated wrapper, so `@felles/react/address-lookup` registers only its own element.
const wrappers = readdirSync('src/generated')
  .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
  .map((file) => file.replace(/\.ts$/, ''));

export default defineConfig({
  entry: Object.fromEntries([['index', 'src/index.ts'], ...wrappers.map((name) => [name, `src/generated/${name}.ts`])]),
  format: ['esm'],
  target: 'es2022',
  platform: 'browser',
  dts: true,
  clean: true,
  sourcemap: true,
  // React, @lit/react and the elements are the page's own copies.
  external: ['react', /^@lit\//, /^@felles\//, 'lit', /^lit\//],
});
