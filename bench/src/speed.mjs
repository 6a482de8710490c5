/**
 * Speed in real Chromium. Each sample is a fresh browser context (no code cache), which loads one adapter bundle
 * and measures, in the page, with `performance.now()`:
 * - define: importing the bundle until the tag is registered (parse, evaluate, register);
 * - render: creating the element, connecting it, its first render and the layout that follows;
 * - open 20 / open 1000 (comboboxes): giving N options and opening, until the last option is on screen;
 * - open (dialogs): until the dialog's content is on screen;
 * - the largest life event (steppers): the first render is of that event;
 * - typing (comboboxes whose adapter names its input): keydown → next paint for each key of `TYPED`, pressed
 *   through the DevTools protocol (trusted events, as a keyboard sends them) with 20 results on screen.
 * Samples are taken in interleaved rounds, warm-up rounds dropped; the rest are summarized as median and
 * interquartile range.
 *
 * Opening with 1,000 options runs in pages of its own, and takes samples only while its time budget lasts
 * (at least one): some peers need tens of seconds for it, and the whole run must stay within minutes.
 */
import { loadLifeEvent, LIFE_EVENT_IDS, allSteps, localize } from '@felles/life-events';
import { freshPage } from './browser.mjs';
import { quantileOf, summarize } from './stats.mjs';

/**
 * @typedef {import('./candidates.mjs').Candidate} Candidate
 * @typedef {import('./stats.mjs').Summary} Summary
 * @typedef {{ p95: number, keys: number, slow: number }} Typing
 *   keydown → next paint over every keystroke of every sample: its 95th percentile, how many keys were
 *   pressed, and how many of them Event Timing reported at 16 ms or more
 * @typedef {{ id: string, measures: Record<string, Summary>, errors: string[], typing?: Typing }} SpeedResult
 */

/** Scenarios per kind of component, besides define and render; `open1000` runs in its own pages. */
const scenarios = {
  combobox: ['open20'],
  dialog: ['open'],
  stepper: [],
  button: [],
  floor: [],
};

/** The life event with the most steps, and the same steps as plain titles and descriptions for the wizard. */
export async function largestLifeEvent() {
  let largest;
  for (const id of LIFE_EVENT_IDS) {
    const event = await loadLifeEvent(id);
    const count = allSteps(event).length;
    if (!largest || count > largest.count) largest = { id, event, count };
  }
  if (!largest) throw new Error('no life events');
  const steps = allSteps(largest.event).map((step) => ({
    title: localize(step.title, 'nb').text,
    description: localize(step.description, 'nb').text,
  }));
  return { ...largest, steps };
}

/**
 * Runs in the page: everything here is serialized by Playwright, so it may use only its arguments.
 * @param {{ url: string, scenarios: string[], options: unknown }} input
 */
async function samplePage({ url, scenarios, options }) {
  const layout = () => document.body.getBoundingClientRect().height;
  /** @type {Record<string, number>} */
  const times = {};
  let t = performance.now();
  const adapter = await import(url);
  // A registration lost to tree shaking would otherwise wait forever. Peers that are not custom elements
  // (React, Preact, native HTML) are ready once their module has run.
  if (adapter.tag) {
    await Promise.race([
      customElements.whenDefined(adapter.tag),
      new Promise((_, reject) => setTimeout(() => reject(new Error(`${adapter.tag} was never defined`)), 30_000)),
    ]);
  }
  times.define = performance.now() - t;

  const mount = async () => {
    const el = adapter.create(options);
    document.body.append(el);
    await adapter.rendered(el);
    layout();
    return el;
  };
  t = performance.now();
  const first = await mount();
  times.render = performance.now() - t;
  first.remove();

  for (const scenario of scenarios) {
    const el = await mount();
    const count = scenario === 'open20' ? 20 : scenario === 'open1000' ? 1000 : 0;
    t = performance.now();
    await (count ? adapter.openWith(el, count) : adapter.open(el));
    layout();
    times[scenario] = performance.now() - t;
    if (adapter.close) await adapter.close(el);
    el.remove();
  }
  return times;
}

/** What the person types into each combobox, one key at a time, and the pause after each key. */
export const TYPED = 'Storgata 1';
export const KEY_GAP_MS = 120;

/**
 * Runs in the page, before typing: a combobox with 20 results for whatever is typed (as a server search
 * answers), its field emptied and focused, and a clock on every keydown: from the event's time stamp to the
 * task after the next animation frame, which comes after that frame's paint. Event Timing reports, beside it,
 * each keydown that took at least 16 ms to its next paint.
 * @param {{ url: string }} input
 */
async function prepareTyping({ url }) {
  const adapter = await import(url);
  if (!adapter.input) return false;
  const el = adapter.create();
  document.body.append(el);
  await adapter.rendered(el);
  await adapter.openWith(el, 20);
  const field = /** @type {HTMLInputElement} */ (adapter.input(el));
  field.value = '';
  field.focus();
  const state = /** @type {{ latencies: number[], slow: number[] }} */ ({ latencies: [], slow: [] });
  /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (window)).benchTyping = state;
  const channel = new MessageChannel();
  /** @type {(() => void)[]} */
  const after = [];
  channel.port1.onmessage = () => after.shift()?.();
  addEventListener(
    'keydown',
    (event) => {
      const start = event.timeStamp;
      requestAnimationFrame(() => {
        after.push(() => state.latencies.push(performance.now() - start));
        channel.port2.postMessage(0);
      });
    },
    { capture: true },
  );
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.name === 'keydown') state.slow.push(entry.duration);
    }).observe(/** @type {PerformanceObserverInit} */ ({ type: 'event', durationThreshold: 16 }));
  } catch {
    // No Event Timing in this browser: the frame clock above still measures.
  }
  return true;
}

/** @returns {{ latencies: number[], slow: number[] }} */
function typingResults() {
  return /** @type {{ benchTyping: { latencies: number[], slow: number[] } }} */ (/** @type {unknown} */ (window)).benchTyping;
}

/**
 * Samples in interleaved rounds: each round takes one sample of every candidate in turn, so that a slow
 * stretch of a shared machine falls on all of them rather than on one.
 * @param {import('playwright').Browser} browser
 * @param {string} origin where the adapters are served
 * @param {Candidate[]} list candidates with an adapter
 * @param {{ runs: number, warmup: number, budgetMs: number, stepper: Awaited<ReturnType<typeof largestLifeEvent>>, log?: (line: string) => void }} options
 *   budgetMs: time after which no further 1,000-option sample is started for a candidate
 * @returns {Promise<SpeedResult[]>}
 */
export async function measureSpeed(browser, origin, list, { runs, warmup, budgetMs, stepper, log = () => {} }) {
  const entries = list
    .filter((candidate) => candidate.adapter)
    .map((candidate) => {
      const kind = /** @type {keyof typeof scenarios} */ (candidate.kind);
      return {
        candidate,
        kind,
        url: `/a/${candidate.adapter}/${candidate.adapter}.js`,
        options: kind === 'stepper' ? { event: stepper.event, steps: stepper.steps } : undefined,
        /** @type {Record<string, number[]>} */
        samples: {},
        /** @type {string[]} */
        errors: [],
        failed: false,
        /** milliseconds spent on 1,000-option samples */
        spent: 0,
      };
    });
  /**
   * @param {typeof entries[number]} entry @param {string[]} names @param {boolean} keep
   * @returns {Promise<void>}
   */
  const sample = async (entry, names, keep) => {
    const { page, context, errors: pageErrors } = await freshPage(browser, origin);
    try {
      const times = await page.evaluate(samplePage, { url: entry.url, scenarios: names, options: entry.options });
      // Only the scenarios asked for: a page of its own for `open1000` does not add define/render samples.
      const wanted = names.includes('open1000') ? ['open1000'] : Object.keys(times);
      if (keep) for (const name of wanted) (entry.samples[name] ??= []).push(/** @type {number} */ (times[name]));
      if (entry.kind === 'combobox' && !names.includes('open1000')) {
        const typing = await page.evaluate(prepareTyping, { url: entry.url });
        for (const key of typing ? TYPED : '') {
          await page.keyboard.press(key === ' ' ? 'Space' : key);
          await page.waitForTimeout(KEY_GAP_MS);
        }
        const typed = await page.evaluate(typingResults);
        if (keep && typing) {
          (entry.samples.typing ??= []).push(...typed.latencies);
          (entry.samples.typingSlow ??= []).push(typed.slow.length);
          (entry.samples.typingKeys ??= []).push(TYPED.length);
        }
      }
    } catch (error) {
      entry.errors.push(String(/** @type {Error} */ (error).message).split('\n')[0] ?? 'failed');
      entry.failed = true;
    } finally {
      entry.errors.push(...pageErrors.filter((message) => !entry.errors.includes(message)));
      await context.close();
    }
  };
  for (let round = 0; round < warmup + runs; round++) {
    for (const entry of entries) if (!entry.failed) await sample(entry, scenarios[entry.kind] ?? [], round >= warmup);
    if (round < warmup) continue;
    for (const entry of entries) {
      if (entry.kind !== 'combobox' || entry.failed || (round > warmup && entry.spent >= budgetMs)) continue;
      const started = Date.now();
      await sample(entry, ['open1000'], true);
      entry.spent += Date.now() - started;
    }
    log(`  round ${round + 1} of ${warmup + runs}${round < warmup ? ' (warm-up)' : ''}`);
  }
  /** @type {SpeedResult[]} */
  const results = [];
  for (const { candidate, samples, errors } of entries) {
    const { typingSlow, typingKeys, ...timed } = samples;
    const measures = Object.fromEntries(Object.entries(timed).map(([name, values]) => [name, summarize(values)]));
    /** @type {SpeedResult} */
    const result = { id: candidate.id, measures, errors };
    if (timed.typing) {
      result.typing = {
        p95: quantileOf(timed.typing, 0.95),
        keys: (typingKeys ?? []).reduce((a, b) => a + b, 0),
        slow: (typingSlow ?? []).reduce((a, b) => a + b, 0),
      };
    }
    results.push(result);
    log(
      `  ${candidate.id}: ${Object.entries(measures)
        .map(([name, s]) => `${name} ${s.median.toFixed(1)} ms (n=${s.n})`)
        .join(
          ', ',
        )}${result.typing ? `, typing p95 ${result.typing.p95.toFixed(1)} ms` : ''}${errors.length ? ` (errors: ${errors.join('; ')})` : ''}`,
    );
  }
  return results;
}
