import { createRequire } from 'node:module';
import './register.js';

/** The languages elements speak; a `lang` outside them renders in Bokmål. */
const LANGS = new Set(['nb', 'nn', 'en', 'se']);

/** Every Felles tag, from the elements' manifest, so a new element needs no change here. */
function fellesTags(): string[] {
  const manifest = createRequire(import.meta.url)('@felles/elements/custom-elements.json') as {
    modules: { declarations?: { tagName?: string }[] }[];
  };
  return manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : []));
}

/**
 * Texts an element loads on first use in a language (only Bokmål ships with it), loaded before a
 * render, so that the server writes the page's language and not Bokmål.
 */
export async function loadTexts(tag: string, lang: string | undefined): Promise<void> {
  const primary = lang?.trim().toLowerCase().split(/[-_]/)[0] ?? 'nb';
  const load = (customElements.get(tag) as { loadTexts?: (lang: string) => Promise<void> } | undefined)?.loadTexts;
  // A language an element has no texts for falls back to Bokmål in the element itself.
  if (load && LANGS.has(primary) && primary !== 'nb') await load(primary).catch(() => {});
}

/**
 * Loads, for each of `langs`, the texts elements otherwise load on first use, so that
 * `renderToString` writes them in that language. `renderElement` does this by itself.
 */
export async function preloadTexts(langs: readonly string[]): Promise<void> {
  await Promise.all(langs.flatMap((lang) => fellesTags().map((tag) => loadTexts(tag, lang))));
}
