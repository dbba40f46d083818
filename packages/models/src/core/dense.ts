import * as tf from "@tensorflow/tfjs";

/**
 * `op(a) · op(b)`, op = transpose where asked. tfjs-wasm's BatchMatMul with the transpose flags
 * runs ~10x slower than a plain one (measured: ~120 µs vs ~12 µs for [32×200]·[200×27]), so on
 * wasm the operands are transposed explicitly first; other backends take the flags (cpu reads
 * transposed operands for free, an explicit transpose would cost it a copy).
 */
export function matMulT(a: tf.Tensor2D, b: tf.Tensor2D, transposeA = false, transposeB = false): tf.Tensor2D {
  if (tf.getBackend() !== "wasm") return tf.matMul(a, b, transposeA, transposeB);
  return tf.matMul(transposeA ? tf.transpose(a) : a, transposeB ? tf.transpose(b) : b);
}

/** `x · kernel (+ bias)` whose gradient uses {@link matMulT} (tfjs's own uses the slow transposed matmul on wasm). */
export function denseMatMul(x: tf.Tensor2D, kernel: tf.Tensor2D, bias?: tf.Tensor): tf.Tensor2D {
  const backward = (dy: tf.Tensor | tf.Tensor[], saved: tf.Tensor[]) => {
    const [input, weights] = saved as [tf.Tensor2D, tf.Tensor2D];
    const g = dy as tf.Tensor2D;
    return [matMulT(g, weights, false, true), matMulT(input, g, true, false)];
  };
  const withBias = tf.customGrad((a, b, c, save) => {
    (save as tf.GradSaveFunc)([a as tf.Tensor2D, b as tf.Tensor2D]);
    const gradFunc = (dy: tf.Tensor | tf.Tensor[], saved: tf.Tensor[]) => [
      ...backward(dy, saved),
      tf.sum(dy as tf.Tensor2D, 0),
    ];
    return { value: tf.add(tf.matMul(a as tf.Tensor2D, b as tf.Tensor2D), c as tf.Tensor), gradFunc };
  });
  const noBias = tf.customGrad((a, b, save) => {
    (save as tf.GradSaveFunc)([a as tf.Tensor2D, b as tf.Tensor2D]);
    return { value: tf.matMul(a as tf.Tensor2D, b as tf.Tensor2D), gradFunc: backward };
  });
  return (bias ? withBias(x, kernel, bias) : noBias(x, kernel)) as tf.Tensor2D;
}
