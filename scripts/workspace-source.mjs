/**
 * Resolves the workspace's own packages (`@felles/*`) to their TypeScript sources instead of their
 * built `dist`, so `npm start` can bundle the sandbox and the demo (and Storybook can serve the
 * stories) on a fresh clone without first building nine packages with their type declarations.
 * Every export of a package maps `./dist/<path>.js` to `./src/<path>.ts`; a test checks that each
 * export has its source.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** @typedef {{ name: string, dir: string, exports: Record<string, unknown> }} WorkspacePackage */

/** @returns {WorkspacePackage[]} */
export function workspacePackages() {
  const dir = join(root, 'packages');
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'package.json')))
    .map((entry) => {
      const manifest = JSON.parse(readFileSync(join(dir, entry.name, 'package.json'), 'utf8'));
      return { name: manifest.name, dir: join(dir, entry.name), exports: manifest.exports ?? {} };
    })
    .filter((pkg) => pkg.name?.startsWith('@felles/'));
}

/** The conditions an import meets, in the order a package's `exports` is read for each platform. */
const conditions = {
  browser: ['browser', 'import', 'default'],
  // A server bundle must not take a `browser` entry: @felles/client-maskinporten's throws on purpose.
  node: ['node', 'import', 'default'],
};

/**
 * The JavaScript file an export condition tree points at for a browser or Node import.
 * @param {unknown} value
 * @param {'browser' | 'node'} platform
 */
function target(value, platform) {
  if (typeof value === 'string') return value;
  if (!value || typeof value !== 'object') return undefined;
  for (const condition of conditions[platform]) {
    const found = condition in value ? target(value[condition], platform) : undefined;
    if (found) return found;
  }
  return undefined;
}

/** `./dist/a/b.js` → `./src/a/b.ts`, or undefined when the export is no JavaScript module. */
export function sourceOf(distPath) {
  if (!distPath?.startsWith('./dist/') || !distPath.endsWith('.js')) return undefined;
  return `./src/${distPath.slice('./dist/'.length, -'.js'.length)}.ts`;
}

/**
 * The source file of `@felles/<name>[/subpath]`, or undefined when the specifier is not one of the
 * workspace's JavaScript exports (JSON, types only, or unknown: the normal resolution then applies).
 * @param {string} specifier
 * @param {WorkspacePackage[]} packages
 * @param {'browser' | 'node'} [platform] who imports it: a page (the default) or a server
 */
export function resolveSource(specifier, packages, platform = 'browser') {
  const pkg = packages.find((p) => specifier === p.name || specifier.startsWith(`${p.name}/`));
  if (!pkg) return undefined;
  const subpath = `.${specifier.slice(pkg.name.length)}`;
  // Node's order: an exact key wins; otherwise the pattern with the longest part before its `*`.
  if (subpath in pkg.exports) {
    const source = sourceOf(target(pkg.exports[subpath], platform));
    return source && join(pkg.dir, source);
  }
  const patterns = Object.keys(pkg.exports)
    .filter((key) => key.includes('*'))
    .sort((a, b) => b.indexOf('*') - a.indexOf('*'));
  for (const key of patterns) {
    const [before, after] = key.split('*');
    if (!subpath.startsWith(before) || !subpath.endsWith(after) || subpath.length < before.length + after.length) continue;
    const source = sourceOf(target(pkg.exports[key], platform)?.replace('*', subpath.slice(before.length, subpath.length - after.length)));
    return source && join(pkg.dir, source);
  }
  return undefined;
}

/** An esbuild plugin that bundles `@felles/*` from source; every other package stays as it resolves. */
export function workspaceSourcePlugin() {
  const packages = workspacePackages();
  return {
    name: 'felles-workspace-source',
    setup(build) {
      const platform = build.initialOptions.platform === 'node' ? 'node' : 'browser';
      build.onResolve({ filter: /^@felles\// }, (args) => {
        const path = resolveSource(args.path, packages, platform);
        return path && existsSync(path) ? { path } : undefined;
      });
    },
  };
}
