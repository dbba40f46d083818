import * as tf from "@tensorflow/tfjs";

/** The free parameters of a 1-D or 2-D Gaussian mixture with k components. */
export interface MixtureParams {
  logits: tf.Variable; // [k]   mixing weights = softmax(logits)
  means: tf.Variable; // [k, d]
  logScales: tf.Variable; // [k, d] log of the Cholesky diagonal
  shears: tf.Variable; // [k]   Cholesky off-diagonal (unused when d = 1)
}

const LOG_2PI = Math.log(2 * Math.PI);

/**
 * log p(x) per row of `x` `[n, d]`: logsumexp over components of log πⱼ + log N(x; μⱼ, LⱼLⱼᵀ),
 * with z = Lⱼ⁻¹(x − μⱼ) solved by forward substitution (d ≤ 2).
 */
export function mixtureLogDensity(p: MixtureParams, x: tf.Tensor2D): tf.Tensor1D {
  const d = x.shape[1];
  const [k] = p.logits.shape;
  const diff = tf.sub(x.expandDims(1), p.means.expandDims(0)); // [n, k, d]
  const scales = tf.exp(p.logScales); // [k, d]
  const d1 = diff.slice([0, 0, 0], [-1, k!, 1]).squeeze([2]);
  const z1 = d1.div(scales.slice([0, 0], [k!, 1]).reshape([k!]));
  let squared = z1.square();
  if (d === 2) {
    const d2 = diff.slice([0, 0, 1], [-1, k!, 1]).squeeze([2]);
    const z2 = d2.sub(z1.mul(p.shears)).div(scales.slice([0, 1], [k!, 1]).reshape([k!]));
    squared = squared.add(z2.square());
  }
  const logNormal = squared
    .mul(-0.5)
    .sub(tf.sum(p.logScales, 1))
    .sub((d * LOG_2PI) / 2); // [n, k]
  return tf.logSumExp(logNormal.add(tf.logSoftmax(p.logits)), 1) as tf.Tensor1D;
}

/** Mixing weights, means and covariances (ΣL = L Lᵀ) as plain arrays. */
export function readMixture(
  p: MixtureParams,
  d: number,
): { weights: number[]; means: number[][]; covariances: number[][][] } {
  const weights = tf.tidy(() => Array.from(tf.softmax(p.logits).dataSync()));
  const means = p.means.arraySync() as number[][];
  const scales = (p.logScales.arraySync() as number[][]).map((row) => row.map(Math.exp));
  const shears = p.shears.arraySync() as number[];
  const covariances = scales.map((s, j) => {
    if (d === 1) return [[s[0]! ** 2]];
    const [a, c, b] = [s[0]!, shears[j]!, s[1]!];
    return [
      [a * a, a * c],
      [a * c, c * c + b * b],
    ];
  });
  return { weights, means, covariances };
}
