import type { Dataset } from "@nudge/datasets";

/** How one output becomes a class: its sign (max-margin, logits) or a 0.5 threshold (probabilities, 0/1 targets). */
export type Threshold = "sign" | "half";

/** The single-output threshold a loss implies (the same rule as `@nudge/graph`'s accuracy). */
export function thresholdFor(loss: string): Threshold {
  return loss === "max-margin" || loss === "softmax-ce" || loss === "hinge" ? "sign" : "half";
}

/** Per-example predictions from model outputs (`k` per example): a class index, or the first output's value. */
export function toPredictions(
  outputs: ArrayLike<number>,
  k: number,
  classify: boolean,
  threshold: Threshold,
): Float32Array {
  const count = k > 0 ? Math.floor(outputs.length / k) : 0;
  const out = new Float32Array(count);
  for (let b = 0; b < count; b++) {
    const at = b * k;
    if (!classify) out[b] = outputs[at]!;
    else if (k === 1) out[b] = outputs[at]! > (threshold === "sign" ? 0 : 0.5) ? 1 : 0;
    else {
      let best = 0;
      for (let j = 1; j < k; j++) if (outputs[at + j]! > outputs[at + best]!) best = j;
      out[b] = best;
    }
  }
  return out;
}

/** Fraction of `rows` whose predicted class equals the target (NaN predictions count as wrong). */
export function accuracyOf(predictions: Float32Array, dataset: Dataset, rows: ArrayLike<number>): number | undefined {
  if (rows.length === 0) return undefined;
  let right = 0;
  for (let i = 0; i < rows.length; i++) if (predictions[i] === dataset.targets[rows[i]!]) right++;
  return right / rows.length;
}

/** Row-major features of `rows` (in that order). */
export function gatherFeatures(dataset: Dataset, dim: number, rows: ArrayLike<number>): Float32Array {
  const out = new Float32Array(rows.length * dim);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    out.set(dataset.features.subarray(r * dim, (r + 1) * dim), i * dim);
  }
  return out;
}
