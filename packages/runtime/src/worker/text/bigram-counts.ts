import type { ModelSpec } from "@nudge/model-spec";

/**
 * Whether a compiled spec is makemore 1's neural bigram: one character's id one-hot (V) → flatten →
 * Dense V without bias or activation, cross-entropy. Its loss and gradient depend on the data only
 * through the V×V bigram counts, so it can train in O(V²) per full-batch step.
 */
export function isNeuralBigram(spec: ModelSpec): boolean {
  const [onehot, flatten, dense, ...rest] = spec.layers;
  return (
    spec.loss === "crossEntropy" &&
    spec.input.shape.length === 1 &&
    spec.input.shape[0] === 1 &&
    onehot?.type === "oneHot" &&
    flatten?.type === "flatten" &&
    dense?.type === "dense" &&
    dense.useBias === false &&
    (dense.activation ?? "linear") === "linear" &&
    dense.units === onehot.depth &&
    rest.length === 0
  );
}

/**
 * The neural bigram's mean NLL over every counted pair plus `l2 · ΣW²`, and (when `grad` is given)
 * its gradient: ∂/∂W[a][c] = (rowCount[a] · softmax(W[a])[c] − counts[a][c]) / pairs + 2·l2·W[a][c].
 * The same numbers as one-hot(x) @ W over all pairs, softmax and NLL, without visiting the pairs.
 */
export function bigramLossGrad(
  w: ArrayLike<number>,
  counts: ArrayLike<number>,
  size: number,
  l2 = 0,
  grad?: Float64Array,
): number {
  let pairs = 0;
  for (let i = 0; i < size * size; i++) pairs += counts[i]!;
  if (pairs === 0) return NaN;
  let nll = 0;
  let squares = 0;
  for (let a = 0; a < size; a++) {
    const row = a * size;
    let max = -Infinity;
    let rowCount = 0;
    for (let c = 0; c < size; c++) {
      max = Math.max(max, w[row + c]!);
      rowCount += counts[row + c]!;
    }
    let sum = 0;
    for (let c = 0; c < size; c++) sum += Math.exp(w[row + c]! - max);
    const logZ = max + Math.log(sum);
    for (let c = 0; c < size; c++) {
      const k = row + c;
      const wk = w[k]!;
      squares += wk * wk;
      if (counts[k]! > 0) nll += counts[k]! * (logZ - wk);
      if (grad) grad[k] = (rowCount * Math.exp(wk - logZ) - counts[k]!) / pairs + 2 * l2 * wk;
    }
  }
  return nll / pairs + l2 * squares;
}

/** softmax of one row of scores (a character's next-character probabilities). */
export function softmax(scores: ArrayLike<number>): Float64Array {
  let max = -Infinity;
  for (let c = 0; c < scores.length; c++) max = Math.max(max, scores[c]!);
  const p = Float64Array.from(scores, (v) => Math.exp(v - max));
  const sum = p.reduce((a, b) => a + b, 0);
  return p.map((v) => v / sum);
}
