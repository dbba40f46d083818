import { fail } from "./errors.js";
import { zeroGrad } from "./topo.js";
import type { Value } from "./value.js";

/** What {@link gradCheck} found: backprop and finite-difference gradients, leaf by leaf. */
export interface GradCheckResult {
  /** `fn(leaves).data` at the given point. */
  value: number;
  /** `leaf.grad` after `backward()`. */
  analytic: number[];
  /** Central differences `(f(x + h) - f(x - h)) / 2h`. */
  numeric: number[];
  /** Largest `|analytic - numeric|`. */
  maxAbsError: number;
  /** Largest `|analytic - numeric| / max(1, |analytic|, |numeric|)`. */
  maxRelError: number;
}

/**
 * Compares backprop's gradient of `fn` with central finite differences at the leaves' current data.
 * `fn` must build its graph from the leaves each call. Leaves are restored afterwards.
 * @example
 * const x = new Value(2), y = new Value(-3);
 * gradCheck(([a, b]) => a.mul(b).tanh(), [x, y]).maxRelError; // ≈ 1e-10
 */
export function gradCheck(fn: (leaves: Value[]) => Value, leaves: Value[], h = 1e-6): GradCheckResult {
  if (!(h > 0 && Number.isFinite(h))) fail("GRADCHECK_STEP", h);
  zeroGrad(leaves);
  const out = fn(leaves);
  out.backward();
  const analytic = leaves.map((v) => v.grad);
  const numeric = leaves.map((leaf) => {
    const x = leaf.data;
    leaf.data = x + h;
    const up = fn(leaves).data;
    leaf.data = x - h;
    const down = fn(leaves).data;
    leaf.data = x;
    return (up - down) / (2 * h);
  });
  let maxAbsError = 0,
    maxRelError = 0;
  analytic.forEach((a, i) => {
    const err = Math.abs(a - numeric[i]);
    maxAbsError = Math.max(maxAbsError, err);
    maxRelError = Math.max(maxRelError, err / Math.max(1, Math.abs(a), Math.abs(numeric[i])));
  });
  return { value: out.data, analytic, numeric, maxAbsError, maxRelError };
}
