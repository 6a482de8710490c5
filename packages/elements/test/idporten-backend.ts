/**
 * Global setup for <felles-id-login-button>'s end-to-end tests: a sandbox with its ID-porten-like
 * provider and a tiny service backend that uses @felles/client-idporten, both on `localhost`, the
 * site of the test page, so the login's SameSite cookies work inside the test's iframe.
 *
 * The backend serves two pages with the button (bundled from source with esbuild): `/href` (backend
 * login: `/auth/login`, `/auth/callback`, `/auth/logout` with a CSRF token) and `/public` (public
 * browser client). Each page reports its state to the parent frame with postMessage.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createIdportenClient, type LoginRequest } from '@felles/client-idporten';
import { build } from 'esbuild';
import type { TestProject } from 'vitest/node';

const cli = fileURLToPath(new URL('../../../apps/sandbox/dist/cli.js', import.meta.url));
const entry = fileURLToPath(new URL('../src/id-login-button/define.ts', import.meta.url));

/** The sandbox's browser test client (apps/sandbox/src/idporten/clients.ts); its secret is public by design. */
const testClient = { id: 'felles-test-browser', secret: 'felles-test-sandbox-secret' };

function startSandbox(dataDir: string): Promise<{ child: ChildProcess; origin: string }> {
  const child = spawn(process.execPath, [cli, '--port', '0', '--host', 'localhost', '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_NO_WARNINGS: '1' },
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`The sandbox did not start:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const origin = /Felles sandbox on (http:\/\/\S+)/.exec(output)?.[1];
      if (origin) {
        clearTimeout(timer);
        resolve({ child, origin });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`The sandbox exited with ${code}:\n${output}`)));
  });
}

async function bundle(): Promise<Map<string, string>> {
  const result = await build({
    entryPoints: { define: entry },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    outdir: '/assets',
    define: { __DEV__: 'true' },
    tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)),
    logLevel: 'silent',
  });
  return new Map(result.outputFiles.map((file) => [file.path, file.text]));
}

interface Session {
  csrf: string;
  pending?: LoginRequest;
  user?: { name: string; idToken: string; level: string };
}

const reportScript = `<script type="module">
  const button = document.querySelector('felles-id-login-button');
  async function report(event) {
    await customElements.whenDefined('felles-id-login-button');
    await button.updateComplete;
    const root = button.shadowRoot;
    parent.postMessage({
      type: 'felles-e2e', event, path: location.pathname, search: location.search,
      loggedIn: button.loggedIn,
      name: (button.querySelector('[slot=name]')?.textContent ?? root.querySelector('slot[name=name]')?.textContent ?? '').trim(),
      text: root.textContent.replace(/\\s+/g, ' ').trim(),
      localStorage: localStorage.length,
      sessionStorage: Object.keys(sessionStorage),
    }, '*');
  }
  report('load');
  for (const type of ['felles-logged-in', 'felles-login-error']) button.addEventListener(type, () => setTimeout(() => report(type), 0));
</script>`;

function page(body: string): string {
  return `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Testtjeneste</title>
<script type="module" src="/assets/define.js"></script></head><body><main><h1>Testtjeneste</h1>${body}</main>${reportScript}</body></html>`;
}

const escape = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  let body = '';
  for await (const chunk of req) body += chunk;
  return new URLSearchParams(body);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'felles-idporten-e2e-'));
  const [sandbox, assets] = await Promise.all([startSandbox(dataDir), bundle()]);
  const sessions = new Map<string, Session>();
  let origin = '';

  const session = (req: IncomingMessage, res: ServerResponse): Session => {
    const id = /(?:^|;\s*)e2e=([\w-]+)/.exec(req.headers.cookie ?? '')?.[1];
    if (id && sessions.has(id)) return sessions.get(id)!;
    const fresh = randomBytes(16).toString('base64url');
    sessions.set(fresh, { csrf: randomBytes(16).toString('base64url') });
    res.setHeader('set-cookie', `e2e=${fresh}; Path=/; HttpOnly; SameSite=Lax`);
    return sessions.get(fresh)!;
  };
  const send = (res: ServerResponse, status: number, body: string, type = 'text/html; charset=utf-8') => {
    res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
  };
  const redirect = (res: ServerResponse, location: string) => res.writeHead(303, { location }).end();

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', origin);
    try {
      const asset = assets.get(url.pathname);
      if (asset !== undefined) return send(res, 200, asset, 'text/javascript; charset=utf-8');
      const s = session(req, res);
      switch (`${req.method} ${url.pathname}`) {
        case 'GET /href':
          return send(
            res,
            200,
            page(
              s.user
                ? `<felles-id-login-button href="/auth/login" logout-href="/auth/logout" level="high" logged-in><span slot="name">${escape(s.user.name)}</span><input slot="csrf" type="hidden" name="csrf" value="${s.csrf}"></felles-id-login-button>`
                : `<felles-id-login-button href="/auth/login" logout-href="/auth/logout" level="high"><a href="/auth/login?acr=idporten-loa-high">Logg inn</a></felles-id-login-button>`,
            ),
          );
        case 'GET /public':
          return send(
            res,
            200,
            page(
              `<felles-id-login-button issuer="${sandbox.origin}/idporten" client-id="felles-test-public" redirect-uri="${origin}/public" post-logout-redirect-uri="${origin}/public" level="high"></felles-id-login-button>`,
            ),
          );
        case 'GET /auth/login': {
          const acr = url.searchParams.get('acr') ?? 'substantial';
          const locale = url.searchParams.get('locale');
          s.pending = await client.createLogin({
            acr: acr as 'substantial',
            uiLocales: locale ? [locale as 'nb'] : undefined,
          });
          return redirect(res, s.pending.url);
        }
        case 'GET /auth/callback': {
          const pending = s.pending;
          s.pending = undefined;
          const login = await client.handleCallback(url, pending!);
          const info = await client.userinfo(login);
          s.user = { name: info.name ?? login.claims.sub, idToken: login.idToken, level: login.claims.level };
          return redirect(res, '/href');
        }
        case 'POST /auth/logout': {
          const form = await readForm(req);
          if (form.get('csrf') !== s.csrf) return send(res, 403, 'CSRF token missing or wrong');
          const logout = await client.createLogout({ idTokenHint: s.user?.idToken });
          s.user = undefined;
          return redirect(res, logout.url);
        }
        case 'GET /auth/logged-out':
          return redirect(res, '/href');
        case 'GET /__state':
          res.setHeader('access-control-allow-origin', req.headers.origin ?? '*');
          return send(res, 200, JSON.stringify({ user: s.user ?? null }), 'application/json');
        default:
          return send(res, 404, 'Not found');
      }
    } catch (error) {
      return send(
        res,
        400,
        page(`<p role="alert" data-error="${escape((error as { code?: string }).code ?? 'error')}">${escape(String(error))}</p>`),
      );
    }
  });
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  origin = `http://localhost:${(server.address() as AddressInfo).port}`;
  const client = createIdportenClient({
    issuer: `${sandbox.origin}/idporten`,
    clientId: testClient.id,
    redirectUri: `${origin}/auth/callback`,
    postLogoutRedirectUri: `${origin}/auth/logged-out`,
    clientAuth: { method: 'client_secret_post', clientSecret: testClient.secret },
  });
  project.provide('idportenE2e', { backend: origin, sandbox: sandbox.origin });

  return async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    sandbox.child.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    idportenE2e: { backend: string; sandbox: string };
  }
}
