import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fallbackColoursSource } from './fallback-colours.mjs';

const file = new URL('../packages/elements/src/internal/fallback-colours.ts', import.meta.url);

describe('the default colours of a page without a theme', () => {
  it('are the ones @digdir/designsystemet-theme gives, for every private colour the elements use', () => {
    expect(readFileSync(file, 'utf8')).toBe(fallbackColoursSource());
  });
});
