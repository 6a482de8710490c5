import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * Editor hints generated from custom-elements.json at build time (custom-elements-manifest.config.mjs):
 * VS Code's custom data and JetBrains' web-types. Both must name every element with every attribute of
 * the manifest, and package.json must point editors and CDNs at the right files.
 */
const root = new URL('../packages/elements/', import.meta.url);
const read = <T>(path: string): T => JSON.parse(readFileSync(new URL(path, root), 'utf8')) as T;

interface Attribute {
  name: string;
  description?: string;
  values?: { name: string }[];
}
interface Manifest {
  modules: { path: string; declarations?: { tagName?: string; attributes?: { name: string }[] }[] }[];
}
const manifest = read<Manifest>('custom-elements.json');
const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName).map((d) => ({ ...d, path: m.path })));
const attributesOf = (tag: string) => (elements.find((e) => e.tagName === tag)?.attributes ?? []).map((a) => a.name).sort();

const pkg = read<Record<string, unknown> & { exports: Record<string, unknown> }>('package.json');

describe('editor data for @felles/elements', () => {
  it('is built (npx turbo run build --filter=@felles/elements)', () => {
    for (const file of ['dist/vscode.html-custom-data.json', 'dist/web-types.json', 'dist/felles.bundle.js'])
      expect(existsSync(new URL(file, root)), file).toBe(true);
    expect(elements.length).toBeGreaterThanOrEqual(5);
  });

  it("VS Code's html-custom-data lists every element with all its attributes", () => {
    const data = read<{ version: number; tags: { name: string; description?: string; attributes: Attribute[] }[] }>(
      'dist/vscode.html-custom-data.json',
    );
    expect(data.version).toBe(1.1);
    expect(data.tags.map((t) => t.name).sort()).toEqual(elements.map((e) => e.tagName).sort());
    for (const tag of data.tags) {
      expect(tag.attributes.map((a) => a.name).sort(), tag.name).toEqual(attributesOf(tag.name));
      expect(tag.description, tag.name).toBeTruthy();
      for (const attribute of tag.attributes) expect(attribute.description, `${tag.name} ${attribute.name}`).toBeTruthy();
    }
    // Union types become value lists, so VS Code completes them.
    const size = data.tags.find((t) => t.name === 'felles-id-login-button')?.attributes.find((a) => a.name === 'size');
    expect(size?.values?.map((v) => v.name)).toEqual(['sm', 'md', 'lg']);
  });

  it("JetBrains' web-types lists every element with all its attributes and its built module", () => {
    const data = read<{
      name: string;
      version: string;
      contributions: { html: { elements: { name: string; attributes: Attribute[]; source: { module: string; symbol: string } }[] } };
    }>('dist/web-types.json');
    expect(data).toMatchObject({ name: pkg.name, version: pkg.version });
    const tags = data.contributions.html.elements;
    expect(tags.map((t) => t.name).sort()).toEqual(elements.map((e) => e.tagName).sort());
    for (const tag of tags) {
      expect(tag.attributes.map((a) => a.name).sort(), tag.name).toEqual(attributesOf(tag.name));
      // The module a JetBrains IDE opens is one the package ships and exports.
      expect(existsSync(new URL(tag.source.module, root)), tag.source.module).toBe(true);
      expect(pkg.exports[`./${tag.source.module.split('/')[1]}`] ?? pkg.exports['./*']).toBeDefined();
    }
  });

  it('package.json points editors and CDNs at the generated files and the single-file bundle', () => {
    expect(pkg['customElements']).toBe('custom-elements.json');
    expect(pkg['web-types']).toBe('./dist/web-types.json');
    expect(pkg['jsdelivr']).toBe('./dist/felles.bundle.js');
    expect(pkg['unpkg']).toBe('./dist/felles.bundle.js');
    expect(pkg.exports['./bundle.js']).toEqual({ types: './dist/all.d.ts', default: './dist/felles.bundle.js' });
    expect(pkg.exports['./vscode.html-custom-data.json']).toBe('./dist/vscode.html-custom-data.json');
    expect(pkg.exports['./web-types.json']).toBe('./dist/web-types.json');
  });
});
