/**
 * `npm start`: builds what is needed, then starts the sandbox (local services speaking the real APIs'
 * protocols), Storybook and the demo service on fixed loopback ports, prints their addresses when they
 * answer, and stops them all on Ctrl-C.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { quietEnv, run } from './run.mjs';

const HOST = '127.0.0.1';
const port = (name, fallback) => Number(process.env[name] ?? fallback);

/** What runs, on which port, and the URL that answers once it is ready. */
const services = [
  {
    name: 'Sandbox',
    port: port('FELLES_SANDBOX_PORT', 4010),
    present: existsSync('apps/sandbox/src/cli.ts'),
    command: (p) => ['node', ['apps/sandbox/dist/cli.js', '--port', String(p), '--host', HOST]],
    ready: (p) => `http://${HOST}:${p}/__sandbox/health`,
  },
  {
    name: 'Storybook',
    port: port('FELLES_STORYBOOK_PORT', 6006),
    present: true,
    command: (p) => ['npx', ['storybook', 'dev', '--port', String(p), '--host', HOST, '--no-open', '--ci', '--quiet']],
    ready: (p) => `http://${HOST}:${p}/`,
    // Storybook compiles the stories from source and reads the built packages only when a story
    // is opened, so it starts while the packages build: on two cores that overlaps its start-up.
    startsBeforeBuild: true,
  },
  {
    name: 'Demo',
    port: port('FELLES_DEMO_PORT', 4020),
    present: existsSync('apps/demo/package.json'),
    command: (p) => ['node', ['apps/demo/dist/server.js', '--port', String(p), '--host', HOST]],
    ready: (p) => `http://${HOST}:${p}/`,
    // The sandbox's ID-porten knows the demo's login callback on this port only.
    portNote: 'Login in the demo works on port 4020 only (the sandbox registers the demo\'s callback there).',
  },
].filter((service) => service.present);

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

services.filter((service) => service.startsBeforeBuild).forEach(startService);

console.log('Building packages …');
// Only what the three services run on (the demo's dependencies include every element and client
// Storybook shows); the React wrappers and benchmarks are not needed to start.
const buildFilters = ['@felles/sandbox...', '@felles/demo...', '@felles/elements...'].map((name) => `--filter=${name}`);
if ((await run('npx', ['turbo', 'run', 'build', ...buildFilters, '--output-logs=errors-only'], { env: quietEnv })) !== 0) stopAll(1);
console.log(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s; starting …`);

services.filter((service) => !service.startsBeforeBuild).forEach(startService);

const results = await Promise.all(services.map((service) => waitFor(service.ready(service.port), 90_000)));
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(`\nFelles is running (ready in ${seconds} s). Ctrl-C stops everything.`);
services.forEach((service, i) => {
  console.log(`  ${service.name.padEnd(10)} http://${HOST}:${service.port}/${results[i] ? '' : '   (not answering yet)'}`);
});
