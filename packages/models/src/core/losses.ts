import * as tf from "@tensorflow/tfjs";
import type { ActivationName, LossName } from "../spec/types.js";

/** The output link each loss reads its input through (the network's raw output is before it). */
export function linkOf(loss: LossName): ActivationName {
  if (loss === "crossEntropy") return "softmax";
  if (loss === "binaryCrossEntropy") return "sigmoid";
  if (loss === "poissonNll") return "exp";
  return "linear";
}

/**
 * Mean loss from the raw output: logits for the cross-entropies, the log rate for Poisson, the
 * output itself for MSE and hinge. `targets`: class ids (crossEntropy), 0/1 (binary), 1 vs 0 or -1 (hinge), values.
 */
export function lossFromRaw(loss: LossName, raw: tf.Tensor, targets: tf.Tensor): tf.Scalar {
  switch (loss) {
    case "crossEntropy": {
      const classes = raw.shape[raw.shape.length - 1]!;
      const logits = raw.rank === 2 ? raw : raw.reshape([-1, classes]);
      const ids = targets.rank === 1 ? targets : targets.reshape([-1]);
      const oneHot = tf.oneHot(ids.dtype === "int32" ? ids : ids.toInt(), classes);
      // mean over rows of logsumexp(z) - z[target]; the one-hot picks z[target] without a gather.
      return tf.mean(tf.logSumExp(logits, 1)).sub(tf.sum(tf.mul(oneHot, logits)).div(logits.shape[0]!));
    }
    case "binaryCrossEntropy": {
      const z = raw.reshape([-1]);
      const y = targets.reshape([-1]).toFloat();
      // log(1 + e^z) - y z, written stably as relu(z) - y z + log1p(e^-|z|).
      return tf.mean(tf.relu(z).sub(y.mul(z)).add(tf.log1p(tf.exp(tf.neg(tf.abs(z))))));
    }
    case "poissonNll": {
      const eta = raw.reshape([-1]);
      const y = targets.reshape([-1]).toFloat();
      return tf.mean(tf.exp(eta).sub(y.mul(eta)));
    }
    case "hinge": {
      // Targets 1 are the positive class; 0 or -1 the negative one (micrograd uses ±1).
      const y = tf.greater(targets.reshape([-1]), 0).toFloat().mul(2).sub(1);
      return tf.mean(tf.relu(tf.scalar(1).sub(y.mul(raw.reshape([-1])))));
    }
    case "mse":
      return tf.mean(tf.squaredDifference(raw.reshape(targets.shape), targets.toFloat()));
  }
}
