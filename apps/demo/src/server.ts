#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { defaultHost, defaultPort, defaultSandboxOrigin, sandboxDemoClient } from './config.js';
import { startDemo } from './index.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', short: 'p' },
    host: { type: 'string' },
    'data-dir': { type: 'string' },
    'public-origin': { type: 'string' },
    'trust-proxy': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
});

if (values.help) {
  console.log(`Usage: felles-demo [--port ${defaultPort}] [--host ${defaultHost}] [--data-dir .demo-data]
                  [--public-origin https://demo.example.no] [--trust-proxy]
Environment: FELLES_SANDBOX_ORIGIN (default ${defaultSandboxOrigin}), FELLES_DEMO_PORT, FELLES_DEMO_HOST,
             FELLES_DEMO_DATA, FELLES_DEMO_PUBLIC_ORIGIN, FELLES_DEMO_TRUST_PROXY=1, NODE_ENV=production,
             FELLES_DEMO_CLIENT_ID and FELLES_DEMO_CLIENT_SECRET (default: the sandbox's ${sandboxDemoClient.clientId}),
             FELLES_DEMO_MASKINPORTEN_CLIENT_ID, FELLES_DEMO_MASKINPORTEN_KEY (a private JWK as JSON),
             FELLES_DEMO_MASKINPORTEN_ORGNR and FELLES_DEMO_MASKINPORTEN_ORG_NAME (the organisation that
             asks for consent; default for all four: the sandbox's felles-demo Maskinporten client)`);
  process.exit(0);
}

const port = Number(values.port ?? process.env.FELLES_DEMO_PORT ?? defaultPort);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Invalid port "${values.port ?? process.env.FELLES_DEMO_PORT}": use a number from 0 to 65535.`);
  process.exit(2);
}

const maskinportenEnv = ['CLIENT_ID', 'KEY', 'ORGNR', 'ORG_NAME'].map((name) => process.env[`FELLES_DEMO_MASKINPORTEN_${name}`] || undefined);
const [maskinportenClientId, maskinportenKey, maskinportenOrgnr, maskinportenOrgName] = maskinportenEnv;
if (maskinportenEnv.some(Boolean) && !maskinportenEnv.every(Boolean)) {
  console.error("Set all of FELLES_DEMO_MASKINPORTEN_CLIENT_ID, _KEY, _ORGNR and _ORG_NAME, or none (the sandbox's test client).");
  process.exit(2);
}

try {
  const demo = await startDemo({
    port,
    host: values.host ?? process.env.FELLES_DEMO_HOST ?? defaultHost,
    sandboxOrigin: process.env.FELLES_SANDBOX_ORIGIN ?? defaultSandboxOrigin,
    clientId: process.env.FELLES_DEMO_CLIENT_ID,
    clientSecret: process.env.FELLES_DEMO_CLIENT_SECRET,
    dataDir: values['data-dir'] ?? process.env.FELLES_DEMO_DATA,
    publicOrigin: values['public-origin'] ?? (process.env.FELLES_DEMO_PUBLIC_ORIGIN || undefined),
    trustProxy: values['trust-proxy'] ?? ['1', 'true'].includes(process.env.FELLES_DEMO_TRUST_PROXY ?? ''),
    ...(maskinportenClientId && maskinportenKey && maskinportenOrgnr && maskinportenOrgName
      ? {
          maskinporten: {
            clientId: maskinportenClientId,
            key: JSON.parse(maskinportenKey) as JsonWebKey,
            organisation: { orgnr: maskinportenOrgnr, name: maskinportenOrgName },
          },
        }
      : {}),
  });
  console.log(`Felles demo "Start serveringssted" on ${demo.origin} (sandbox ${demo.config.sandboxOrigin})`);
  if (demo.config.origin !== demo.origin)
    console.log(`Public origin: ${demo.config.origin}${demo.config.trustProxy ? ' (behind a trusted proxy)' : ''}`);
  if (demo.port !== defaultPort && demo.config.idporten.clientId === sandboxDemoClient.clientId) {
    console.warn(
      `Note: the sandbox's ${sandboxDemoClient.clientId} client is registered for port ${defaultPort} only; login will fail on port ${demo.port}.`,
    );
  }
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    demo.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    console.error(`Port ${port} is already in use: is the demo already running? Stop it, or choose another port with --port or FELLES_DEMO_PORT.`);
  } else {
    console.error('The demo could not start:', error);
  }
  process.exit(1);
}
