import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['packages/*/src/**/*.test.ts', 'apps/*/src/**/*.test.ts', 'apps/*/test/**/*.test.ts', 'tools/**/*.test.ts'],
          exclude: ['packages/elements/**', 'packages/react/**', 'apps/demo/test/browser/**', '**/node_modules/**'],
          testTimeout: 20_000,
        },
      },
      'packages/elements/vitest.config.ts',
      'packages/react/vitest.config.ts',
      '.storybook/vitest.config.ts',
    ],
  },
});
