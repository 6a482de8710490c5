import { defineConfig } from 'vitest/config';
import { browser } from '../../tools/browser.js';

export default defineConfig({
  define: { __DEV__: 'true' },
  // One copy of Lit and React for the wrappers, the elements and the tests.
  resolve: { dedupe: ['lit', 'react', 'react-dom'] },
  optimizeDeps: { include: ['react', 'react-dom/client', '@lit/react'] },
  test: {
    name: 'react',
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
    // The wrappers are build output: write them from the current manifest before any test imports them.
    globalSetup: ['test/generate-setup.ts'],
    browser,
    testTimeout: 20_000,
  },
});
