import { readdirSync, existsSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';
import { minifyCssLiterals } from '../../tools/minify-css-literals.mjs';

/** Every component folder with a define.ts is a public entry point: `<name>/index.js` and `<name>/define.js`. */
const components = readdirSync('src', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'internal' && existsSync(`src/${entry.name}/define.ts`))
  .map((entry) => entry.name);

const entry = Object.fromEntries([
  ['index', 'src/index.ts'],
  ['all', 'src/all.ts'],
  ['hydrate', 'src/hydrate.ts'],
  ...components.flatMap((name) => [
    [`${name}/index`, `src/${name}/index.ts`],
    [`${name}/define`, `src/${name}/define.ts`],
  ]),
]);

const shared: Options = {
  entry,
  format: ['esm'],
  target: 'es2022',
  platform: 'browser',
  splitting: true,
  treeshake: true,
  // No maps: the ES modules are unminified and readable, and the bundle's map would weigh more than the package (README).
  sourcemap: false,
  // Lit and our clients stay imports so a page shares one copy of each.
  external: ['lit', /^lit\//, /^@lit\//, /^@felles\//],
  esbuildPlugins: [minifyCssLiterals()],
};

export default defineConfig([
  { ...shared, outDir: 'dist', clean: true, dts: true, minify: false, define: { __DEV__: 'false' } },
  { ...shared, outDir: 'dist/development', clean: false, dts: false, define: { __DEV__: 'true' } },
  // Lit and every element, minified, for pages without a bundler (`@felles/elements/bundle.js`): one
  // entry file, and beside it in `felles.bundle/` what an element loads only when it needs it (other
  // languages' texts, the API clients, the life-event schema). A page that never searches an address or
  // shows Sámi text never downloads them; inlined, they were half the file (63.8 → about 33 kB gzip).
  {
    entry: { 'felles.bundle': 'src/bundle.ts' },
    format: ['esm'],
    target: 'es2022',
    platform: 'browser',
    outDir: 'dist',
    clean: false,
    dts: false,
    splitting: true,
    esbuildOptions(options) {
      options.chunkNames = 'felles.bundle/[name]-[hash]';
    },
    minify: true,
    // No map: 925 kB in every install for a file most never load; the ES module entries are the readable copy.
    sourcemap: false,
    noExternal: [/.*/],
    esbuildPlugins: [minifyCssLiterals()],
    define: { __DEV__: 'false' },
  },
]);
