import * as tf from "@tensorflow/tfjs";
import type { ActivationName } from "@nudge/model-spec";

/** Apply a named activation; softmax runs over the last axis. */
export function activate(x: tf.Tensor, name: ActivationName | undefined): tf.Tensor {
  switch (name) {
    case undefined:
    case "linear":
      return x;
    case "relu":
      return tf.relu(x);
    case "tanh":
      return tf.tanh(x);
    case "sigmoid":
      return tf.sigmoid(x);
    case "softmax":
      return tf.softmax(x);
    case "exp":
      return tf.exp(x);
  }
}
