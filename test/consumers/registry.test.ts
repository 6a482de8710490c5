import { describe, expect, inject, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './publish.js';

const registry = inject('registryUrl');

/** Every package that is not private, from the workspace's own package.json files. */
const publicPackages = readdirSync(join(root, 'packages'))
  .map((dir) => JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8')) as { name: string; private?: boolean })
  .filter((pkg) => !pkg.private)
  .map((pkg) => pkg.name)
  .sort();

describe('the registry', () => {
  it('has every public package, published by changeset publish', async () => {
    expect(inject('published')).toEqual(publicPackages);
    for (const name of publicPackages) {
      const response = await fetch(`${registry}${name.replace('/', '%2f')}`);
      expect(response.status, name).toBe(200);
    }
  });

  it('never proxies @felles/*: a name not published here is not found', async () => {
    const response = await fetch(`${registry}@felles%2fno-such-package`);
    expect(response.status).toBe(404);
  });

  it('proxies everything else', async () => {
    const response = await fetch(`${registry}lit`);
    expect(response.status).toBe(200);
  });
});
