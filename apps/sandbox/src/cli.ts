#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { DataDirLockedError, defaultPort, startSandbox } from './index.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', short: 'p' },
    host: { type: 'string' },
    'data-dir': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});

if (values.help) {
  console.log(`Usage: felles-sandbox [--port ${defaultPort}] [--host 127.0.0.1] [--data-dir .sandbox-data]
Environment: FELLES_SANDBOX_PORT, FELLES_SANDBOX_HOST, FELLES_SANDBOX_DATA`);
  process.exit(0);
}

const port = Number(values.port ?? process.env.FELLES_SANDBOX_PORT ?? defaultPort);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Invalid port "${values.port ?? process.env.FELLES_SANDBOX_PORT}": use a number from 0 to 65535.`);
  process.exit(2);
}

const started = performance.now();
try {
  const sandbox = await startSandbox({
    port,
    host: values.host ?? process.env.FELLES_SANDBOX_HOST ?? '127.0.0.1',
    dataDir: values['data-dir'] ?? process.env.FELLES_SANDBOX_DATA,
  });
  const width = Math.max(...sandbox.services.map((s) => s.name.length));
  console.log(`Felles sandbox on ${sandbox.origin} (ready in ${Math.round(performance.now() - started)} ms)`);
  for (const s of sandbox.services) console.log(`  ${s.name.padEnd(width)}  ${s.url}  (${s.startMs} ms)`);
  console.log(`What is here (services, test persons and companies, faults, logging in from your own app): ${sandbox.origin}/`);
  console.log(`Faults: add ?__fault=500|503|429:3|malformed|shape|latency:800|timeout|network (or header x-felles-fault),
        or POST ${sandbox.origin}/__sandbox/faults {"service":"adresser","fault":"500","count":1}`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping the sandbox`);
    sandbox.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
} catch (error) {
  if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    console.error(
      `Port ${port} is already in use: is a sandbox already running? Stop it, or choose another port with --port or FELLES_SANDBOX_PORT (0 picks a free one).`,
    );
  } else if (error instanceof DataDirLockedError) {
    console.error(error.message);
  } else {
    console.error('The sandbox could not start:', error);
  }
  process.exit(1);
}
