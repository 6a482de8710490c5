/**
 * Bundle sizes as a page pays them: esbuild, minified ESM for browsers, code splitting on so that code loaded
 * only on demand (a dynamic import) is counted apart from what the tag needs to register.
 *
 * Each candidate is bundled twice: with the page's Lit left out (what it costs on a page that already has Lit,
 * as every page with one of our elements has) and with Lit in (what it costs alone). A library that bundles
 * a different major of Lit (UI5 ships lit-html 2) cannot share the page's Lit 3, so that copy stays in.
 */
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { compile } from 'sass';
import { benchDir, rootDir } from './candidates.mjs';

const LIT_FAMILY = /^(lit|lit-html|lit-element|@lit\/reactive-element)(\/.*)?$/;
/** React is to Aksel what Lit is to us: the page's framework, left out beyond it and counted alone. */
const REACT_FAMILY = /^(react|react-dom|scheduler)(\/.*)?$/;
const pageLitMajor = Number(readJsonUp(join(rootDir, 'node_modules/lit/package.json')).version.split('.')[0]);

/**
 * @typedef {{ min: number, gzip: number, brotli: number }} Bytes
 * @typedef {{ initial: Bytes, lazy: Bytes, files: number }} Measure
 * @typedef {{ beyondLit: Measure, withLit: Measure, css: Bytes }} SizeResult
 */

/** @param {Buffer | Uint8Array} data @returns {Bytes} */
export function compressed(data) {
  return {
    min: data.length,
    gzip: gzipSync(data, { level: 9 }).length,
    brotli: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** @param {Bytes[]} list @returns {Bytes} */
function sum(list) {
  return list.reduce((a, b) => ({ min: a.min + b.min, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }), {
    min: 0,
    gzip: 0,
    brotli: 0,
  });
}

/**
 * Leaves out the page's Lit: only copies of the same major as the page's, so that a library with its own
 * older Lit is charged for it.
 * @returns {import('esbuild').Plugin}
 */
function externalPageLit() {
  return {
    name: 'external-page-lit',
    setup(b) {
      b.onResolve({ filter: REACT_FAMILY }, (args) => ({ path: args.path, external: true }));
      b.onResolve({ filter: LIT_FAMILY }, async (args) => {
        if (args.pluginData === 'lit-probe') return undefined;
        const resolved = await b.resolve(args.path, {
          kind: args.kind,
          resolveDir: args.resolveDir,
          importer: args.importer,
          pluginData: 'lit-probe',
        });
        if (resolved.errors.length > 0) return undefined;
        const major = Number(readJsonUp(resolved.path).version.split('.')[0]);
        return major === pageLitMajor ? { path: args.path, external: true } : undefined;
      });
    },
  };
}

/**
 * Aksel's packages declare `sideEffects: false` at their root, but each ESM folder has a package.json of its own
 * (`{"type": "module"}`), the one esbuild reads, so every component and icon would stay in. This applies what
 * the packages declare, as a bundler that reads the root would.
 * @type {import('esbuild').Plugin}
 */
export const akselSideEffects = {
  name: 'aksel-side-effects',
  setup(b) {
    b.onResolve({ filter: /^@navikt\// }, async (args) => {
      if (args.pluginData === 'aksel-probe') return undefined;
      const resolved = await b.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        importer: args.importer,
        pluginData: 'aksel-probe',
      });
      return resolved.errors.length ? undefined : { path: resolved.path, sideEffects: /\.css$/.test(resolved.path) };
    });
    b.onResolve({ filter: /^\.\.?\// }, async (args) => {
      if (args.pluginData === 'aksel-probe' || !/[/\\]@navikt[/\\]/.test(args.importer)) return undefined;
      const resolved = await b.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        importer: args.importer,
        pluginData: 'aksel-probe',
      });
      return resolved.errors.length ? undefined : { path: resolved.path, sideEffects: /\.css$/.test(resolved.path) };
    });
  },
};

/**
 * @param {string} code the entry module
 * @param {{ lit: boolean, outdir?: string }} options
 */
export async function bundle(code, { lit, outdir = join(benchDir, '.bundles') }) {
  return build({
    absWorkingDir: rootDir,
    stdin: { contents: code, resolveDir: benchDir, sourcefile: 'entry.js', loader: 'js' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    write: false,
    metafile: true,
    outdir,
    entryNames: 'entry',
    chunkNames: 'chunk-[hash]',
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: lit ? [akselSideEffects] : [akselSideEffects, externalPageLit()],
  });
}

/**
 * The files a page loads before the tag is registered (the entry and what it imports statically), and the
 * rest (chunks reached only through dynamic imports).
 * @param {import('esbuild').BuildResult<{ write: false, metafile: true }>} result
 * @returns {Measure}
 */
function measure(result) {
  const outputs = result.metafile.outputs;
  // Dynamic-import targets carry an entryPoint too; ours is the one named by entryNames.
  const entry = Object.keys(outputs).find((path) => path.endsWith('/entry.js'));
  if (!entry) throw new Error('esbuild produced no entry');
  const initial = new Set([entry]);
  for (const path of initial) {
    for (const imported of outputs[path]?.imports ?? []) {
      if (imported.kind === 'import-statement' && !imported.external) initial.add(imported.path);
    }
  }
  const bytesOf = (/** @type {string} */ path) => {
    const file = result.outputFiles.find((f) => f.path === resolve(rootDir, path));
    if (!file) throw new Error(`no output for ${path}`);
    return compressed(file.contents);
  };
  const js = Object.keys(outputs).filter((path) => path.endsWith('.js'));
  return {
    initial: sum([...initial].map(bytesOf)),
    lazy: sum(js.filter((path) => !initial.has(path)).map(bytesOf)),
    files: js.length,
  };
}

const none = { initial: { min: 0, gzip: 0, brotli: 0 }, lazy: { min: 0, gzip: 0, brotli: 0 }, files: 0 };

/**
 * The stylesheets a component needs besides Designsystemet's, as one file: resolved packages' CSS, or a Sass
 * file of the adapters compiled (GOV.UK's step-by-step against govuk-frontend).
 * @param {string[]} sheets @returns {Bytes}
 */
export function cssOf(sheets) {
  if (sheets.length === 0) return { min: 0, gzip: 0, brotli: 0 };
  const require = createRequire(join(benchDir, 'package.json'));
  const text = sheets
    .map((sheet) =>
      sheet.endsWith('.scss')
        ? compile(join(benchDir, 'src/adapters', sheet), {
            loadPaths: [join(benchDir, 'node_modules'), join(rootDir, 'node_modules')],
            style: 'compressed',
            quietDeps: true,
            logger: { warn: () => {} },
          }).css
        : readFileSync(require.resolve(sheet), 'utf8'),
    )
    .join('\n');
  return compressed(Buffer.from(text));
}

/** @param {string} code @param {string[]} [css] @returns {Promise<SizeResult>} */
export async function sizeOf(code, css = []) {
  if (!code) return { beyondLit: none, withLit: none, css: cssOf(css) };
  const beyondLit = await bundle(code, { lit: false });
  const external = Object.values(beyondLit.metafile.outputs).some((o) => o.imports.some((i) => i.external));
  // Nothing was left out (UI5 has no Lit 3): the bundle alone is the same bundle.
  const withLit = external ? await bundle(code, { lit: true }) : beyondLit;
  return { beyondLit: measure(beyondLit), withLit: measure(withLit), css: cssOf(css) };
}

/** @param {string} path a file inside a package @returns {{ version: string }} its package.json */
function readJsonUp(path) {
  let dir = dirname(path);
  for (;;) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate)) {
      const json = JSON.parse(readFileSync(candidate, 'utf8'));
      // Some packages keep a package.json per folder with only "type" or "sideEffects" in it.
      if (json.version) return json;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${path}`);
    dir = parent;
  }
}
