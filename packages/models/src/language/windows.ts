import * as tf from "@tensorflow/tfjs";
import type { CharVocab } from "@nudge/encoders";
import { contextWindows } from "@nudge/encoders";
import type { Network } from "../core/network.js";
import type { NllReport } from "./text.js";
import { checkWords } from "./text.js";

/** Context windows of `words` uploaded as tensors (`x` `[n, blockSize]` int32, `y` `[n]` int32), with their arrays. */
export function windowTensors(
  words: readonly string[],
  vocab: CharVocab,
  blockSize: number,
): { x: tf.Tensor2D; y: tf.Tensor1D; n: number; X: Int32Array; Y: Int32Array } {
  checkWords(words);
  const { X, Y, shape } = contextWindows(words, vocab, blockSize);
  return { x: tf.tensor2d(X, shape, "int32"), y: tf.tensor1d(Y, "int32"), n: shape[0], X, Y };
}

/** Mean cross-entropy of a language network over every window of `words`, in chunks (inference mode). */
export function windowNll(
  net: Network,
  words: readonly string[],
  vocab: CharVocab,
  blockSize: number,
  chunk = 8192,
): NllReport {
  const { x, y, n } = windowTensors(words, vocab, blockSize);
  let total = 0;
  for (let start = 0; start < n; start += chunk) {
    const size = Math.min(chunk, n - start);
    total += tf.tidy(() => {
      const logits = net.raw(x.slice([start, 0], [size, blockSize]), { training: false });
      const logp = tf.logSoftmax(logits);
      const picked = tf.mul(tf.oneHot(y.slice([start], [size]), vocab.size).toFloat(), logp);
      return -tf.sum(picked).dataSync()[0]!;
    });
  }
  x.dispose();
  y.dispose();
  return { nll: total / n, count: n };
}
