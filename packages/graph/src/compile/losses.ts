import type { Arith } from "../kinds/types.js";
import type { LossName } from "../schema/types.js";

/** Added inside logs so a probability of exactly 0 or 1 gives a large loss, not −∞. */
export const LOG_EPS = 1e-7;

/** The target of one sample as the loss sees it: `y` (±1 for max-margin with one output), one-hot for several outputs. */
export interface LossTarget<T> {
  y: T;
  onehot: T[];
}

const sum = <T>(ops: Arith<T>, xs: T[]): T => xs.reduce((a, b) => ops.add(a, b));

function bce<T>(ops: Arith<T>, p: T, y: T): T {
  const one = ops.const(1);
  const eps = ops.const(LOG_EPS);
  const hit = ops.mul(y, ops.log(ops.add(p, eps)));
  const miss = ops.mul(ops.sub(one, y), ops.log(ops.add(ops.sub(one, p), eps)));
  return ops.neg(ops.add(hit, miss));
}

/** Poisson negative log-likelihood of a count y at rate μ, without the constant log(y!): μ − y·log μ. */
function poissonNll<T>(ops: Arith<T>, mu: T, y: T): T {
  return ops.sub(mu, ops.mul(y, ops.log(ops.add(mu, ops.const(LOG_EPS)))));
}

function softmaxCe<T>(ops: Arith<T>, logits: T[], onehot: T[]): T {
  const logSumExp = ops.log(
    sum(
      ops,
      logits.map((z) => ops.exp(z)),
    ),
  );
  const picked = sum(
    ops,
    logits.map((z, j) => ops.mul(onehot[j]!, z)),
  );
  return ops.sub(logSumExp, picked);
}

/**
 * The loss of one sample, built from the same primitive ops as the network so every step has a gradient.
 * With one output: mse (p − y)², max-margin relu(1 − y·p) with y = ±1, bce and nll on a probability,
 * softmax-ce as two logits [0, p], poisson-nll μ − y·log μ on a rate. With k outputs: mean squared error to the one-hot target,
 * multi-class hinge, mean bce, softmax cross-entropy, −log p[target].
 */
export function sampleLoss<T>(ops: Arith<T>, name: LossName, preds: T[], t: LossTarget<T>): T {
  const k = preds.length;
  const one = ops.const(1);
  if (k === 1) {
    const p = preds[0]!;
    switch (name) {
      case "mse":
        return ops.pow(ops.sub(p, t.y), 2);
      case "max-margin":
        return ops.relu(ops.sub(one, ops.mul(t.y, p)));
      case "bce":
      case "nll":
        return bce(ops, p, t.y);
      case "softmax-ce":
        return softmaxCe(ops, [ops.const(0), p], [ops.sub(one, t.y), t.y]);
      case "poisson-nll":
        return poissonNll(ops, p, t.y);
    }
  }
  const scale = ops.const(1 / k);
  switch (name) {
    case "mse":
      return ops.mul(
        sum(
          ops,
          preds.map((p, j) => ops.pow(ops.sub(p, t.onehot[j]!), 2)),
        ),
        scale,
      );
    case "max-margin": {
      const correct = sum(
        ops,
        preds.map((p, j) => ops.mul(t.onehot[j]!, p)),
      );
      return sum(
        ops,
        preds.map((p, j) => ops.mul(ops.sub(one, t.onehot[j]!), ops.relu(ops.add(one, ops.sub(p, correct))))),
      );
    }
    case "bce":
      return ops.mul(
        sum(
          ops,
          preds.map((p, j) => bce(ops, p, t.onehot[j]!)),
        ),
        scale,
      );
    case "nll":
      return ops.neg(
        ops.log(
          ops.add(
            sum(
              ops,
              preds.map((p, j) => ops.mul(t.onehot[j]!, p)),
            ),
            ops.const(LOG_EPS),
          ),
        ),
      );
    case "softmax-ce":
      return softmaxCe(ops, preds, t.onehot);
    case "poisson-nll":
      return ops.mul(
        sum(
          ops,
          preds.map((p, j) => poissonNll(ops, p, t.onehot[j]!)),
        ),
        scale,
      );
  }
}

/** The value written into a sample's `y` slot: ±1 for single-output max-margin, the raw target otherwise. */
export function targetSlotValue(name: LossName, outputs: number, target: number): number {
  return name === "max-margin" && outputs === 1 ? (target > 0 ? 1 : -1) : target;
}

/** The predicted class (classification) from the outputs, consistent with the loss. */
export function predictedClass(name: LossName, preds: ArrayLike<number>): number {
  if (preds.length === 1) {
    const p = preds[0]!;
    if (name === "max-margin" || name === "softmax-ce") return p > 0 ? 1 : 0;
    return p > 0.5 ? 1 : 0;
  }
  let best = 0;
  for (let j = 1; j < preds.length; j += 1) if (preds[j]! > preds[best]!) best = j;
  return best;
}
