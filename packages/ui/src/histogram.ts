/** Bin counts of a histogram over `[lo, hi]`. */
export interface HistogramBins {
  lo: number;
  hi: number;
  counts: number[];
  /** Values outside `[lo, hi]` or not finite (not counted in `counts`). */
  skipped: number;
}

/**
 * Counts values into `bins` equal-width bins over `range` (default: the finite min and max).
 * The last bin includes its right edge.
 * @example binValues([0, 0.5, 1], 2).counts // [1, 2]
 */
export function binValues(values: ArrayLike<number>, bins: number, range?: readonly [number, number]): HistogramBins {
  if (!Number.isInteger(bins) || bins < 1) throw new Error(`binValues: bins must be a positive integer, got ${bins}`);
  let lo = range?.[0] ?? Infinity;
  let hi = range?.[1] ?? -Infinity;
  if (!range) {
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!;
      if (Number.isFinite(v)) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
    if (lo > hi) [lo, hi] = [0, 1];
    if (lo === hi) [lo, hi] = [lo - 0.5, hi + 0.5];
  }
  const counts = new Array<number>(bins).fill(0);
  let skipped = 0;
  const width = (hi - lo) / bins;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v) || v < lo || v > hi) {
      skipped++;
      continue;
    }
    counts[Math.min(bins - 1, Math.floor((v - lo) / width))]!++;
  }
  return { lo, hi, counts, skipped };
}
