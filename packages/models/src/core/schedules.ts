import type { LearningRate } from "./types.js";

/** makemore's step schedule: `high` until `at` × steps, then `low`. */
export function stepDecay(high = 0.1, low = 0.01, at = 0.5): LearningRate {
  return (step, steps) => (step < at * steps ? high : low);
}

/**
 * makemore part 2's learning-rate search: rates spaced evenly in log10 from `low` to `high` over
 * the run; plot each step's loss against its rate and pick the valley.
 *
 * @example
 * await lm.fit(train, { steps: 1000, learningRate: exponentialSweep(0.001, 1), onStep: ({ learningRate, loss }) => points.push([learningRate, loss]) });
 */
export function exponentialSweep(low: number, high: number): LearningRate {
  const a = Math.log10(low);
  const b = Math.log10(high);
  return (step, steps) => 10 ** (a + ((b - a) * step) / Math.max(steps - 1, 1));
}
