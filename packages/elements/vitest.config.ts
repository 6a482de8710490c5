import { defineConfig } from 'vitest/config';
import { browser } from '../../tools/browser.js';
import { sandboxCommands } from './test/sandbox-setup.js';

export default defineConfig({
  define: { __DEV__: 'true' },
  test: {
    name: 'elements',
    include: ['src/**/*.test.ts'],
    // A sandbox for components that talk to a service; see test/sandbox-setup.ts.
    globalSetup: ['test/sandbox-setup.ts', 'test/idporten-backend.ts'],
    browser: { ...browser, commands: sandboxCommands },
    testTimeout: 20_000,
  },
});
