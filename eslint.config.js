import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

/*
 * The dependency arrows, as lint rules. ESLint's own `no-restricted-imports` and `no-restricted-globals`
 * are enough: every import in this repository is a literal, relative or by package name, so a pattern on
 * the specifier finds each wrong one, with no second tool to install, configure and run
 * (tools/lint-boundaries.test.ts plants one of each and checks that lint fails).
 */
/** A package never imports an app; a package's test that needs the sandbox goes through tools/sandbox.ts. */
const noApps = {
  regex: '(^|/)apps/|^@felles/(demo|sandbox)(/|$)',
  message: 'Packages never import an app. A test that needs the sandbox imports tools/sandbox.ts.',
};
/** An element uses the shared core (../internal/), never a sibling element's folder. */
const noSiblingElement = {
  regex: '^\\.\\./(?!internal/)[^./][^/]*/',
  message: "An element imports ../internal/, never another element's folder: move what both need into internal/.",
};
/** What a client must not touch: it runs in Node and in browsers alike. */
const domGlobals = ['window', 'document', 'navigator', 'location', 'history', 'customElements', 'HTMLElement', 'Element', 'Node', 'CustomEvent'].map(
  (name) => ({ name, message: 'A client never touches the DOM: it runs in Node and in browsers alike.' }),
);

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
  {
    // Type-aware: a promise nobody awaits or catches is an unhandled rejection waiting to happen.
    files: ['packages/*/src/**/*.{ts,tsx}', 'apps/*/src/**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    files: ['packages/**/*.{ts,tsx,js,mjs}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noApps] }] },
  },
  {
    files: ['packages/elements/src/*/**/*.ts'],
    ignores: ['packages/elements/src/internal/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noApps, noSiblingElement] }] },
  },
  {
    files: ['packages/client-*/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noApps,
            {
              regex: '^(lit|lit-html|lit-element|@lit/.*|@lit-labs/.*)(/|$)',
              message: 'A client never imports Lit: elements build on clients, not the other way.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...domGlobals],
    },
  },
);
