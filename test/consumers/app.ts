import { createReadStream, existsSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright';
import { inject } from 'vitest';
import { findChromium } from '../../tools/chromium.mjs';
import { run } from './publish.js';

/** Environment for npm in an app: only the test registry, the shared cache, nothing of the workspace. */
export function appEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!/^npm_/i.test(key) && key !== 'NODE_OPTIONS') env[key] = value;
  return { ...env, npm_config_userconfig: inject('npmrc'), npm_config_registry: inject('registryUrl'), npm_config_cache: inject('npmCache') };
}

/**
 * Writes a fresh app into its own folder outside the workspace and installs its dependencies from
 * the test registry, as a team would from npm. Returns the folder.
 */
export async function createApp(name: string, dependencies: Record<string, string>, files: Record<string, string>): Promise<string> {
  const dir = join(inject('appsDir'), name);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'package.json'), JSON.stringify({ name, private: true, type: 'module', dependencies }, null, 2));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline'], { cwd: dir, env: appEnv() });
  return dir;
}

/** Runs a command in an app (`npx vite build`, `node script.mjs`), returning its output. */
export const inApp = (dir: string, command: string, args: string[]) => run(command, args, { cwd: dir, env: appEnv(), timeoutMs: 180_000 });

/** The flags this suite's Chromium runs with: headless, and nothing that phones home. */
const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium() ?? '/usr/lib/chromium/chromium', args: chromiumFlags });
}

/** A page that collects its errors and every URL it requested. */
export async function openPage(browser: Browser, url: string, options: { javaScriptEnabled?: boolean } = {}) {
  const context = await browser.newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true });
  const page: Page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(url);
  return { page, errors, requests, close: () => context.close() };
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

export interface Site {
  origin: string;
  /** Forms posted to `/submit`, as name/value pairs. */
  posts: [string, string][][];
  close(): Promise<void>;
}

/**
 * Serves a folder on a free loopback port (the sandbox allows loopback origins), records forms posted
 * to `/submit`, and hands other requests to `handler` when given (a server-rendered page).
 */
export async function serve(root: string, handler?: (url: URL) => Promise<string | undefined>): Promise<Site> {
  const posts: [string, string][][] = [];
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (req.method === 'POST' && url.pathname === '/submit') {
      let body = '';
      for await (const chunk of req) body += chunk;
      posts.push([...new URLSearchParams(body)]);
      res.writeHead(200, { 'content-type': 'text/plain' }).end('received');
      return;
    }
    // The browser asks for it on its own; the pages have none.
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const page = handler ? await handler(url) : undefined;
    if (page !== undefined) {
      res.writeHead(200, { 'content-type': types['.html']! }).end(page);
      return;
    }
    let file = normalize(join(root, decodeURIComponent(url.pathname)));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(root + sep) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    posts,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Types an address into the lookup on the page and picks the sandbox's Myrvollveien 5C. */
export async function chooseMyrvollveien(page: Page, label: string): Promise<void> {
  await page.getByRole('combobox', { name: label }).pressSequentially('Myrvollveien 5', { delay: 30 });
  await page.getByRole('option', { name: /Myrvollveien 5C/ }).click();
}

/** The versions of the packages this suite installs into apps: the same lines as the workspace's. */
export const versions = {
  vite: '^8.3.8',
  react: '^19.0.0',
  reactDom: '^19.0.0',
  pluginReact: '^6.0.0',
  typescript: '~6.0.3',
  typesNode: '^20.19.0',
} as const;
