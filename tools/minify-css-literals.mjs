import { readFile } from 'node:fs/promises';

/**
 * Shrinks the CSS inside Lit's css`` literals while bundling: comments go, runs of white space become
 * one space, and none is kept around braces, semicolons and commas or after a colon. Spaces that carry
 * meaning (descendant selectors, `calc(a + b)`) stay. Only css`` is touched: white space in html``
 * templates is content.
 */
export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

/** @returns {import('esbuild').Plugin} */
export function minifyCssLiterals() {
  return {
    name: 'minify-css-literals',
    setup(build) {
      build.onLoad({ filter: /[/\\]packages[/\\]elements[/\\]src[/\\].*\.ts$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        if (!source.includes('css`')) return undefined;
        return { contents: source.replace(/\bcss`([^`]*)`/g, (_, body) => `css\`${minifyCss(body)}\``), loader: 'ts' };
      });
    },
  };
}
