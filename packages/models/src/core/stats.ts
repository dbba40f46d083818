import type { Histogram, TensorSummary } from "./types.js";

/** Equal-width histogram of `values` over [min, max] (defaults: their range). */
export function histogram(values: ArrayLike<number>, bins = 40, min?: number, max?: number): Histogram {
  let lo = min ?? Infinity;
  let hi = max ?? -Infinity;
  if (min === undefined || max === undefined) {
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!;
      if (min === undefined && v < lo) lo = v;
      if (max === undefined && v > hi) hi = v;
    }
  }
  if (!(hi > lo)) hi = lo + 1e-12;
  const counts = new Array<number>(bins).fill(0);
  const width = (hi - lo) / bins;
  for (let i = 0; i < values.length; i++) {
    const bin = Math.min(bins - 1, Math.max(0, Math.floor((values[i]! - lo) / width)));
    counts[bin]! += 1;
  }
  return { min: lo, max: hi, counts };
}

/** Mean, standard deviation and histogram of `values`. */
export function summarize(values: ArrayLike<number>, bins = 40, range?: [number, number]): TensorSummary {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]!;
  const mean = sum / values.length;
  let sq = 0;
  for (let i = 0; i < values.length; i++) sq += (values[i]! - mean) ** 2;
  return {
    mean,
    std: Math.sqrt(sq / Math.max(values.length - 1, 1)),
    histogram: histogram(values, bins, range?.[0], range?.[1]),
  };
}

/** The |tanh| above which an output counts as saturated (makemore part 3): figures and captions use this one number. */
export const saturationThreshold = 0.97;

/** At most `max` of `values`, evenly strided (all of them when there are few enough). */
export function sampleEvenly(values: Float32Array, max: number): Float32Array {
  if (values.length <= max) return values;
  const stride = values.length / max;
  return Float32Array.from({ length: max }, (_, i) => values[Math.floor(i * stride)]!);
}

/** Fraction of tanh outputs with |t| above `threshold` (makemore: 0.97). */
export function saturation(values: ArrayLike<number>, threshold = saturationThreshold): number {
  let count = 0;
  for (let i = 0; i < values.length; i++) if (Math.abs(values[i]!) > threshold) count++;
  return count / values.length;
}
