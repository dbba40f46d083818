import * as tf from "@tensorflow/tfjs";
import type { ActivationName, LossName } from "@nudge/model-spec";

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
      return softmaxCrossEntropy(
        logits as tf.Tensor2D,
        tf.oneHot(ids.dtype === "int32" ? ids : ids.toInt(), classes).toFloat(),
      );
    }
    case "binaryCrossEntropy": {
      const z = raw.reshape([-1]);
      const y = targets.reshape([-1]).toFloat();
      // log(1 + e^z) - y z, written stably as relu(z) - y z + log1p(e^-|z|).
      return tf.mean(
        tf
          .relu(z)
          .sub(y.mul(z))
          .add(tf.log1p(tf.exp(tf.neg(tf.abs(z))))),
      );
    }
    case "poissonNll": {
      const eta = raw.reshape([-1]);
      const y = targets.reshape([-1]).toFloat();
      return tf.mean(tf.exp(eta).sub(y.mul(eta)));
    }
    case "hinge": {
      // Targets 1 are the positive class; 0 or -1 the negative one (micrograd uses ±1).
      const y = tf
        .greater(targets.reshape([-1]), 0)
        .toFloat()
        .mul(2)
        .sub(1);
      return tf.mean(tf.relu(tf.scalar(1).sub(y.mul(raw.reshape([-1])))));
    }
    case "mse":
      return tf.mean(tf.squaredDifference(raw.reshape(targets.shape), targets.toFloat()));
  }
}

/**
 * Mean over rows of logsumexp(z) − z[target], from shifted logits (the one-hot picks z[target]
 * without a gather), with the gradient written out: (softmax(z) − onehot) / rows. Three backward
 * kernels instead of the ~30 that autograd makes of logSumExp.
 */
const softmaxCrossEntropy = tf.customGrad((z, oneHot, save) => {
  const logits = z as tf.Tensor2D;
  const shifted = tf.sub(logits, tf.max(logits, 1, true));
  const e = tf.exp(shifted);
  const total = tf.sum(e, 1, true);
  const value = tf.mean(tf.sub(tf.log(total), tf.sum(tf.mul(shifted, oneHot as tf.Tensor), 1, true)));
  (save as tf.GradSaveFunc)([e, total, oneHot as tf.Tensor]);
  const gradFunc = (dy: tf.Tensor | tf.Tensor[], saved: tf.Tensor[]) => {
    const [probs, sums, target] = saved as [tf.Tensor, tf.Tensor, tf.Tensor];
    const scale = tf.div(dy as tf.Tensor, logits.shape[0]);
    return [tf.mul(tf.sub(tf.div(probs, sums), target), scale), tf.zerosLike(target)];
  };
  return { value: value as tf.Scalar, gradFunc };
}) as (logits: tf.Tensor2D, oneHot: tf.Tensor) => tf.Scalar;
