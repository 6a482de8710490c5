import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { browser } from '../tools/browser.js';

/** Every story runs as a test in Chromium, with the a11y addon failing it on any axe violation. */
export default defineConfig({
  plugins: [storybookTest({ configDir: fileURLToPath(new URL('.', import.meta.url)) })],
  test: {
    name: 'storybook',
    browser,
    testTimeout: 30_000,
  },
});
