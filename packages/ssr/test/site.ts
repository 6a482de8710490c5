import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright';
import { chromiumArgs, findChromium } from '../../../tools/chromium.mjs';

/** The CDN bundle's entry, as a page without a bundler loads it; `felles.bundle/` beside it holds what it loads later. */
export const bundlePath = fileURLToPath(new URL('../../elements/dist/felles.bundle.js', import.meta.url));

export interface Site {
  origin: string;
  /** Pages by path, e.g. `/lookup`. */
  pages: Map<string, string>;
  /** Every form posted (to any path), as its entries in order. */
  posts: [string, string][][];
  /** Every request for `/login`. */
  logins: URL[];
  close(): Promise<void>;
}

/** A whole HTML page around `body`, loading the bundle like a page without a bundler would. */
export function page(body: string, { lang = 'nb', script = true } = {}): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Felles</title>
${script ? '<script type="module" src="/felles.bundle.js"></script>' : ''}
</head>
<body>
<main>${body}</main>
</body>
</html>`;
}

/** A tiny site on a random loopback port: the pages a test writes, the bundle, a login and form targets. */
export async function startSite(): Promise<Site> {
  const pages = new Map<string, string>();
  const posts: [string, string][][] = [];
  const logins: URL[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://site.invalid');
    const chunk = /\/felles\.bundle\/([\w.-]+\.js)$/.exec(url.pathname)?.[1];
    if (url.pathname.endsWith('/felles.bundle.js') || chunk) {
      // The bundle, and what it loads when needed from the folder beside it.
      const file = chunk ? join(dirname(bundlePath), 'felles.bundle', chunk) : bundlePath;
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(readFileSync(file));
    } else if (req.method === 'POST') {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (body += chunk));
      req.on('end', () => {
        posts.push([...new URLSearchParams(body)]);
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page('<h1>Mottatt</h1>', { script: false }));
      });
    } else if (url.pathname === '/login') {
      logins.push(url);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page('<h1>Innlogging</h1>', { script: false }));
    } else if (pages.has(url.pathname)) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pages.get(url.pathname));
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    pages,
    posts,
    logins,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: set CHROMIUM_PATH');
  return chromium.launch({ executablePath, args: chromiumArgs });
}
