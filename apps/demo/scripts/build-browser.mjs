/**
 * Builds the demo's browser code: one small entry per page that registers only the elements that
 * page uses, with Lit and shared code split into common chunks, into dist/public.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const browserDir = join(root, 'src', 'browser');

/** @param {{ outdir?: string, minify?: boolean, plugins?: import('esbuild').Plugin[] }} [options] */
export async function buildBrowser(options = {}) {
  const entryPoints = readdirSync(browserDir)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.startsWith('_'))
    .map((file) => join(browserDir, file));
  const outdir = options.outdir ?? join(root, 'dist', 'public');
  const result = await build({
    entryPoints,
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: options.minify ?? true,
    // Maps beside the files but not named in them: the demo names them in a SourceMap header outside
    // production, and in production neither serves nor mentions them.
    sourcemap: 'external',
    // The elements' production build, without development warnings.
    conditions: ['browser', 'import', 'default'],
    chunkNames: 'chunks/[name]-[hash]',
    metafile: true,
    logLevel: 'warning',
    tsconfig: join(root, 'tsconfig.json'),
    plugins: options.plugins ?? [],
  });
  return { outdir, entryDir: browserDir, inputs: Object.keys(result.metafile.inputs), outputs: Object.keys(result.metafile.outputs) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { outputs } = await buildBrowser();
  console.log(`Browser bundle: ${outputs.filter((file) => file.endsWith('.js')).length} files in dist/public`);
}
