/**
 * `npm run bench`: builds what it measures, then measures Felles against the peers (size, speed in Chromium,
 * requests while typing, memory), sets the CI size budgets from the measurement and writes BENCHMARKS.md.
 * Fails when one of our elements leaks beyond the stated bound, errors in a measure, or sends at least as
 * many requests as a lookup without pause, cancelling or memory.
 *
 *   FELLES_BENCH_RUNS=8      samples per speed measure (after a warm-up sample)
 *   --no-build               measure what is already built
 *   --no-write               leave .size-limit.cjs as it is
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, freemem, loadavg, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { benchDir, candidates, rootDir, versionOf } from '../bench/src/candidates.mjs';
import { bundleAdapters, launch, serve } from '../bench/src/browser.mjs';
import { BOUND, CYCLES, measureMemory } from '../bench/src/memory.mjs';
import { renderReport } from '../bench/src/report.mjs';
import { ADDRESSES, CHARS_PER_SECOND, NETWORK, typeAddresses } from '../bench/src/requests.mjs';
import { sizeOf } from '../bench/src/size.mjs';
import { quietEnv, run } from './run.mjs';
import { limitFor, measureBudgets, writeBudgets } from './size-budgets.mjs';

const started = Date.now();
const RUNS = Number(process.env.FELLES_BENCH_RUNS ?? 8);
const WARMUP = 1;
const SPEED_BUDGET_MS = 5_000;
const args = new Set(process.argv.slice(2));
const load = [loadavg()];
/** @type {string[]} */
const problems = [];
const log = (/** @type {string} */ line) => console.log(line);
const step = (/** @type {string} */ name) => console.log(`\n▶ ${name} (${Math.round((Date.now() - started) / 1000)} s)`);

/** The commit measured, and whether the tree had changes on top of it. */
function revision() {
  try {
    const git = (/** @type {string[]} */ ...a) => execFileSync('git', a, { cwd: rootDir, encoding: 'utf8' }).trim();
    return `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain', '--untracked-files=no') ? ' with uncommitted changes' : ''}`;
  } catch {
    return 'unknown';
  }
}

// Before anything is written: the budgets below change .size-limit.cjs.
const commit = revision();

if (!args.has('--no-build')) {
  step('build');
  // Everything the bench imports: the elements, the clients, life events and the sandbox.
  const code = await run('npx', ['turbo', 'run', 'build', '--filter=@felles/bench...', '--output-logs=errors-only'], { env: quietEnv });
  if (code !== 0) process.exit(code);
}

// Imports built packages (life events), so only after the build.
const { KEY_GAP_MS, TYPED, largestLifeEvent, measureSpeed } = await import('../bench/src/speed.mjs');
const all = candidates();
const ours = all.filter((c) => c.ours);
log(`our entries: ${ours.map((c) => c.id).join(', ')}`);

step('size');
/** @type {Map<string, import('../bench/src/size.mjs').SizeResult>} */
const sizes = new Map();
const sized = all.filter((c) => c.code || c.css);
// A few at a time: esbuild uses every core for each bundle, and waits on the disk between.
for (let i = 0; i < sized.length; i += 3) {
  await Promise.all(
    sized.slice(i, i + 3).map(async (c) => {
      try {
        sizes.set(c.id, await sizeOf(c.code, c.css));
      } catch (error) {
        problems.push(`size of ${c.id}: ${String(/** @type {Error} */ (error).message).split('\n')[0]}`);
      }
    }),
  );
}
for (const [id, s] of sizes) log(`  ${id}: ${s.beyondLit.initial.gzip} B gzip beyond Lit, ${s.withLit.initial.gzip} B alone`);

step('browser bundles');
const browsed = all.filter((c) => c.adapter);
const server = await serve(await bundleAdapters(browsed.map((c) => /** @type {string} */ (c.adapter))));
const stepper = await largestLifeEvent();
let browser = await launch();
const browserVersion = browser.version();

step(`speed (${RUNS} samples after ${WARMUP} warm-up${WARMUP === 1 ? '' : 's'})`);
const speed = await measureSpeed(
  browser,
  server.origin,
  browsed.filter((c) => c.kind !== 'control'),
  { runs: RUNS, warmup: WARMUP, budgetMs: SPEED_BUDGET_MS, stepper, log },
);
for (const s of speed) if (s.errors.length && all.find((c) => c.id === s.id)?.ours) problems.push(`speed of ${s.id}: ${s.errors.join('; ')}`);

step('requests while typing');
/** @type {import('../bench/src/report.mjs').Report['requests']} */
let requests;
if (browsed.some((c) => c.id === 'felles-address-lookup')) {
  const { startSandbox } = await import('../apps/sandbox/dist/index.js');
  const dataDir = await mkdtemp(join(tmpdir(), 'felles-bench-'));
  const sandbox = await startSandbox({ port: 0, dataDir });
  try {
    const endpoint = `${sandbox.origin}/adresser/v1`;
    // The first searches of a fresh sandbox build its index; a person would not be the first.
    for (const text of ADDRESSES) await fetch(`${endpoint}/sok?sok=${encodeURIComponent(text.replace(/⌫/g, ''))}*`);
    // Side by side in two pages: the keystrokes follow the same clock, and the run takes half the time.
    const [felles, noPause, naive] = await Promise.all([
      typeAddresses(browser, server, endpoint, 'felles'),
      typeAddresses(browser, server, endpoint, 'felles-no-pause'),
      typeAddresses(browser, server, endpoint, 'naive'),
    ]);
    requests = { felles, noPause, naive };
    log(`  ours: ${JSON.stringify(felles)}\n  ours, no pause: ${JSON.stringify(noPause)}\n  naive: ${JSON.stringify(naive)}`);
    if (felles.sent >= naive.sent) problems.push(`requests: ours sent ${felles.sent}, no fewer than the naive lookup's ${naive.sent}`);
    if (felles.chosen !== ADDRESSES.length) problems.push(`requests: only ${felles.chosen} of ${ADDRESSES.length} addresses could be chosen`);
  } catch (error) {
    problems.push(`requests: ${String(/** @type {Error} */ (error).message).split('\n')[0]}`);
  } finally {
    await sandbox.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}
await browser.close();

step(`memory (${CYCLES} cycles each)`);
browser = await launch({ gc: true });
const memory = await measureMemory(
  browser,
  server.origin,
  browsed.filter((c) => c.ours || c.kind === 'floor' || c.kind === 'control'),
  { stepper, log },
);
await browser.close();
await server.close();
for (const m of memory) {
  const c = all.find((x) => x.id === m.id);
  if (c?.ours && !m.ok)
    problems.push(`memory of ${m.id}: ${m.error ?? `grew ${m.growth.heap} B, ${m.growth.nodes} nodes, ${m.growth.listeners} listeners`}`);
  // The control keeps every element: if it passes, the check cannot see a leak.
  if (c?.kind === 'control' && m.ok) problems.push('memory: the leaking control passed, so the check would miss a leak');
}

step('size budgets');
const measured = await measureBudgets();
const budgets = measured.map((b) => ({ ...b, newLimit: limitFor(b.size) }));
if (!args.has('--no-write')) {
  for (const { name, from, to } of writeBudgets(measured)) log(`  ${name}: ${from} → ${to}`);
}

load.push(loadavg());
const seconds = (Date.now() - started) / 1000;
const cpu = cpus();
const markdown = renderReport({
  date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
  commit,
  seconds,
  machine: {
    CPU: `${cpu[0]?.model.trim() ?? 'unknown'} × ${cpu.length}`,
    memory: `${(totalmem() / 2 ** 30).toFixed(0)} GiB (${(freemem() / 2 ** 30).toFixed(0)} GiB free at the end)`,
    OS: `Linux ${release()}`,
    Node: process.version,
    Chromium: browserVersion,
    'load average (1 min) at start and end': load.map((l) => (l[0] ?? 0).toFixed(1)).join(' and '),
  },
  versions: [...new Set(all.filter((c) => !c.ours).map((c) => c.pkg))]
    .map((pkg) => /** @type {[string, string]} */ ([pkg, versionOf(pkg)]))
    .filter(([, version]) => version !== 'not installed')
    .concat(
      ['react', 'react-dom', 'govuk-frontend', '@digdir/designsystemet-css', '@navikt/ds-css'].map(
        (pkg) => /** @type {[string, string]} */ ([pkg, versionOf(pkg)]),
      ),
    )
    .filter(([pkg], i, list) => list.findIndex(([other]) => other === pkg) === i),
  candidates: all,
  sizes,
  speed,
  requests,
  requestSetup: `A scripted person types ${ADDRESSES.length} addresses (${ADDRESSES.map((a) => `“${a}”`).join(', ')}; ⌫ is
Backspace: one typo, noticed and corrected) at ${CHARS_PER_SECOND} characters per second on average, each gap drawn
between 55 % and 145 % of the mean from a fixed seed, with pauses after most words. After each address they wait for
the suggestions, pick the first (ours), then clear the field. Against the sandbox's address service
(\`startSandbox\`, port 0) over an emulated 4G network (${NETWORK.latency} ms latency, 9 Mbit/s down), counted in the
page by wrapping \`fetch\`. **Aborted**: cancelled in flight. **Stale**: answered for text that was no longer in the
field. **Wasted** = aborted + stale. **Cache hits**: suggestions shown without a request (ours remembers the last 30
searches). The naive lookup has the same 3-character minimum and query form, and no pause, cancelling or memory.
The three run side by side in separate pages on the same keystroke clock.`,
  memory,
  memoryBound: `${CYCLES} cycles per element of create, connect, first render, use (the address lookup opens 20
suggestions, the dialog opens and closes) and disconnect, after ${50} warm-up cycles. The heap is read after two forced
garbage collections (DevTools protocol), with the renderer's DOM node and listener counts. **Bound:** growth of at
most ${BOUND.heapBytes / 1024} KiB of heap (${Math.round(BOUND.heapBytes / CYCLES)} bytes a cycle), ${BOUND.nodes} DOM
nodes and ${BOUND.listeners} listeners; one retained element per cycle would be thousands of nodes. The control
keeps every element on purpose and must fail the bound, which shows the check can see a leak.`,
  budgets,
  stepper: { id: stepper.id, count: stepper.count },
  runs: RUNS,
  warmup: WARMUP,
  speedBudgetSeconds: SPEED_BUDGET_MS / 1000,
  typed: TYPED,
  keyGapMs: KEY_GAP_MS,
  budgetsWritten: !args.has('--no-write'),
});
await writeFile(join(rootDir, 'BENCHMARKS.md'), markdown);
await writeFile(join(benchDir, '.results.json'), JSON.stringify({ sizes: Object.fromEntries(sizes), speed, requests, memory, budgets }, null, 2));

console.log(`\nBENCHMARKS.md written in ${Math.round(seconds)} s`);
if (problems.length) {
  console.error(`\n✖ ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
