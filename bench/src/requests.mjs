/**
 * Requests: a scripted person types five addresses into the address lookup at a realistic pace, against the
 * sandbox's address service over an emulated mobile network, and the page counts what went over the wire.
 * The same keystrokes, to the millisecond, go to a naive lookup that searches on every keystroke (no pause,
 * no cancelling, no memory), so the difference is what the element's design saves.
 *
 * Counted in the page, by wrapping `fetch` before any script runs:
 * - sent: searches that left the page;
 * - aborted: cancelled in flight (the text changed);
 * - stale: answered, but for text that was no longer in the field when the answer came;
 * - cache hits (ours): suggestions shown with no request, seen as a results announcement ("N treff") that no
 *   answer preceded.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { freshPage } from './browser.mjs';
import { seeded } from './stats.mjs';

/** What the person types. `⌫` is Backspace: the third address has a typo, noticed and put right. */
export const ADDRESSES = ['Myrvollveien 5C', 'Storgata 1 Sandefjord', 'Kirkeveien 21⌫⌫12 Asker', 'Strandveien 3B Haugesund', 'Bjørkeveien 4 Asker'];

/** A 4G connection as Chromium's DevTools define "Fast 4G": 150 ms latency, 9 Mbit/s down, 1.5 Mbit/s up. */
export const NETWORK = { latency: 150, downloadThroughput: (9e6 / 8) * 0.9, uploadThroughput: (1.5e6 / 8) * 0.9 };

/** Mean typing speed, characters per second. */
export const CHARS_PER_SECOND = 8;

/**
 * The keystrokes with their times, the same for both lookups: 8 characters per second on average, each gap
 * drawn between 55 % and 145 % of the mean, a pause after most words, longer ones around correcting a typo.
 * @returns {{ at: number, key: string }[][]} per address, ms from that address's start
 */
export function typingPlan(seed = 20260418) {
  const random = seeded(seed);
  const mean = 1000 / CHARS_PER_SECOND;
  return ADDRESSES.map((text) => {
    /** @type {{ at: number, key: string }[]} */
    const keys = [];
    let at = 0;
    let previous = '';
    for (const char of text) {
      at += mean * (0.55 + 0.9 * random());
      if (previous === ' ' && random() < 0.6) at += 200 + 400 * random();
      if (char === '⌫' && previous !== '⌫') at += 500;
      // Reads what is left after deleting before typing on.
      if (char !== '⌫' && previous === '⌫') at += 300 + 300 * random();
      keys.push({ at: Math.round(at), key: char === '⌫' ? 'Backspace' : char });
      previous = char;
    }
    return keys;
  });
}

/** Runs in the page before anything else: wraps fetch and listens to the live region. */
function instrument() {
  /** @type {any} */
  const w = window;
  const bench = (w.__bench = { fetches: /** @type {any[]} */ ([]), announcements: /** @type {any[]} */ ([]), text: () => '' });
  const original = window.fetch;
  window.fetch = function (input, init) {
    const url = input instanceof Request ? input.url : String(input);
    const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
    const promise = original.call(this, input, init);
    if (!/\/sok\?/.test(url)) return promise;
    const record = { sok: new URL(url).searchParams.get('sok') ?? '', start: performance.now(), end: 0, outcome: 'pending', textAtEnd: '' };
    bench.fetches.push(record);
    const failed = (/** @type {unknown} */ error) => {
      record.end = performance.now();
      record.outcome = signal?.aborted || /** @type {Error} */ (error)?.name === 'AbortError' ? 'aborted' : 'error';
    };
    promise.then(
      (response) =>
        response
          .clone()
          .arrayBuffer()
          .then(() => {
            record.end = performance.now();
            record.outcome = 'ok';
            record.textAtEnd = bench.text();
          }, failed),
      failed,
    );
    return promise;
  };
  let last = '';
  new MutationObserver(() => {
    const region = document.querySelector('[data-felles-announcer="polite"]');
    const text = region?.textContent ?? '';
    if (text && text !== last) bench.announcements.push({ at: performance.now(), text });
    last = text;
  }).observe(document, { subtree: true, childList: true, characterData: true });
}

/** A lookup as often written by hand: a request on every keystroke from the third character on. */
const naivePage = (/** @type {string} */ endpoint) => `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>naive</title></head><body>
<label for="q">Adresse</label> <input id="q" autocomplete="off"><ul id="list"></ul>
<script type="module">
const input = document.getElementById('q');
const list = document.getElementById('list');
window.__bench.text = () => input.value;
input.addEventListener('input', async () => {
  const text = input.value.trim();
  if (text.length < 3) { list.replaceChildren(); return; }
  try {
    const response = await fetch(${JSON.stringify(endpoint)} + '/sok?treffPerSide=10&sok=' + encodeURIComponent(text.split(/\\s+/).join(' ') + '*'));
    const { adresser } = await response.json();
    list.replaceChildren(...adresser.map((a) => Object.assign(document.createElement('li'), { textContent: a.adressetekst + ', ' + a.postnummer + ' ' + a.poststed })));
  } catch {}
});
</script></body></html>`;

/** @param {string} text */
const normalize = (text) => text.replace(/\*/g, ' ').trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * @typedef {{ sent: number, aborted: number, stale: number, wasted: number, cacheHits: number, keystrokes: number,
 *   chosen: number, ms: number }} RequestResult
 */

/**
 * @param {import('playwright').Browser} browser
 * @param {{ origin: string, files: Map<string, Uint8Array | string> }} server serves the adapters
 * @param {string} endpoint the sandbox's address API
 * @param {'felles' | 'felles-no-pause' | 'naive'} which  felles-no-pause: `debounce` 0, to tell what the pause saves
 *   from what cancelling and ignoring old answers save
 * @returns {Promise<RequestResult>}
 */
export async function typeAddresses(browser, server, endpoint, which) {
  server.files.set('/naive.html', naivePage(endpoint));
  const { page, context, errors } = await freshPage(browser, server.origin);
  try {
    await page.addInitScript(instrument);
    if (which === 'naive') {
      await page.goto(`${server.origin}/naive.html`);
    } else {
      await page.reload();
      await page.evaluate(
        async ({ endpoint, url, debounce }) => {
          await import(url);
          const el = document.createElement('felles-address-lookup');
          el.label = 'Adresse';
          el.endpoint = endpoint;
          if (debounce !== undefined) el.debounce = debounce;
          document.body.append(el);
          await el.updateComplete;
          /** @type {any} */ (window).__bench.text = () => el.shadowRoot?.querySelector('input')?.value ?? '';
        },
        { endpoint, url: '/a/felles-address-lookup/felles-address-lookup.js', debounce: which === 'felles-no-pause' ? 0 : undefined },
      );
    }
    const field = which === 'naive' ? page.locator('#q') : page.locator('felles-address-lookup input');
    await field.click();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...NETWORK });

    const started = Date.now();
    let keystrokes = 0;
    let chosen = 0;
    for (const keys of typingPlan()) {
      const t0 = Date.now();
      for (const { at, key } of keys) {
        const wait = t0 + at - Date.now();
        if (wait > 0) await sleep(wait);
        if (key === 'Backspace') await page.keyboard.press('Backspace');
        else await page.keyboard.type(key);
        keystrokes++;
      }
      // Reads the suggestions (they come after the pause and the network), then picks the first.
      const options = which === 'naive' ? page.locator('#list li') : page.locator('felles-address-lookup [role="option"]');
      const shown = await options
        .first()
        .waitFor({ state: 'visible', timeout: 3000 })
        .then(
          () => true,
          () => false,
        );
      await sleep(600);
      if (shown && which !== 'naive') {
        await page.keyboard.press('ArrowDown');
        await page.keyboard.press('Enter');
        chosen++;
      }
      await sleep(800);
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Backspace');
      keystrokes += 2;
      await sleep(400);
    }
    await sleep(NETWORK.latency * 3);
    const { fetches, announcements } = await page.evaluate(() => /** @type {any} */ (window).__bench);
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);

    const ok = fetches.filter((/** @type {any} */ f) => f.outcome === 'ok');
    const stale = ok.filter((/** @type {any} */ f) => normalize(f.sok) !== normalize(f.textAtEnd)).length;
    const aborted = fetches.filter((/** @type {any} */ f) => f.outcome === 'aborted').length;
    // A shown result with no answer in the moment before it (the announcer speaks 50 ms after rendering).
    const cacheHits = announcements.filter(
      (/** @type {any} */ a) => /treff/.test(a.text) && !ok.some((/** @type {any} */ f) => f.end <= a.at && a.at - f.end < NETWORK.latency),
    ).length;
    return {
      sent: fetches.length,
      aborted,
      stale,
      wasted: aborted + stale,
      cacheHits,
      keystrokes,
      chosen,
      ms: Date.now() - started,
    };
  } finally {
    await context.close();
  }
}
