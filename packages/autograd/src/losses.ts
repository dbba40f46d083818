import { fail } from "./errors.js";
import type { Value } from "./value.js";

type Targets = ArrayLike<number> | readonly Value[];

/** `v0 + v1 + …` as a chain of adds (no leading 0 node). */
export function sum(values: readonly Value[]): Value {
  if (values.length === 0) fail("LOSS_EMPTY", "sum");
  let total = values[0];
  for (let i = 1; i < values.length; i++) total = total.add(values[i]);
  return total;
}

/** The mean of `values`, as `sum(values) * (1 / n)` like micrograd's demo. */
export function mean(values: readonly Value[]): Value {
  return sum(values).mul(1 / values.length);
}

function checkPairs(name: string, n: number, m: number): void {
  if (n === 0) fail("LOSS_EMPTY", name);
  if (n !== m) fail("LOSS_LENGTH", name, n, m);
}

const at = (t: Targets, i: number): Value | number => t[i];

/** Mean squared error `mean((pred - target)²)`, for regression. */
export function mse(preds: readonly Value[], targets: Targets): Value {
  checkPairs("mse", preds.length, targets.length);
  return mean(preds.map((p, i) => p.sub(at(targets, i)).pow(2)));
}

/**
 * micrograd demo's max-margin (hinge) loss `mean(relu(1 - yᵢ·scoreᵢ))`, labels ±1.
 * @example
 * const loss = maxMargin(scores, ys).add(l2(model.parameters(), 1e-4));
 */
export function maxMargin(scores: readonly Value[], labels: ArrayLike<number>): Value {
  checkPairs("maxMargin", scores.length, labels.length);
  return mean(scores.map((s, i) => s.mul(-labels[i]).add(1).relu()));
}

/** `alpha · Σ p²` over `params` (micrograd demo's `reg_loss`). */
export function l2(params: readonly Value[], alpha: number): Value {
  return sum(params.map((p) => p.mul(p))).mul(alpha);
}

/** Binary cross-entropy on logits, labels 0/1, stable: `relu(z) - z·y + log(1 + e^-|z|)`, averaged. */
export function bceWithLogits(logits: readonly Value[], labels: ArrayLike<number>): Value {
  checkPairs("bceWithLogits", logits.length, labels.length);
  return mean(
    logits.map((z, i) => {
      const abs = z.relu().add(z.neg().relu());
      return z.relu().sub(z.mul(labels[i])).add(abs.neg().exp().add(1).log());
    }),
  );
}

/** `log Σ e^zᵢ`, shifted by the largest `zᵢ` so it never overflows. */
export function logSumExp(logits: readonly Value[]): Value {
  if (logits.length === 0) fail("LOSS_EMPTY", "logSumExp");
  let m = -Infinity;
  for (const z of logits) m = Math.max(m, z.data);
  return sum(logits.map((z) => z.sub(m).exp()))
    .log()
    .add(m);
}

/** `zᵢ - logSumExp(z)`: log-probabilities from logits. */
export function logSoftmax(logits: readonly Value[]): Value[] {
  const lse = logSumExp(logits);
  return logits.map((z) => z.sub(lse));
}

function checkClasses(name: string, rows: readonly (readonly Value[])[], targets: ArrayLike<number>): void {
  checkPairs(name, rows.length, targets.length);
  rows.forEach((row, i) => {
    const t = targets[i];
    if (!(Number.isInteger(t) && t >= 0 && t < row.length)) fail("LOSS_CLASS", name, i, t, row.length);
  });
}

/** Softmax cross-entropy from logits (one row per example, integer class targets), averaged. */
export function softmaxCrossEntropy(logits: readonly (readonly Value[])[], targets: ArrayLike<number>): Value {
  checkClasses("softmaxCrossEntropy", logits, targets);
  return mean(logits.map((row, i) => logSumExp(row).sub(row[targets[i]])));
}

/** Negative log-likelihood from log-probabilities (one row per example), averaged. */
export function nll(logProbs: readonly (readonly Value[])[], targets: ArrayLike<number>): Value {
  checkClasses("nll", logProbs, targets);
  return mean(logProbs.map((row, i) => row[targets[i]].neg()));
}
