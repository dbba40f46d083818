import { limits } from "../schema/constants.js";
import type { RunCurve } from "../schema/run-types.js";

const finiteAt = (values: ArrayLike<number | null | undefined>, i: number) => {
  const v = values[i];
  return typeof v === "number" && Number.isFinite(v) ? v : undefined;
};

/**
 * Which points of a series to keep so that at most `max` remain (max ≥ 4): the first and the last, and in each
 * of ⌊(max − 2) / 2⌋ equal buckets between them the lowest and the highest finite value (so the series' extremes,
 * a spike or the best loss, survive), in order. All indices when the series already fits.
 * @example downsampleIndices([5, 1, 9, 2, 3, 4], 4) // [0, 1, 2, 5]
 */
export function downsampleIndices(values: ArrayLike<number | null | undefined>, max: number): number[] {
  const n = values.length;
  if (!Number.isInteger(max) || max < 4) throw new RangeError(`downsampleIndices keeps at least 4 points, not ${max}.`);
  if (n <= max) return Array.from({ length: n }, (_, i) => i);
  const buckets = Math.floor((max - 2) / 2);
  const inner = n - 2;
  const kept = [0];
  for (let b = 0; b < buckets; b++) {
    const from = 1 + Math.floor((b * inner) / buckets);
    const to = 1 + Math.floor(((b + 1) * inner) / buckets);
    let lo = -1;
    let hi = -1;
    for (let i = from; i < to; i++) {
      const v = finiteAt(values, i);
      if (v === undefined) continue;
      if (lo < 0 || v < finiteAt(values, lo)!) lo = i;
      if (hi < 0 || v > finiteAt(values, hi)!) hi = i;
    }
    if (lo < 0) kept.push(from);
    else if (lo === hi) kept.push(lo);
    else kept.push(Math.min(lo, hi), Math.max(lo, hi));
  }
  kept.push(n - 1);
  return kept;
}

const pick = <T>(column: T[] | undefined, at: number[]) => column && at.map((i) => column[i] as T);

/**
 * A run's curve with at most `max` points (default `limits.maxRunPoints`), chosen by `downsampleIndices` on the
 * loss: the first and last step and the loss's extremes are kept; every column keeps the same steps.
 */
export function boundCurve(curve: RunCurve, max: number = limits.maxRunPoints): RunCurve {
  if (curve.step.length <= max) return curve;
  const at = downsampleIndices(curve.loss, max);
  const out: RunCurve = { step: pick(curve.step, at)!, loss: pick(curve.loss, at)! };
  for (const key of ["testLoss", "trainAccuracy", "testAccuracy"] as const) {
    const column = pick(curve[key], at);
    if (column) out[key] = column;
  }
  return out;
}
