import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', '**/storybook-static/**', '**/generated/**', '**/custom-elements.json', '**/.turbo/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['packages/elements/src/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['packages/elements/src/**/*.ts'],
    ...wc.configs['flat/recommended'],
    rules: {
      ...wc.configs['flat/recommended'].rules,
      // Registration lives in define.ts through a helper that warns on duplicates.
      'wc/define-tag-after-class-definition': 'off',
    },
  },
  {
    // Components never call fetch; clients never touch the DOM.
    files: ['packages/elements/src/**/*.ts'],
    ignores: ['**/*.test.ts', '**/*.stories.ts'],
    rules: { 'no-restricted-globals': ['error', { name: 'fetch', message: 'Components call a @felles client, never fetch.' }] },
  },
);
