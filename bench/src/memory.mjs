/**
 * Memory: 1,000 cycles of create, connect, first render, use (open the suggestions with 20 results, open and
 * close the dialog) and disconnect, for each element. The JavaScript heap and the renderer's counts of DOM
 * nodes and event listeners are read after a full garbage collection (DevTools protocol), once after a
 * warm-up (so that one-time costs, such as Lit's template cache and the shared live region, are not counted
 * as growth) and once after the cycles.
 */
import { freshPage } from './browser.mjs';

export const CYCLES = 1000;
const WARMUP = 50;

/** What a leak-free element may grow by over 1,000 cycles: allocator noise, never a retained element. */
export const BOUND = { heapBytes: 256 * 1024, nodes: 50, listeners: 20 };

/**
 * @typedef {{ heap: number, nodes: number, listeners: number }} Reading
 * @typedef {{ id: string, before: Reading, after: Reading, growth: Reading, perCycleBytes: number, ok: boolean, ms: number,
 *   error?: string }} MemoryResult
 */

/** Runs in the page. @param {{ url: string, cycles: number, options: unknown }} input */
async function cycle({ url, cycles, options }) {
  const adapter = await import(url);
  await customElements.whenDefined(adapter.tag);
  for (let i = 0; i < cycles; i++) {
    const el = adapter.create(options);
    document.body.append(el);
    await adapter.rendered(el);
    if (adapter.openWith) await adapter.openWith(el, 20);
    else if (adapter.open) {
      await adapter.open(el);
      await adapter.close(el);
    }
    el.remove();
  }
}

/**
 * @param {import('playwright').CDPSession} cdp
 * @returns {Promise<Reading>}
 */
async function read(cdp) {
  // Twice: the first collection can free objects whose finalizers release more.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const counters = await cdp.send('Memory.getDOMCounters');
  return { heap: usedSize, nodes: counters.nodes, listeners: counters.jsEventListeners };
}

/**
 * @param {import('playwright').Browser} browser
 * @param {string} origin
 * @param {import('./candidates.mjs').Candidate[]} list
 * @param {{ stepper: { event: unknown, steps: unknown[] }, log?: (line: string) => void }} options
 * @returns {Promise<MemoryResult[]>}
 */
export async function measureMemory(browser, origin, list, { stepper, log = () => {} }) {
  /** @type {MemoryResult[]} */
  const results = [];
  for (const candidate of list) {
    if (!candidate.adapter) continue;
    const url = `/a/${candidate.adapter}/${candidate.adapter}.js`;
    const options = candidate.kind === 'stepper' ? { event: stepper.event, steps: stepper.steps } : undefined;
    const { page, context } = await freshPage(browser, origin);
    const started = Date.now();
    try {
      const cdp = await context.newCDPSession(page);
      await cdp.send('HeapProfiler.enable');
      await page.evaluate(cycle, { url, cycles: WARMUP, options });
      const before = await read(cdp);
      await page.evaluate(cycle, { url, cycles: CYCLES, options });
      const after = await read(cdp);
      const growth = { heap: after.heap - before.heap, nodes: after.nodes - before.nodes, listeners: after.listeners - before.listeners };
      const ok = growth.heap <= BOUND.heapBytes && growth.nodes <= BOUND.nodes && growth.listeners <= BOUND.listeners;
      results.push({ id: candidate.id, before, after, growth, perCycleBytes: growth.heap / CYCLES, ok, ms: Date.now() - started });
      log(`  ${candidate.id}: heap ${fmt(growth.heap)} B, nodes ${growth.nodes}, listeners ${growth.listeners} ${ok ? 'ok' : 'OVER BOUND'}`);
    } catch (error) {
      const zero = { heap: 0, nodes: 0, listeners: 0 };
      const message = String(/** @type {Error} */ (error).message).split('\n')[0] ?? 'failed';
      results.push({
        id: candidate.id,
        before: zero,
        after: zero,
        growth: zero,
        perCycleBytes: 0,
        ok: false,
        ms: Date.now() - started,
        error: message,
      });
      log(`  ${candidate.id}: failed: ${message}`);
    } finally {
      await context.close();
    }
  }
  return results;
}

/** @param {number} n */
const fmt = (n) => (n > 0 ? '+' : '') + Math.round(n).toLocaleString('en');
