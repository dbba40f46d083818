import type { LearningRate } from "./types.js";

/** makemore's step schedule: `high` until `at` × steps, then `low`. */
export function stepDecay(high = 0.1, low = 0.01, at = 0.5): LearningRate {
  return (step, steps) => (step < at * steps ? high : low);
}
