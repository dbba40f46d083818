import * as tf from "@tensorflow/tfjs";
import { matMulT } from "./dense.js";

/**
 * `table[ids]` with a gradient that works on every backend: the forward pass gathers rows, the
 * backward pass is `oneHot(ids)ᵀ · dy` (tfjs-wasm registers no gather gradient; `matMulT` avoids
 * wasm's slow transposed matmul).
 */
export function embeddingLookup(table: tf.Tensor2D, ids: tf.Tensor): tf.Tensor {
  const [vocab, dim] = table.shape;
  const lookup = tf.customGrad((t, i, save) => {
    (save as tf.GradSaveFunc)([i as tf.Tensor]);
    const gradFunc = (dy: tf.Tensor | tf.Tensor[], saved: tf.Tensor[]) => {
      const oneHot = tf.oneHot(saved[0] as tf.Tensor1D, vocab).toFloat();
      return [matMulT(oneHot as tf.Tensor2D, dy as tf.Tensor2D, true, false), tf.zerosLike(saved[0]!)];
    };
    return { value: tf.gather(t as tf.Tensor2D, i as tf.Tensor1D), gradFunc };
  });
  const flat = ids.rank === 1 ? ids : ids.reshape([-1]);
  return lookup(table, flat.dtype === "int32" ? flat : flat.toInt()).reshape([...ids.shape, dim]);
}
