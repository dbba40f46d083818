import { fail } from "../errors.js";
import { createRng } from "../rng.js";

/** Where a minibatch is drawn: the training seed and the step it is for. */
export interface MinibatchOptions {
  seed: number;
  step: number;
}

/**
 * The rows of training step `step`: all of `rows` when `size` is "all" or not smaller, otherwise
 * `size` distinct rows drawn by a partial Fisher–Yates shuffle of a copy of `rows`. Step k uses the
 * generator `createRng(seed)` after k·size draws, so any step is drawn directly, and training in
 * chunks, pausing or resuming gives the same batches. The exports reproduce exactly this recipe.
 *
 * @example
 * const rows = Int32Array.from({ length: 100 }, (_, i) => i);
 * minibatch(rows, 16, { seed: 1337, step: 0 }); // 16 distinct rows, the same on every machine
 */
export function minibatch(rows: Int32Array, size: number | "all", options: MinibatchOptions): Int32Array {
  if (size === "all" || size >= rows.length) return rows;
  if (!Number.isInteger(size) || size < 1) fail("BAD_SIZE", "batch size", size);
  if (!Number.isSafeInteger(options.step) || options.step < 0)
    fail("BAD_OPTION", "step", options.step, "a whole number ≥ 0");
  const rng = createRng(options.seed, options.step * size);
  const out = Int32Array.from(rows);
  for (let i = 0; i < size; i++) {
    const j = i + Math.floor(rng.next() * (out.length - i));
    const t = out[i]!;
    out[i] = out[j]!;
    out[j] = t;
  }
  return out.subarray(0, size);
}
