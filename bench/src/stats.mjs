/**
 * Medians and spread. Timings on a shared 2-core machine have long tails (a garbage collection, another
 * process), so the median is reported with its interquartile range rather than a mean with a deviation.
 */

/** @typedef {{ median: number, p25: number, p75: number, min: number, max: number, n: number }} Summary */

/** @param {number[]} sorted @param {number} q 0..1 */
function quantile(sorted, q) {
  if (sorted.length === 0) return Number.NaN;
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  const below = sorted[low] ?? 0;
  const above = sorted[high] ?? 0;
  return below + (above - below) * (at - low);
}

/** @param {number[]} values @param {number} q 0..1 */
export function quantileOf(values, q) {
  return quantile(
    [...values].sort((a, b) => a - b),
    q,
  );
}

/** @param {number[]} values @returns {Summary} */
export function summarize(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    median: quantile(sorted, 0.5),
    p25: quantile(sorted, 0.25),
    p75: quantile(sorted, 0.75),
    min: sorted[0] ?? Number.NaN,
    max: sorted.at(-1) ?? Number.NaN,
    n: sorted.length,
  };
}

/**
 * A small seeded generator (mulberry32), so that the scripted typist types with the same rhythm in every run
 * and for both lookups compared.
 * @param {number} seed
 */
export function seeded(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
