import { readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANGS, langFromAcceptLanguage } from './lang.js';

const src = join(dirname(fileURLToPath(import.meta.url)), '..');
const files = (readdirSync(src, { recursive: true }) as string[]).filter((file) => /messages\.ts$/.test(file));

describe('dictionaries', () => {
  it('are found for every page', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  it.each(files)('%s has the same keys and no empty text in nb, nn and en', async (file) => {
    const module = (await import(join(src, file))) as Record<string, Record<string, Record<string, unknown>>>;
    for (const [name, dictionary] of Object.entries(module)) {
      // Dictionaries only: other exports (lists, language names) have no texts per language.
      if (!dictionary || typeof dictionary !== 'object' || typeof dictionary.nb !== 'object') continue;
      const keys = Object.keys(dictionary.nb!).sort();
      for (const lang of LANGS) {
        expect(Object.keys(dictionary[lang] ?? {}).sort(), `${relative(src, file)} ${name}.${lang}`).toEqual(keys);
        for (const [key, text] of Object.entries(dictionary[lang]!)) {
          const value = typeof text === 'function' ? (text as (...a: unknown[]) => string)('x', 'y') : text;
          expect(typeof value === 'string' && value.trim().length > 0, `${name}.${lang}.${key}`).toBe(true);
        }
      }
    }
  });
});

describe('langFromAcceptLanguage', () => {
  it.each([
    [undefined, 'nb'],
    ['nn-NO,nn;q=0.9,en;q=0.5', 'nn'],
    ['en-GB,en;q=0.9', 'en'],
    ['no', 'nb'],
    ['de-DE,en;q=0.3,nn;q=0.8', 'nn'],
    ['sv,de', 'nb'],
    ['en;q=0', 'nb'],
  ])('%s → %s', (header, lang) => {
    expect(langFromAcceptLanguage(header)).toBe(lang);
  });
});
