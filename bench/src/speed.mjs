/**
 * Speed in real Chromium. Each sample is a fresh browser context (no code cache), which loads one adapter bundle
 * and measures, in the page, with `performance.now()`:
 * - define: importing the bundle until the tag is registered (parse, evaluate, register);
 * - render: creating the element, connecting it, its first render and the layout that follows;
 * - open 20 / open 1000 (comboboxes): giving N options and opening, until the last option is on screen;
 * - open (dialogs): until the dialog's content is on screen;
 * - the largest life event (steppers): the first render is of that event.
 * Warm-up samples are dropped; the rest are summarized as median and interquartile range.
 *
 * Opening with 1,000 options runs in pages of its own, and takes samples only while its time budget lasts
 * (at least one): some peers need tens of seconds for it, and the whole run must stay within minutes.
 */
import { loadLifeEvent, LIFE_EVENT_IDS, allSteps, localize } from '@felles/life-events';
import { freshPage } from './browser.mjs';
import { summarize } from './stats.mjs';

/**
 * @typedef {import('./candidates.mjs').Candidate} Candidate
 * @typedef {import('./stats.mjs').Summary} Summary
 * @typedef {{ id: string, measures: Record<string, Summary>, errors: string[] }} SpeedResult
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
  // A registration lost to tree shaking would otherwise wait forever.
  await Promise.race([
    customElements.whenDefined(adapter.tag),
    new Promise((_, reject) => setTimeout(() => reject(new Error(`${adapter.tag} was never defined`)), 30_000)),
  ]);
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

/**
 * @param {import('playwright').Browser} browser
 * @param {string} origin where the adapters are served
 * @param {Candidate[]} list candidates with an adapter
 * @param {{ runs: number, warmup: number, budgetMs: number, stepper: Awaited<ReturnType<typeof largestLifeEvent>>, log?: (line: string) => void }} options
 *   budgetMs: time after which no further 1,000-option sample is started for a candidate
 * @returns {Promise<SpeedResult[]>}
 */
export async function measureSpeed(browser, origin, list, { runs, warmup, budgetMs, stepper, log = () => {} }) {
  /** @type {SpeedResult[]} */
  const results = [];
  for (const candidate of list) {
    if (!candidate.adapter) continue;
    const kind = /** @type {keyof typeof scenarios} */ (candidate.kind);
    const options = kind === 'stepper' ? { event: stepper.event, steps: stepper.steps } : undefined;
    /** @type {Record<string, number[]>} */
    const samples = {};
    /** @type {string[]} */
    const errors = [];
    const url = `/a/${candidate.adapter}/${candidate.adapter}.js`;
    /** @param {string[]} list @returns {Promise<boolean>} whether the sample worked */
    const sample = async (list, keep = true) => {
      const { page, context, errors: pageErrors } = await freshPage(browser, origin);
      try {
        const times = await page.evaluate(samplePage, { url, scenarios: list, options });
        // Only the scenarios asked for: a page of its own for `open1000` does not add define/render samples.
        const wanted = list.includes('open1000') ? ['open1000'] : Object.keys(times);
        if (keep) for (const name of wanted) (samples[name] ??= []).push(/** @type {number} */ (times[name]));
        return true;
      } catch (error) {
        errors.push(String(/** @type {Error} */ (error).message).split('\n')[0] ?? 'failed');
        return false;
      } finally {
        errors.push(...pageErrors.filter((message) => !errors.includes(message)));
        await context.close();
      }
    };
    for (let run = 0; run < warmup + runs; run++) if (!(await sample(scenarios[kind] ?? [], run >= warmup))) break;
    if (kind === 'combobox') {
      const started = Date.now();
      for (let run = 0; run < runs && (run === 0 || Date.now() - started < budgetMs); run++) {
        if (!(await sample(['open1000']))) break;
      }
    }
    const measures = Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, summarize(values)]));
    results.push({ id: candidate.id, measures, errors });
    log(
      `  ${candidate.id}: ${Object.entries(measures)
        .map(([name, s]) => `${name} ${s.median.toFixed(1)} ms (n=${s.n})`)
        .join(', ')}${errors.length ? ` (errors: ${errors.join('; ')})` : ''}`,
    );
  }
  return results;
}
