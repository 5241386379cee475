import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Timing primitives for the benchmark: warm up, take samples with the high-resolution clock, and
 * summarize them as median / p95 / count (milliseconds, three decimals).
 */

/** Runs `fn` `warmup` times unmeasured, then `samples` times measured; returns the summary. */
export async function measure(fn, options) {
  const [summary] = await measureInterleaved([fn], options);
  return summary;
}

/**
 * Like `measure`, for several functions taking turns sample by sample (each warmed up first):
 * one summary per function, all taken under the same conditions. At least `samples` each, and
 * more while the total is under `minMs`, so fast steps get a stable median.
 */
export async function measureInterleaved(fns, { warmup = 5, samples = 20, minMs = 0 } = {}) {
  for (const fn of fns) for (let i = 0; i < warmup; i++) await fn();
  const times = fns.map(() => []);
  const started = performance.now();
  while (times[0].length < samples || (performance.now() - started < minMs && times[0].length < 10_000)) {
    for (let f = 0; f < fns.length; f++) {
      const t0 = performance.now();
      await fns[f]();
      times[f].push(performance.now() - t0);
    }
  }
  return times.map(summarize);
}

/** `{ median_ms, p95_ms, count }` of a list of durations. */
export function summarize(times) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  return { median_ms: round(median), p95_ms: round(at(0.95)), count: sorted.length };
}

function round(ms) {
  return Math.round(ms * 1000) / 1000;
}

/** A full garbage collection, now (V8's `gc()`, exposed for this call only). */
export function collectGarbage() {
  v8.setFlagsFromString('--expose-gc');
  runInNewContext('gc')();
}
