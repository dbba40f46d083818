import * as tf from "@tensorflow/tfjs";
import { matMulT } from "../core/dense.js";
import type { Network } from "../core/network.js";

/** A tape-free SGD step: samples a minibatch, updates the variables in place, returns the loss. */
export interface DirectStep {
  step(learningRate: number, random: () => number): tf.Scalar;
  dispose(): void;
}

/**
 * The plain MLP LM step (embedding → tanh dense layers → logits, cross-entropy, SGD) with its
 * gradients written out by hand: ~42 kernels instead of the tape's ~137 (tfjs costs ~10–30 µs per
 * kernel, which is most of a step). The minibatch's one-hot matrices are built in JS from the
 * window arrays `X` `[n, blockSize]` and `Y` `[n]` (no gathers); matmuls go through `matMulT`
 * (explicit transposes on wasm); the learning rate is folded into the logits' gradient, so each
 * variable's update is one subtraction. `undefined` when the network has other layers (BatchNorm,
 * dropout): those train through the tape.
 */
export function directLmStep(net: Network, X: Int32Array, Y: Int32Array, batch: number): DirectStep | undefined {
  const [embedding, flatten, ...dense] = net.spec.layers;
  const last = dense.length - 1;
  const plain =
    embedding?.type === "embedding" &&
    flatten?.type === "flatten" &&
    dense.length > 1 &&
    dense.every((l, i) => l.type === "dense" && l.useBias !== false && (i === last || l.activation === "tanh"));
  if (!plain) return undefined;
  const table = net.layers[0]!.params[0]! as tf.Variable<tf.Rank.R2>;
  const [vocab, dim] = table.shape;
  const weights = net.layers.slice(2).map((l) => ({ kernel: l.params[0]! as tf.Variable<tf.Rank.R2>, bias: l.params[1]! }));
  const n = Y.length;
  const block = X.length / n;
  // One-hot rows of the batch's context ids, [rows, vocab] for the lookup and [vocab, rows] for its gradient.
  const rows = batch * block;
  const picks = new Float32Array(rows * vocab);
  const picksT = new Float32Array(rows * vocab);
  const targets = new Float32Array(batch * vocab);
  const one = tf.scalar(1);
  const two = tf.scalar(2);
  // On wasm tanh(z) = 2σ(2z) − 1: its sigmoid is vectorised (XNNPACK), its tanh is not (~2.5x slower here).
  const tanh = (z: tf.Tensor2D) =>
    (tf.getBackend() === "wasm" ? tf.sub(tf.mul(tf.sigmoid(tf.mul(z, two)), two), one) : tf.tanh(z)) as tf.Tensor2D;
  let rateValue = NaN;
  let rate = tf.scalar(0);
  return {
    step(learningRate, random) {
      if (learningRate !== rateValue) {
        rate.dispose();
        rate = tf.keep(tf.scalar(learningRate / batch));
        rateValue = learningRate;
      }
      picks.fill(0);
      picksT.fill(0);
      targets.fill(0);
      for (let i = 0; i < batch; i++) {
        // The same draw as sampleRows (makemore's torch.randint), so both paths see the same batches.
        const row = Math.floor(random() * n);
        for (let j = 0; j < block; j++) {
          const id = X[row * block + j]!;
          picks[(i * block + j) * vocab + id] = 1;
          picksT[id * rows + i * block + j] = 1;
        }
        targets[i * vocab + Y[row]!] = 1;
      }
      // The lookup C[ids] as oneHot(ids) · C: on wasm a small matmul costs less than a gather.
      const context = tf.matMul(tf.tensor2d(picks, [rows, vocab]), table).reshape([batch, block * dim]) as tf.Tensor2D;
      // Forward: keep each layer's input (the previous tanh output) for the backward pass.
      const inputs: tf.Tensor2D[] = [context];
      let h = context;
      weights.forEach(({ kernel, bias }, i) => {
        const z = tf.add(tf.matMul(h, kernel), bias) as tf.Tensor2D;
        h = i === last ? z : tanh(z);
        if (i < last) inputs.push(h);
      });
      // Cross-entropy from shifted logits: loss = mean(log Σ e^z − z[target]).
      const target = tf.tensor2d(targets, [batch, vocab]);
      const shifted = tf.sub(h, tf.max(h, 1, true));
      const e = tf.exp(shifted);
      const total = tf.sum(e, 1, true);
      const loss = tf.mean(tf.sub(tf.log(total), tf.sum(tf.mul(shifted, target), 1, true)));
      // Backward, pre-multiplied by the learning rate: lr · ∂loss/∂z = (softmax(z) − onehot) · lr / batch.
      let d = tf.mul(tf.sub(tf.div(e, total), target), rate) as tf.Tensor2D;
      for (let i = last; i >= 0; i--) {
        const { kernel, bias } = weights[i]!;
        const input = inputs[i]!;
        const dInput = matMulT(d, kernel, false, true);
        kernel.assign(tf.sub(kernel, matMulT(input, d, true, false)));
        bias.assign(tf.sub(bias, tf.sum(d, 0)));
        // tanh' = 1 − t² for the hidden layers' outputs; the first layer's input is the embedding.
        d = i > 0 ? (tf.mul(dInput, tf.sub(one, tf.square(input))) as tf.Tensor2D) : (dInput as tf.Tensor2D);
      }
      // The embedding's gradient: oneHot(ids)ᵀ · dRows (no gather gradient on wasm).
      const dRows = d.reshape([rows, dim]) as tf.Tensor2D;
      table.assign(tf.sub(table, tf.matMul(tf.tensor2d(picksT, [vocab, rows]), dRows)));
      return loss as tf.Scalar;
    },
    dispose() {
      one.dispose();
      two.dispose();
      rate.dispose();
    },
  };
}
