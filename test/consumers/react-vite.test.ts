import { afterAll, describe, expect, inject, it } from 'vitest';
import { join } from 'node:path';
import type { Browser } from 'playwright';
import { chooseMyrvollveien, createApp, inApp, launchBrowser, openPage, serve, versions, type Site } from './app.js';

/**
 * A React 19 app made as `npm create vite` makes one (Vite, @vitejs/plugin-react, TypeScript), with
 * `@felles/react`. `tsc` checks it first: the event's `detail` is an `Address`, so a typo in a field
 * name would fail the build, not the page.
 */
const sandbox = inject('sandboxOrigin');

const files = {
  'index.html': `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Adresse</title></head>
<body><div id="root"></div><script type="module" src="/src/main.tsx"></script></body></html>
`,
  'vite.config.ts':
    "import { defineConfig } from 'vite';\nimport react from '@vitejs/plugin-react';\nexport default defineConfig({ plugins: [react()] });\n",
  'tsconfig.json': JSON.stringify({
    compilerOptions: {
      target: 'ES2022',
      module: 'ESNext',
      moduleResolution: 'bundler',
      jsx: 'react-jsx',
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      types: [],
    },
    include: ['src'],
  }),
  'src/main.tsx': `import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { AddressLookup } from '@felles/react/address-lookup';
import type { Address } from '@felles/client-adresser';

function App() {
  const [address, setAddress] = useState<Address | null>(null);
  return (
    <main>
      <AddressLookup label="Adresse" endpoint="${sandbox}/adresser/v1" debounce={50} onFellesAddressSelect={(event) => setAddress(event.detail)} />
      <output>{address ? \`\${address.adressetekst}, \${address.postnummer} \${address.poststed}\` : 'ingen'}</output>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
`,
};

let browser: Browser | undefined;
let site: Site | undefined;
afterAll(async () => Promise.all([browser?.close(), site?.close()]));

describe('a React 19 + Vite app with @felles/react', () => {
  it('type-checks, builds, and a chosen address reaches React state through the typed event', async () => {
    const dir = await createApp(
      'react-vite',
      {
        '@felles/react': '*',
        '@felles/client-adresser': '*',
        react: versions.react,
        'react-dom': versions.reactDom,
        '@types/react': versions.react,
        '@types/react-dom': versions.reactDom,
        vite: versions.vite,
        '@vitejs/plugin-react': versions.pluginReact,
        typescript: versions.typescript,
      },
      files,
    );
    await inApp(dir, 'npx', ['tsc', '-p', '.']);
    await inApp(dir, 'npx', ['vite', 'build']);
    [browser, site] = await Promise.all([launchBrowser(), serve(join(dir, 'dist'))]);
    const { page, errors, close } = await openPage(browser, site.origin);

    await expect.poll(() => page.locator('output').textContent()).toBe('ingen');
    await chooseMyrvollveien(page, 'Adresse');
    await expect.poll(() => page.locator('output').textContent()).toBe('Myrvollveien 5C, 1415 OPPEGÅRD');
    expect(errors).toEqual([]);
    await close();
  }, 180_000);
});
