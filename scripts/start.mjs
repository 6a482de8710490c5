/**
 * `npm start`: starts the sandbox (local services speaking the real APIs' protocols), Storybook and the
 * demo service on fixed loopback ports, prints their addresses when they answer, and stops them all on
 * Ctrl-C.
 *
 * Nothing waits for the packages' own build (type declarations, nine tsup runs): the sandbox and the
 * demo are bundled with esbuild straight from the workspace's TypeScript sources into `.start/` beside
 * their `dist/`, each service starts the moment its own bundle is written, and Storybook serves the
 * packages from source too. `npm run build` still builds what is published.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { build } from 'esbuild';
import { buildBrowser } from '../apps/demo/scripts/build-browser.mjs';
import { quietEnv, run } from './run.mjs';
import { filesUnder, isUpToDate, writeStamp } from './up-to-date.mjs';
import { root, workspaceSourcePlugin } from './workspace-source.mjs';

const HOST = '127.0.0.1';
/** What each preparation last read and wrote, so a later start skips what is still current. */
const stamps = join(root, 'node_modules/.cache/felles-start');
mkdirSync(stamps, { recursive: true });
const stamp = (name) => join(stamps, `${name}.json`);
const port = (name, fallback) => Number(process.env[name] ?? fallback);

/** What runs, on which port, and the URL that answers once it is ready. */
const services = [
  {
    name: 'Sandbox',
    port: port('FELLES_SANDBOX_PORT', 4010),
    present: existsSync('apps/sandbox/src/cli.ts'),
    command: (p) => ['node', ['--enable-source-maps', 'apps/sandbox/.start/cli.js', '--port', String(p), '--host', HOST]],
    prepare: () => bundleServer('apps/sandbox/src/cli.ts', 'apps/sandbox/.start/cli.js'),
    ready: (p) => `http://${HOST}:${p}/__sandbox/health`,
  },
  {
    name: 'Storybook',
    port: port('FELLES_STORYBOOK_PORT', 6006),
    present: true,
    command: (p) => [
      join(root, 'node_modules/.bin/storybook'),
      ['dev', '--port', String(p), '--host', HOST, '--no-open', '--ci', '--quiet', '--no-version-updates', '--exact-port'],
    ],
    ready: (p) => `http://${HOST}:${p}/`,
    // Storybook compiles the stories and (with FELLES_WORKSPACE_SOURCE) the packages from source; its
    // docs read the elements' manifest, written in about 3 s while Storybook itself starts.
    startsAtOnce: true,
    prepare: async () => {
      // About 3 s of CPU that would slow the other services' start: only when an element changed.
      const elements = join(root, 'packages/elements');
      if (isUpToDate(stamp('manifest'))) return 0;
      const code = await run('npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs'], {
        cwd: elements,
        env: quietEnv,
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      if (code === 0) {
        const inputs = [...filesUnder(join(elements, 'src')), join(elements, 'custom-elements-manifest.config.mjs')];
        writeStamp(stamp('manifest'), { inputs, outputs: [join(elements, 'custom-elements.json')] });
      }
      return code;
    },
  },
  {
    name: 'Demo',
    port: port('FELLES_DEMO_PORT', 4020),
    present: existsSync('apps/demo/package.json'),
    command: (p) => ['node', ['--enable-source-maps', 'apps/demo/.start/server.js', '--port', String(p), '--host', HOST]],
    prepare: () =>
      Promise.all([bundleServer('apps/demo/src/server.ts', 'apps/demo/.start/server.js'), bundleDemoPages()]).then((codes) => Math.max(...codes)),
    ready: (p) => `http://${HOST}:${p}/`,
    // The sandbox's ID-porten knows the demo's login callback on this port only.
    portNote: "Login in the demo works on port 4020 only (the sandbox registers the demo's callback there).",
  },
].filter((service) => service.present);

/**
 * One Node bundle of a service: its own code and every `@felles/*` package from source; other packages
 * stay imports, resolved from node_modules when it runs. Resolves with 0, or 1 after printing the error.
 */
async function bundleServer(entry, outfile) {
  const name = entry.split('/')[1];
  if (isUpToDate(stamp(`${name}-server`))) return 0;
  try {
    const { metafile } = await build({
      entryPoints: [join(root, entry)],
      outfile: join(root, outfile),
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      sourcemap: true,
      metafile: true,
      logLevel: 'error',
      plugins: [
        workspaceSourcePlugin(),
        {
          name: 'external-packages',
          setup(b) {
            b.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith('@felles/') ? undefined : { path: args.path, external: true }));
          },
        },
      ],
    });
    writeStamp(stamp(`${name}-server`), { inputs: Object.keys(metafile.inputs), outputs: [join(root, outfile)] });
    return 0;
  } catch {
    return 1;
  }
}

/** The demo's page scripts (dist/public), from the workspace's sources. Resolves with 0, or 1 on an error. */
async function bundleDemoPages() {
  if (isUpToDate(stamp('demo-pages'))) return 0;
  try {
    const { inputs, outputs, entryDir } = await buildBrowser({ plugins: [workspaceSourcePlugin()] });
    // The entry folder too: a page script added there is a new entry point.
    writeStamp(stamp('demo-pages'), { inputs: [entryDir, ...inputs], outputs });
    return 0;
  } catch (error) {
    console.error(error);
    return 1;
  }
}

function portIsFree(p) {
  return new Promise((resolve) => {
    const probe = createServer()
      .once('error', () => resolve(false))
      .once('listening', () => probe.close(() => resolve(true)))
      .listen(p, HOST);
  });
}

async function waitFor(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.status < 500) return true;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

const started = Date.now();
for (const service of services) {
  if (!(await portIsFree(service.port))) {
    console.error(
      `Port ${service.port} on ${HOST} is already in use, so ${service.name} cannot start.\n` +
        `Stop what uses it (see: lsof -i :${service.port}) or choose another port, e.g. FELLES_${service.name.toUpperCase()}_PORT=${service.port + 1} npm start` +
        (service.portNote ? `\n${service.portNote}` : ''),
    );
    process.exit(1);
  }
}

const children = [];
function stopAll(code = 0) {
  for (const child of children) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  process.exit(code);
}
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

const sandbox = services.find((service) => service.name === 'Sandbox');
const env = {
  ...quietEnv,
  FELLES_WORKSPACE_SOURCE: '1',
  ...(sandbox ? { FELLES_SANDBOX_ORIGIN: `http://${HOST}:${sandbox.port}`, STORYBOOK_FELLES_SANDBOX: `http://${HOST}:${sandbox.port}` } : {}),
};

/** @param {(typeof services)[number]} service */
function startService(service) {
  const [command, args] = service.command(service.port);
  const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env }, detached: true });
  child.on('exit', (code) => {
    console.error(`${service.name} stopped (exit code ${code}); stopping the rest.`);
    stopAll(code || 1);
  });
  children.push(child);
}

/** Prepares and starts one service, then waits until it answers; false when it never does. */
async function bringUp(service) {
  const prepared = service.prepare ? service.prepare() : Promise.resolve(0);
  if (service.startsAtOnce) startService(service);
  if ((await prepared) !== 0) {
    console.error(`${service.name} could not be prepared; stopping.`);
    stopAll(1);
  }
  if (!service.startsAtOnce) startService(service);
  const answered = await waitFor(service.ready(service.port), 90_000);
  service.seconds = ((Date.now() - started) / 1000).toFixed(1);
  return answered;
}

const results = await Promise.all(services.map(bringUp));
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(`\nFelles is running (ready in ${seconds} s). Ctrl-C stops everything.`);
services.forEach((service, i) => {
  console.log(`  ${service.name.padEnd(10)} http://${HOST}:${service.port}/${results[i] ? `   (${service.seconds} s)` : '   (not answering yet)'}`);
});
