import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startSandbox } from '../index.js';
import { generateAddresses } from './generate.js';
import { readSokParams } from './params.js';
import { AddressIndex } from './search-index.js';
import { search } from './search.js';

/** What a person types into an address field, letter by letter, and some field searches. */
const queries = [
  'myr*', 'myrvoll*', 'myrvollveien 5*', 'myrvollveien 5c', 'kirke*', 'kirkeveien 1*', 'skole* oslo', 'stor*',
  'bjørke*', 'granli*', 'eikeveien 3', 'furu* bergen', 'solberg*', 'hauge*', 'løkke* 2*', 'enge*', 'fjell*',
  'bakke* trondheim', 'sjø*', 'strand*', 'dal*', 'bekke* 1', 'heggeli*', 'rose*', 'linde*',
];

describe('address search speed', () => {
  const index = new AddressIndex(generateAddresses());

  it('answers 100 searches in under 1 second', () => {
    const params = Array.from({ length: 100 }, (_, i) => {
      const q = new URLSearchParams({ sok: queries[i % queries.length]!, treffPerSide: '10' });
      if (i % 4 === 1) {
        q.set('fuzzy', 'true');
        q.set('sok', queries[i % queries.length]!.replace(/\*/g, ''));
      }
      if (i % 5 === 2) q.set('kommunenummer', '0301');
      return readSokParams(q);
    });
    const started = performance.now();
    let hits = 0;
    for (const p of params) hits += search(index, p).length;
    const elapsed = performance.now() - started;
    console.log(`100 searches: ${elapsed.toFixed(0)} ms, ${hits} hits`);
    expect(hits).toBeGreaterThan(1000);
    expect(elapsed).toBeLessThan(1000);
  });

  it('answers a prefix search over HTTP in a few milliseconds on average', async () => {
    const sandbox = await startSandbox({ port: 0, dataDir: mkdtempSync(join(tmpdir(), 'adr-')), services: [(await import('./service.js')).addressService] });
    try {
      const started = performance.now();
      for (let i = 0; i < 100; i++) {
        const res = await fetch(`${sandbox.origin}/adresser/v1/sok?sok=${encodeURIComponent(queries[i % queries.length]!)}`);
        expect(res.status).toBe(200);
        await res.arrayBuffer();
      }
      const elapsed = performance.now() - started;
      console.log(`100 HTTP searches: ${elapsed.toFixed(0)} ms`);
      expect(elapsed).toBeLessThan(2000);
    } finally {
      await sandbox.close();
    }
  });
});

describe('sandbox start', () => {
  it('is ready with every service in under 3 seconds', async () => {
    const started = performance.now();
    const sandbox = await startSandbox({ port: 0, dataDir: mkdtempSync(join(tmpdir(), 'start-')) });
    const elapsed = performance.now() - started;
    try {
      const res = await fetch(`${sandbox.origin}/adresser/v1/sok?sok=myrvollveien%205c`);
      expect((await res.json()).metadata.totaltAntallTreff).toBe(1);
    } finally {
      await sandbox.close();
    }
    console.log(`sandbox ready in ${elapsed.toFixed(0)} ms`);
    expect(elapsed).toBeLessThan(3000);
  });
});
