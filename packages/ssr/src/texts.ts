import { normalizeLang } from '@felles/elements';
import { createRequire } from 'node:module';
import './register.js';

let tags: string[] | undefined;

/** Every Felles tag, from the elements' manifest, so a new element needs no change here. */
function fellesTags(): string[] {
  if (tags) return tags;
  const manifest = createRequire(import.meta.url)('@felles/elements/custom-elements.json') as {
    modules: { declarations?: { tagName?: string }[] }[];
  };
  tags = manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : []));
  return tags;
}

/**
 * Texts an element loads on first use in a language (only Bokmål ships with it), loaded before a
 * render, so that the server writes the page's language and not Bokmål.
 */
export async function loadTexts(tag: string, lang: string | undefined): Promise<void> {
  // The same reading of `lang` as the element's (`nb-NO`, `no`, `sme`, `nno`), so both render one language.
  const wanted = normalizeLang(lang);
  const load = (customElements.get(tag) as { loadTexts?: (lang: string) => Promise<void> } | undefined)?.loadTexts;
  // A language an element has no texts for falls back to Bokmål in the element itself.
  if (load && wanted && wanted !== 'nb') await load(wanted).catch(() => {});
}

/**
 * Loads, for each of `langs`, the texts elements otherwise load on first use, so that
 * `renderToString` writes them in that language. `renderElement` does this by itself.
 */
export async function preloadTexts(langs: readonly string[]): Promise<void> {
  await Promise.all(langs.flatMap((lang) => fellesTags().map((tag) => loadTexts(tag, lang))));
}
