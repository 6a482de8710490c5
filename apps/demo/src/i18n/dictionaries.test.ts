import { readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Untranslated } from './dictionary.js';
import { langFromAcceptLanguage } from './lang.js';

const src = join(dirname(fileURLToPath(import.meta.url)), '..');
const files = (readdirSync(src, { recursive: true }) as string[]).filter((file) => /messages\.ts$/.test(file));

describe('dictionaries', () => {
  it('are found for every page', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  it.each(files)('%s has the same keys and no empty text in nb, nn, en and se, and marks Sámi not written yet as Bokmål', async (file) => {
    const module = (await import(join(src, file))) as Record<string, Record<string, Record<string, unknown>>>;
    const read = (text: unknown) => (typeof text === 'function' ? (text as (...a: unknown[]) => unknown)('x', 'y') : text);
    for (const [name, dictionary] of Object.entries(module)) {
      // Dictionaries only: other exports (lists, language names) have no texts per language.
      if (!dictionary || typeof dictionary !== 'object' || typeof dictionary.nb !== 'object') continue;
      const keys = Object.keys(dictionary.nb!).sort();
      for (const lang of ['nb', 'nn', 'en', 'se']) {
        expect(Object.keys(dictionary[lang] ?? {}).sort(), `${relative(src, file)} ${name}.${lang}`).toEqual(keys);
        for (const [key, text] of Object.entries(dictionary[lang]!)) {
          const value = read(text);
          // Written in the language (a string), or, in Sámi only, the Bokmål text marked as such.
          const written =
            typeof value === 'string' || (lang === 'se' && value instanceof Untranslated && String(value) === read(dictionary.nb![key]));
          expect(written && String(value).trim().length > 0, `${name}.${lang}.${key}`).toBe(true);
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
    ['se-NO,nb;q=0.8', 'se'],
  ])('%s → %s', (header, lang) => {
    expect(langFromAcceptLanguage(header)).toBe(lang);
  });
});
