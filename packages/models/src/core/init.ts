import * as tf from "@tensorflow/tfjs";
import type { InitName } from "@nudge/model-spec";
import type { Rng } from "@nudge/datasets";
import { drawNormal, drawWeights } from "@nudge/model-spec";

/** A seeded weight tensor `[fanIn, fanOut]`-style, drawn on the JS side so every backend agrees. */
export function initWeights(shape: number[], init: InitName, fanIn: number, fanOut: number, rng: Rng): tf.Tensor {
  return tf.tensor(
    drawWeights(
      shape.reduce((a, b) => a * b, 1),
      init,
      fanIn,
      fanOut,
      rng,
    ),
    shape,
  );
}

/** Standard normal values (an embedding table, as `torch.randn`). */
export function normalTensor(shape: number[], rng: Rng, std = 1): tf.Tensor {
  return tf.tensor(
    drawNormal(
      shape.reduce((a, b) => a * b, 1),
      rng,
      std,
    ),
    shape,
  );
}

/** A variable that takes over `initial` (disposed here, so nothing leaks). */
export function ownedVariable(initial: tf.Tensor, trainable = true, name?: string): tf.Variable {
  const variable = tf.variable(initial, trainable, name);
  initial.dispose();
  return variable;
}
