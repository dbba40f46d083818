import * as tf from "@tensorflow/tfjs";

/** A BatchNorm layer's variables and settings, for the tape-free step. */
export interface BatchNormVars {
  gain: tf.Variable;
  shift: tf.Variable;
  runningMean: tf.Variable;
  runningVar: tf.Variable;
  momentum: number;
  epsilon: number;
}

/** What the backward pass needs from the forward one. */
export interface BatchNormSaved {
  xhat: tf.Tensor2D;
  invStd: tf.Tensor;
}

/** Training-mode BatchNorm of `z` `[batch, features]` (biased batch variance), updating the running statistics as `layers.ts` does. */
export function batchNormForward(z: tf.Tensor2D, v: BatchNormVars): { out: tf.Tensor2D; saved: BatchNormSaved } {
  const n = z.shape[0];
  const mean = tf.mean(z, 0);
  const centered = tf.sub(z, mean);
  const variance = tf.mean(tf.square(centered), 0);
  const invStd = tf.rsqrt(tf.add(variance, v.epsilon));
  const xhat = tf.mul(centered, invStd) as tf.Tensor2D;
  const m = v.momentum;
  v.runningMean.assign(tf.add(tf.mul(v.runningMean, 1 - m), tf.mul(mean, m)));
  v.runningVar.assign(tf.add(tf.mul(v.runningVar, 1 - m), tf.mul(variance, (m * n) / Math.max(n - 1, 1))));
  return { out: tf.add(tf.mul(xhat, v.gain), v.shift) as tf.Tensor2D, saved: { xhat, invStd } };
}

/**
 * Given `dOut` (already scaled by the learning rate), subtract the gain's and shift's gradients
 * and return the gradient at BatchNorm's input: invStd · (dx̂ − mean(dx̂) − x̂ · mean(dx̂ · x̂)).
 */
export function batchNormBackward(dOut: tf.Tensor2D, saved: BatchNormSaved, v: BatchNormVars): tf.Tensor2D {
  const { xhat, invStd } = saved;
  const dxhat = tf.mul(dOut, v.gain);
  v.gain.assign(tf.sub(v.gain, tf.sum(tf.mul(dOut, xhat), 0)));
  v.shift.assign(tf.sub(v.shift, tf.sum(dOut, 0)));
  const projected = tf.mul(xhat, tf.mean(tf.mul(dxhat, xhat), 0));
  return tf.mul(tf.sub(tf.sub(dxhat, tf.mean(dxhat, 0)), projected), invStd) as tf.Tensor2D;
}
