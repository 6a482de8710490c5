import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { afterAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright';
import { appEnv, chooseMyrvollveien, createApp, inApp, launchBrowser, openPage, versions } from './app.js';

/**
 * A Next.js App Router page with `@felles/react`. The wrappers hold state and refs, so a Next.js team
 * imports them from a file of its own marked 'use client'; the page around it stays a server component.
 * The server's HTML has the bare tag only: for server-rendered shadow DOM a page uses `@felles/ssr`.
 */
const sandbox = inject('sandboxOrigin');

const files = {
  'next.config.mjs': 'export default {};\n',
  // The browser asks for one on its own; without it the page logs a 404.
  'public/favicon.ico': '',
  'tsconfig.json': JSON.stringify({
    compilerOptions: {
      target: 'ES2022',
      lib: ['dom', 'esnext'],
      module: 'esnext',
      moduleResolution: 'bundler',
      jsx: 'preserve',
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      isolatedModules: true,
      esModuleInterop: true,
      incremental: false,
    },
    include: ['app'],
  }),
  'app/layout.tsx':
    'export default function Layout({ children }: { children: React.ReactNode }) {\n  return <html lang="nb"><body>{children}</body></html>;\n}\n',
  'app/address-field.tsx': `'use client';
import { useState } from 'react';
import { AddressLookup } from '@felles/react/address-lookup';

export function AddressField() {
  const [chosen, setChosen] = useState('ingen');
  return (
    <>
      <AddressLookup label="Adresse" endpoint="${sandbox}/adresser/v1" debounce={50} onFellesAddressSelect={(event) => setChosen(\`\${event.detail.adressetekst}, \${event.detail.postnummer}\`)} />
      <output>{chosen}</output>
    </>
  );
}
`,
  'app/page.tsx':
    "import { AddressField } from './address-field';\n\nexport default function Page() {\n  return <main><h1>Adresse</h1><AddressField /></main>;\n}\n",
};

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

let browser: Browser | undefined;
let next: ChildProcess | undefined;
afterAll(async () => {
  next?.kill('SIGTERM');
  await browser?.close();
});

describe('a Next.js App Router page with @felles/react', () => {
  it('is server-rendered with the tag in the HTML, hydrates, and the chosen address reaches state', async () => {
    const dir = await createApp(
      'nextjs',
      {
        next: '^16.0.0',
        react: versions.react,
        'react-dom': versions.reactDom,
        '@felles/react': '*',
        typescript: versions.typescript,
        '@types/react': versions.react,
        '@types/node': versions.typesNode,
      },
      files,
    );
    const env = { ...appEnv(), NEXT_TELEMETRY_DISABLED: '1' };
    await inApp(dir, 'npx', ['next', 'build']);
    const port = await freePort();
    next = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], { cwd: dir, env, stdio: 'ignore' });
    const origin = `http://127.0.0.1:${port}`;
    await expect
      .poll(
        () =>
          fetch(origin).then(
            (r) => r.status,
            () => 0,
          ),
        { timeout: 30_000 },
      )
      .toBe(200);
    const html = await (await fetch(origin)).text();
    // The tag is in the server's HTML, but bare: @lit/react sets the props as properties in the browser,
    // so label and endpoint, and any shadow DOM, come only with hydration (unlike @felles/ssr's output).
    expect(html).toContain('<felles-address-lookup></felles-address-lookup><output>ingen</output>');

    browser = await launchBrowser();
    const { page, errors, close } = await openPage(browser, origin);
    await chooseMyrvollveien(page, 'Adresse');
    await expect.poll(() => page.locator('output').textContent()).toBe('Myrvollveien 5C, 1415');
    expect(errors).toEqual([]);
    await close();
  }, 300_000);
});
