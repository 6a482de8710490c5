/**
 * Browser-side helpers shared by the adapters. Waiting yields through a MessageChannel rather than timers or
 * animation frames: timers are clamped to 4 ms after a few nested calls and frames come every 16 ms, either of
 * which would blur the figures more than the work being measured.
 */
const channel = new MessageChannel();
/** @type {(() => void)[]} */
const waiting = [];
channel.port1.onmessage = () => waiting.shift()?.();

/** Lets the browser run one task (rendering, timers, network callbacks) before coming back. */
export function yieldTask() {
  return new Promise((resolve) => {
    waiting.push(() => resolve(undefined));
    channel.port2.postMessage(0);
  });
}

/**
 * Resolves once `condition()` is true, checking between tasks; rejects after `timeoutMs` with `what`.
 * @param {() => boolean} condition
 * @param {string} what
 */
export async function until(condition, what, timeoutMs = 120_000) {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await yieldTask();
  }
}

/** @param {Element | null | undefined} node */
export function visible(node) {
  return Boolean(node?.checkVisibility({ visibilityProperty: true }));
}

/** Forces style and layout, so that a measure includes what the browser must do before it can paint. */
export function layout() {
  return document.body.getBoundingClientRect().height;
}

/** Waits for a Lit-style `updateComplete` when the element has one. @param {Element} el */
export async function updated(el) {
  const promise = /** @type {{ updateComplete?: Promise<unknown> }} */ (el).updateComplete;
  if (promise) await promise;
}

/** `count` plausible option labels, the same for every library. @param {number} count */
export function labels(count) {
  const streets = ['Storgata', 'Kirkeveien', 'Myrvollveien', 'Skolegata', 'Bjørkeveien', 'Strandveien', 'Parkveien'];
  const towns = ['0182 OSLO', '5003 BERGEN', '7013 TRONDHEIM', '1415 OPPEGÅRD', '9008 TROMSØ', '4006 STAVANGER'];
  return Array.from({ length: count }, (_, i) => `${streets[i % streets.length]} ${i + 1}, ${towns[i % towns.length]}`);
}

/**
 * Adds a peer's own stylesheet to the page once, as its documentation tells a page to load it. In the adapter
 * bundle, so the measure of defining includes parsing it, as ours includes parsing the styles in our code.
 * @param {string} css
 */
export function addStyles(css) {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
}

/** Waits for the browser to paint what is on screen: the next frame, then the task after it. */
export function painted() {
  return new Promise((resolve) => requestAnimationFrame(() => yieldTask().then(resolve)));
}
