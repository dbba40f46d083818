import * as tf from "@tensorflow/tfjs";
import { denseMatMul } from "./dense.js";

/**
 * 1-D convolution `[n, l, c] * [k, c, f] → [n, l', f]` as im2col + matmul, so its gradients use
 * only slice, concat and matmul (tfjs-wasm has no Conv2DBackpropFilter kernel).
 */
export function conv1dIm2col(
  x: tf.Tensor3D,
  kernel: tf.Tensor3D,
  stride: number,
  padding: "valid" | "same",
): tf.Tensor3D {
  const [n, length, channels] = x.shape;
  const [k, , filters] = kernel.shape;
  let input = x;
  if (padding === "same") {
    const outLength = Math.ceil(length / stride);
    const total = Math.max((outLength - 1) * stride + k - length, 0);
    input = tf.pad(x, [
      [0, 0],
      [Math.floor(total / 2), total - Math.floor(total / 2)],
      [0, 0],
    ]);
  }
  const full = input.shape[1] - k + 1;
  const patches = tf.concat(
    Array.from({ length: k }, (_, j) => tf.slice(input, [0, j, 0], [n, full, channels])),
    2,
  );
  const out = denseMatMul(patches.reshape([n * full, k * channels]), kernel.reshape([k * channels, filters]));
  const dense = out.reshape([n, full, filters]) as tf.Tensor3D;
  if (stride === 1) return dense;
  const kept = Math.floor((full - 1) / stride) + 1;
  const padded = tf.pad(dense, [
    [0, 0],
    [0, kept * stride - full],
    [0, 0],
  ]);
  return padded
    .reshape([n, kept, stride, filters])
    .slice([0, 0, 0, 0], [n, kept, 1, filters])
    .reshape([n, kept, filters]) as tf.Tensor3D;
}
