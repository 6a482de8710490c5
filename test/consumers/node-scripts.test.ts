import { describe, expect, inject, it } from 'vitest';
import { join } from 'node:path';
import { createApp, inApp } from './app.js';
import { nodeBinary } from './tools.js';

/**
 * A Node service that installs the API clients: the same lookup written as an ES module (`import`)
 * and as CommonJS (`require()` of the ESM-only packages, which Node has done since 20.19 and 22.12),
 * run on the machine's Node and on the newest Node 22 and 24.
 */
const sandbox = inject('sandboxOrigin');

const lookup = (load: string) => `${load}
const enhet = await createEnhetsregisterClient({ baseUrl: process.argv[2] }).getEnhet('926535897');
const addresses = await createAddressClient({ baseUrl: process.argv[2] + '/adresser/v1' }).searchAddresses({ sok: 'Myrvollveien 5C', treffPerSide: 1 });
console.log(JSON.stringify({ node: process.version, status: enhet.status, navn: enhet.enhet?.navn, adresse: addresses.adresser[0]?.adressetekst }));
`;

const files = {
  'lookup.mjs': lookup(
    "import { createEnhetsregisterClient } from '@felles/client-enhetsregisteret';\nimport { createAddressClient } from '@felles/client-adresser';",
  ),
  // CommonJS has no top-level await: the same lines inside an async function.
  'lookup.cjs': `const { createEnhetsregisterClient } = require('@felles/client-enhetsregisteret');
const { createAddressClient } = require('@felles/client-adresser');
(async () => {${lookup('')}})().catch((error) => { console.error(error); process.exit(1); });
`,
};

describe('Node scripts with the API clients', async () => {
  const dir = await createApp('node-scripts', { '@felles/client-enhetsregisteret': '*', '@felles/client-adresser': '*' }, files);
  const nodes: [string, string][] = [
    ['machine', process.execPath],
    ['22', nodeBinary(22)],
    ['24', nodeBinary(24)],
  ];

  for (const [line, node] of nodes) {
    for (const script of ['lookup.mjs', 'lookup.cjs']) {
      it(`${script} on Node ${line}`, async () => {
        const output = await inApp(dir, node, [join(dir, script), sandbox]);
        const seen = JSON.parse(output.trim().split('\n').at(-1)!) as { node: string; status: string; navn?: string; adresse?: string };
        console.log(`[consumers] ${script} ran on Node ${seen.node}`);
        if (line !== 'machine') expect(seen.node).toMatch(new RegExp(`^v${line}\\.`));
        expect(seen).toMatchObject({ status: 'found', navn: expect.any(String), adresse: 'Myrvollveien 5C' });
      });
    }
  }
});
