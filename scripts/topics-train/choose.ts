/**
 * Choosing a topic's threshold on out-of-fold log-odds: the lowest that keeps precision at or
 * above a target, so that recall is as high as that precision allows; when no threshold reaches
 * the target, the best F1.
 */

/** Precision a score must keep, per topic, on papers its model did not see. */
export const SCORE_PRECISION = 0.92;

/** Counts of one topic's decisions. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/**
 * The threshold on `logits` for the papers numbered in `among`: the one that finds the most of
 * those labelled 1 in `labels` at `target` precision; when none reaches it, the one with the best F1.
 */
export function chooseThreshold(logits: Float64Array, labels: Uint8Array, among: readonly number[], target: number): number {
  const order = among.slice().sort((a, b) => (logits[b] as number) - (logits[a] as number) || a - b);
  let tp = 0;
  let fp = 0;
  let positives = 0;
  for (const i of among) positives += labels[i] as number;
  const meetsTarget = (tp: number, fp: number) => tp + fp > 0 && tp / (tp + fp) >= target;
  let best = { threshold: Infinity, meets: false, tp: 0, f1: 0 };
  for (let k = 0; k < order.length; k++) {
    const i = order[k] as number;
    if (labels[i]) tp++;
    else fp++;
    // Only between distinct values: a threshold takes every paper at or above it.
    const next = order[k + 1];
    if (next !== undefined && logits[next] === logits[i]) continue;
    const candidate = { threshold: logits[i] as number, meets: meetsTarget(tp, fp), tp, f1: f1(tp, fp, positives - tp) };
    if (better(candidate, best)) best = candidate;
  }
  return best.threshold;
}

function better(a: { meets: boolean; tp: number; f1: number }, b: { meets: boolean; tp: number; f1: number }): boolean {
  if (a.meets !== b.meets) return a.meets;
  return a.meets ? a.tp > b.tp : a.f1 > b.f1;
}

/** F1 of the counts (0 when nothing is found). */
export function f1(tp: number, fp: number, fn: number): number {
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}
