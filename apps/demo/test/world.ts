import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { actingRoles, createEnhetsregisterClient } from '@felles/client-enhetsregisteret';
import { createMaskinportenClient, type MaskinportenClientOptions } from '@felles/client-maskinporten';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright';
import { chromiumArgs, findChromium } from '../../../tools/chromium.mjs';
import { sandboxClientSecrets } from '../../sandbox/src/idporten/clients.js';
import { startSandbox, type RunningSandbox } from '../../sandbox/src/index.js';
import { buildBrowser } from '../scripts/build-browser.mjs';
import { startDemo, type RunningDemo } from '../src/index.js';

/**
 * The whole world for an end-to-end run, in this process: the sandbox and the demo on free ports,
 * the demo's browser bundle built fresh, and one Chromium.
 */
export interface World {
  sandbox: RunningSandbox;
  demo: RunningDemo;
  browser: Browser;
  dataDir: string;
  /** What the demo reported about failing services, one line each; tests take what they expect. */
  log: string[];
  close(): Promise<void>;
}

export async function startWorld(): Promise<World> {
  const dataDir = await mkdtemp(join(tmpdir(), 'felles-demo-e2e-'));
  const [sandbox, bundle, browser] = await Promise.all([
    startSandbox({ port: 0, dataDir: join(dataDir, 'sandbox') }),
    buildBrowser({ outdir: join(dataDir, 'public') }),
    chromium.launch({ executablePath: findChromium(), args: chromiumArgs }),
  ]);
  const log: string[] = [];
  const record = (level: string) => (message: string, error?: unknown) => {
    log.push(`${level} ${message}${error instanceof Error ? `: ${error.message}` : ''}`);
  };
  // The sandbox's backend test client accepts any port on 127.0.0.1; the demo's own client only 4020.
  const demo = await startDemo({
    port: 0,
    sandboxOrigin: sandbox.origin,
    clientId: 'felles-test-post',
    clientSecret: sandboxClientSecrets.test,
    dataDir: join(dataDir, 'demo'),
    publicDir: bundle.outdir,
    log: { warn: record('warn'), error: record('error') },
  });
  return {
    sandbox,
    demo,
    browser,
    dataDir,
    log,
    async close() {
      await browser.close();
      await demo.close();
      await sandbox.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** A fresh browser profile in Norwegian Bokmål, collecting what would break a page silently. */
export async function newPerson(world: World): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await world.browser.newContext({ locale: 'nb-NO', viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // Failed requests are expected while a test makes the sandbox fail; they are reported below instead.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(`console: ${message.text()}`);
  });
  page.on('response', (response) => {
    const url = new URL(response.url());
    // Only the demo's own assets must never fail.
    if (url.origin === world.demo.origin && url.pathname.startsWith('/assets/') && response.status() >= 400) {
      problems.push(`asset ${response.status()}: ${url.pathname}`);
    }
  });
  return { context, page, problems };
}

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * axe-core on the page as it is. Evaluated through the DevTools protocol rather than a script
 * tag, so the demo's Content Security Policy stays on while it runs.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: unknown,
            options: unknown,
          ): Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }> }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => JSON.stringify(n.target)) }));
  });
}

/** Programs the sandbox to fail the next `count` requests to one service. */
export async function programFault(world: World, service: string, fault: string, count: number): Promise<void> {
  const response = await fetch(`${world.sandbox.origin}/__sandbox/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ service, fault, count }),
  });
  if (response.status !== 201) throw new Error(`Fault not programmed: ${response.status} ${await response.text()}`);
}

export async function clearFaults(world: World): Promise<void> {
  await fetch(`${world.sandbox.origin}/__sandbox/faults`, { method: 'DELETE' });
}

/** Requests per sandbox service since the last reset. */
export async function requestCounts(world: World): Promise<Record<string, number>> {
  return (await fetch(`${world.sandbox.origin}/__sandbox/requests`)).json() as Promise<Record<string, number>>;
}

/** Resets the sandbox's request counts. */
export async function resetRequestCounts(world: World): Promise<void> {
  await fetch(`${world.sandbox.origin}/__sandbox/requests`, { method: 'DELETE' });
}

/**
 * The page's own requests to the sandbox's consent APIs (the consent store and Altinn's), as
 * `METHOD path`, from now on: what the browser asks of them, apart from what the demo's server asks.
 */
export function consentApiRequests(world: World, page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    const api = url.pathname.startsWith('/samtykke/') || url.pathname.startsWith('/accessmanagement/');
    if (url.origin === world.sandbox.origin && api && request.method() !== 'OPTIONS') {
      seen.push(`${request.method()} ${url.pathname}`);
    }
  });
  return seen;
}

/**
 * A company in the sandbox's register other than `except`, found by a word of its name, for which
 * the person `actingFor` (a national identity number) may act, as the authorised roles say.
 */
export async function findCompany(
  world: World,
  word: string,
  except: string,
  actingFor: string,
): Promise<{ organisasjonsnummer: string; navn: string }> {
  const issuer = `${world.sandbox.origin}/maskinporten/`;
  const { client_id, private_jwk } = (await (await fetch(`${issuer}test/clients/felles-demo`)).json()) as {
    client_id: string;
    private_jwk: MaskinportenClientOptions['key'];
  };
  const maskinporten = createMaskinportenClient({ issuer, clientId: client_id, key: private_jwk });
  const register = createEnhetsregisterClient({
    baseUrl: world.sandbox.origin,
    authorisedTokenProvider: maskinporten.tokenProvider({ scope: 'felles:sandbox.enhetsregisteret.roller' }),
  });
  for (let page = 0; page < 5; page += 1) {
    const { enheter } = await register.searchEnheter({ navn: word, size: 20, page });
    for (const enhet of enheter.filter((e) => e.organisasjonsnummer !== except)) {
      const roles = await register.getRoles(enhet.organisasjonsnummer, { authorised: true });
      if (roles.status === 'found' && actingRoles(roles.roller).some((rolle) => rolle.person?.fodselsnummer === actingFor)) return enhet;
    }
  }
  throw new Error(`The sandbox has no company named like ${word} that ${actingFor} may act for`);
}

/** The organisation of the sandbox's `felles-demo` Maskinporten client: the one the demo's consents are given to. */
export async function demoOrganisation(world: World): Promise<string> {
  return ((await (await fetch(`${world.sandbox.origin}/maskinporten/test/clients/felles-demo`)).json()) as { orgnr: string }).orgnr;
}

export interface SandboxAddress {
  adressetekst: string;
  postnummer: string;
  poststed: string;
  kommunenummer: string;
}

/**
 * An address in a municipality, taken from the sandbox's own data, so the test does not depend on
 * how the sandbox generates its addresses.
 */
export async function findAddress(world: World, kommunenummer: string): Promise<SandboxAddress> {
  const url = `${world.sandbox.origin}/adresser/v1/sok?kommunenummer=${kommunenummer}&treffPerSide=1`;
  const { adresser } = (await (await fetch(url)).json()) as { adresser: SandboxAddress[] };
  const address = adresser[0];
  if (!address) throw new Error(`The sandbox has no address in ${kommunenummer}`);
  return address;
}
