/**
 * The one test entry to the sandbox (apps/sandbox) for the packages' tests. Packages never import an app
 * (the lint rule in eslint.config.js enforces it); a package test that needs the sandbox imports this
 * file, which the rule allows by name:
 *
 * - `startSandbox()` runs it in the test's own process (Node tests: packages/ssr);
 * - `sandboxCli` is the built command, for tests that run it as a separate process (the elements'
 *   browser tests, packages/elements/test/sandbox-setup.ts).
 *
 * The sandbox's code loads only when `startSandbox()` is called, so a Vitest config that imports this
 * file for `sandboxCli` does not bundle the sandbox.
 */
import { fileURLToPath } from 'node:url';
import type { RunningSandbox, SandboxOptions } from '../apps/sandbox/src/index.js';

export type { RunningSandbox, SandboxOptions };

/** The sandbox's command line, built by `npx turbo run build --filter=@felles/sandbox`. */
export const sandboxCli = fileURLToPath(new URL('../apps/sandbox/dist/cli.js', import.meta.url));

/** Starts the sandbox in this process; `port: 0` picks a free port. */
export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const sandbox = await import('../apps/sandbox/src/index.js');
  return sandbox.startSandbox(options);
}
