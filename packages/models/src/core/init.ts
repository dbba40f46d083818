import * as tf from "@tensorflow/tfjs";
import type { InitName } from "@nudge/model-spec";
import type { Rng } from "@nudge/datasets";

/** A seeded weight tensor `[fanIn, fanOut]`-style, drawn on the JS side so every backend agrees. */
export function initWeights(shape: number[], init: InitName, fanIn: number, fanOut: number, rng: Rng): tf.Tensor {
  const size = shape.reduce((a, b) => a * b, 1);
  const values = new Float32Array(size);
  if (init === "glorotUniform") {
    const limit = Math.sqrt(6 / (fanIn + fanOut));
    for (let i = 0; i < size; i++) values[i] = (2 * rng.next() - 1) * limit;
  } else if (init !== "zeros") {
    // Kaiming: std = gain / sqrt(fanIn), gain sqrt(2) for relu and 5/3 for tanh (makemore part 3).
    const gain = init === "heNormal" ? Math.SQRT2 : 5 / 3;
    const std = gain / Math.sqrt(fanIn);
    for (let i = 0; i < size; i++) values[i] = rng.normal() * std;
  }
  return tf.tensor(values, shape);
}

/** Standard normal values (an embedding table, as `torch.randn`). */
export function normalTensor(shape: number[], rng: Rng, std = 1): tf.Tensor {
  const size = shape.reduce((a, b) => a * b, 1);
  const values = new Float32Array(size);
  for (let i = 0; i < size; i++) values[i] = rng.normal() * std;
  return tf.tensor(values, shape);
}

/** A variable that takes over `initial` (disposed here, so nothing leaks). */
export function ownedVariable(initial: tf.Tensor, trainable = true, name?: string): tf.Variable {
  const variable = tf.variable(initial, trainable, name);
  initial.dispose();
  return variable;
}
