/**
 * Real Chromium through Playwright, and a loopback server that hands it the adapters, each bundled on its own
 * with its own copy of Lit (minified, production), as a page that uses only that component would load it.
 */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { compile } from 'sass';
import { chromiumArgs, chromiumHelp, findChromium } from '../../tools/chromium.mjs';
import { benchDir, rootDir } from './candidates.mjs';
import { akselSideEffects } from './size.mjs';

/**
 * @param {{ gc?: boolean }} [options] gc: expose `gc()` to pages (memory runs)
 * @returns {Promise<import('playwright').Browser>}
 */
export async function launch({ gc = false } = {}) {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(chromiumHelp);
  const args = [...chromiumArgs, '--enable-precise-memory-info'];
  if (gc) args.push('--js-flags=--expose-gc');
  return chromium.launch({ executablePath, args, headless: true });
}

/**
 * Bundles every adapter into memory, code split as a production page would be.
 * @param {string[]} ids adapters in src/adapters
 * @returns {Promise<Map<string, Uint8Array>>} URL path → file
 */
export async function bundleAdapters(ids) {
  const files = new Map();
  await Promise.all(
    ids.map(async (id) => {
      const outdir = join(benchDir, '.bundles', id);
      const result = await build({
        absWorkingDir: rootDir,
        entryPoints: { [id]: join(benchDir, 'src/adapters', `${id}.js`) },
        bundle: true,
        splitting: true,
        format: 'esm',
        platform: 'browser',
        target: 'es2022',
        minify: true,
        write: false,
        outdir,
        logLevel: 'silent',
        define: { 'process.env.NODE_ENV': '"production"' },
        // A peer's own stylesheet comes in as text, added by its adapter: a page pays for parsing it too.
        loader: { '.css': 'text' },
        plugins: [sassAsText, akselSideEffects],
      });
      for (const file of result.outputFiles) files.set(`/a/${id}/${file.path.slice(outdir.length + 1)}`, file.contents);
    }),
  );
  return files;
}

/**
 * GOV.UK's step-by-step ships Sass written against govuk-frontend: compiled here as a prototype kit compiles
 * it, and handed to the adapter as CSS text.
 * @type {import('esbuild').Plugin}
 */
const sassAsText = {
  name: 'sass-as-text',
  setup(b) {
    b.onLoad({ filter: /\.scss$/ }, (args) => {
      const { css } = compile(args.path, {
        loadPaths: [join(benchDir, 'node_modules'), join(rootDir, 'node_modules')],
        style: 'compressed',
        quietDeps: true,
        logger: { warn: () => {} },
      });
      return { contents: css, loader: 'text' };
    });
  },
};

/**
 * Every page loads Designsystemet's CSS, its theme and its component styles, as the page of a Norwegian public
 * service does: our elements take their colours from it, Designsystemet's own components their looks, and it
 * is the same two stylesheets for every candidate.
 */
const require = createRequire(import.meta.url);
const THEME = readFileSync(require.resolve('@digdir/designsystemet-css/theme'), 'utf8');
const COMPONENTS = readFileSync(require.resolve('@digdir/designsystemet-css'), 'utf8');
const PAGE =
  '<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>bench</title><link rel="stylesheet" href="/theme.css"><link rel="stylesheet" href="/designsystemet.css"></head><body></body></html>';

/**
 * Serves the bundles and an empty Norwegian page, with Designsystemet's theme, on loopback.
 * @param {Map<string, Uint8Array | string>} files
 * @returns {Promise<{ origin: string, files: Map<string, Uint8Array | string>, close(): Promise<void> }>}
 */
export async function serve(files) {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const body = path === '/' ? PAGE : path === '/theme.css' ? THEME : path === '/designsystemet.css' ? COMPONENTS : files.get(path);
    if (body === undefined) {
      res.writeHead(404).end();
      return;
    }
    const type =
      path === '/' || path.endsWith('.html')
        ? 'text/html; charset=utf-8'
        : path.endsWith('.css')
          ? 'text/css; charset=utf-8'
          : 'text/javascript; charset=utf-8';
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${address.port}`,
    files,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve(undefined));
      }),
  };
}

/**
 * A fresh context and page for each sample: no compiled-code cache, no HTTP cache, no leftover elements.
 * @param {import('playwright').Browser} browser @param {string} origin
 */
export async function freshPage(browser, origin) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'nb-NO' });
  // Nothing leaves the machine: UI5 asks a CDN for its font, which here would only add a failed request.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/]|localhost[:/])/, (route) => route.abort());
  const page = await context.newPage();
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${origin}/`);
  return { page, context, errors };
}
