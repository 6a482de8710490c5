import { defineConfig } from 'vitest/config';
import { browser } from '../../tools/browser.js';

export default defineConfig({
  define: { __DEV__: 'true' },
  test: {
    name: 'elements',
    include: ['src/**/*.test.ts'],
    browser,
    testTimeout: 20_000,
  },
});
