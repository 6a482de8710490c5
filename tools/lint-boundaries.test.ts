import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The dependency arrows are lint rules (eslint.config.js): each planted import against them must fail
 * lint with the rule's message, and the allowed way must pass.
 */
const eslint = new ESLint({
  cwd: new URL('..', import.meta.url).pathname,
  // The planted files exist only as text, so TypeScript's project service cannot find them: lint them
  // without the type-aware rules, which these checks do not need.
  overrideConfig: [
    {
      files: ['**/planted*'],
      languageOptions: { parserOptions: { projectService: false } },
      rules: { '@typescript-eslint/no-floating-promises': 'off', '@typescript-eslint/no-misused-promises': 'off' },
    },
  ],
});

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId?.startsWith('no-restricted-')).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('lint enforces the dependency arrows', () => {
  it.each([
    [
      'packages/ssr/src/planted.test.ts',
      "import { startSandbox } from '../../../apps/sandbox/src/index.js';\nvoid startSandbox;\n",
      'Packages never import an app',
    ],
    ['packages/elements/test/planted.ts', "import '@felles/sandbox';\n", 'Packages never import an app'],
    ['packages/react/src/planted.ts', "import { journey } from '@felles/demo/journey';\nvoid journey;\n", 'Packages never import an app'],
    [
      'packages/elements/src/consent-list/planted.ts',
      "import { consentClient } from '../consent-dialog/consent-client.js';\nvoid consentClient;\n",
      "never another element's folder",
    ],
    [
      'packages/elements/src/address-lookup/planted.stories.ts',
      "import { servingLicence } from '../consent-dialog/examples.js';\nvoid servingLicence;\n",
      "never another element's folder",
    ],
    ['packages/client-core/src/planted.ts', "import { LitElement } from 'lit';\nvoid LitElement;\n", 'A client never imports Lit'],
    ['packages/client-samtykke/src/planted.ts', "import { html } from 'lit/static-html.js';\nvoid html;\n", 'A client never imports Lit'],
    ['packages/client-adresser/src/planted.ts', 'export const title = () => document.title;\n', 'A client never touches the DOM'],
    [
      'packages/client-idporten/src/planted.ts',
      'export const go = (url: string) => window.location.assign(url);\n',
      'A client never touches the DOM',
    ],
  ])('%s fails', async (filePath, code, message) => {
    const found = await problems(filePath, code);
    expect(found.length, found.join('\n')).toBe(1);
    expect(found[0]).toContain(message);
  });

  it.each([
    ['packages/ssr/src/planted.test.ts', "import { startSandbox } from '../../../tools/sandbox.js';\nvoid startSandbox;\n"],
    [
      'packages/elements/src/consent-list/planted.ts',
      "import { consentClient } from '../internal/consent-client.js';\nimport { styles } from './consent-list.styles.js';\nvoid consentClient;\nvoid styles;\n",
    ],
    ['packages/elements/src/internal/planted.ts', "import { LitElement } from 'lit';\nvoid LitElement;\n"],
    ['packages/client-core/src/planted.ts', 'export const get = (url: string) => fetch(url, { signal: AbortSignal.timeout(1000) });\n'],
    ['apps/demo/src/planted.ts', "import { define } from '@felles/elements';\nvoid define;\n"],
  ])('%s passes', async (filePath, code) => {
    expect(await problems(filePath, code)).toEqual([]);
  });
});
