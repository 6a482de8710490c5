/**
 * Writes src/generated/ from @felles/elements/custom-elements.json. Run by `build` (before tsup),
 * `typecheck` and the tests, so the wrappers are always those of the elements next to them: they are
 * build output and not committed, like the manifest they come from.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { generateWrappers } from './wrappers.mjs';

const out = fileURLToPath(new URL('../src/generated/', import.meta.url));

export function generate() {
  let manifestPath;
  try {
    manifestPath = createRequire(import.meta.url).resolve('@felles/elements/custom-elements.json');
    readFileSync(manifestPath);
  } catch {
    throw new Error('@felles/elements/custom-elements.json is missing: build @felles/elements first (npx turbo run build --filter=@felles/react...)');
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const { elements, files } = generateWrappers(manifest);
  if (elements.length === 0) throw new Error(`No element with a tag in ${manifestPath}`);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const [name, source] of Object.entries(files)) writeFileSync(out + name, source);
  return elements;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const elements = generate();
  console.log(`@felles/react: ${elements.length} wrappers (${elements.map((e) => e.component).join(', ')})`);
}
