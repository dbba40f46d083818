import * as tf from "@tensorflow/tfjs";
import type { Rng } from "@nudge/datasets";
import { drawNormal } from "@nudge/model-spec";

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
