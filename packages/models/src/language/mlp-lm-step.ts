import * as tf from "@tensorflow/tfjs";
import { matMulT } from "../core/dense.js";
import type { Network } from "../core/network.js";
import type { BatchNormSaved, BatchNormVars } from "./batchnorm-step.js";
import { batchNormBackward, batchNormForward } from "./batchnorm-step.js";

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
 * variable's update is one subtraction. Hidden blocks are dense + tanh, or dense → BatchNorm → tanh
 * (makemore part 3); `undefined` for other layers (dropout): those train through the tape.
 */
interface HiddenBlock {
  kernel: tf.Variable<tf.Rank.R2>;
  bias?: tf.Variable;
  norm?: BatchNormVars;
}

/** The tanh blocks of a character MLP spec: dense+tanh, or dense (no bias) → BatchNorm → tanh. */
function hiddenBlocks(net: Network): { blocks: HiddenBlock[]; output: HiddenBlock } | undefined {
  const specs = net.spec.layers;
  if (specs[0]?.type !== "embedding" || specs[1]?.type !== "flatten") return undefined;
  const blocks: HiddenBlock[] = [];
  const kernelOf = (i: number) => net.layers[i]!.params[0]! as tf.Variable<tf.Rank.R2>;
  let i = 2;
  while (i < specs.length - 1) {
    const [a, b, c] = [specs[i], specs[i + 1], specs[i + 2]];
    if (a?.type === "dense" && a.useBias !== false && a.activation === "tanh") {
      blocks.push({ kernel: kernelOf(i), bias: net.layers[i]!.params[1]! });
      i += 1;
    } else if (
      a?.type === "dense" &&
      a.useBias === false &&
      !a.activation &&
      b?.type === "batchnorm" &&
      c?.type === "activation" &&
      c.activation === "tanh"
    ) {
      const [gain, shift] = net.layers[i + 1]!.params as [tf.Variable, tf.Variable];
      const [runningMean, runningVar] = net.layers[i + 1]!.state as [tf.Variable, tf.Variable];
      blocks.push({
        kernel: kernelOf(i),
        norm: { gain, shift, runningMean, runningVar, momentum: b.momentum ?? 0.1, epsilon: b.epsilon ?? 1e-5 },
      });
      i += 3;
    } else return undefined;
  }
  const out = specs[i];
  const linkOnly = out?.type === "dense" && out.useBias !== false && (!out.activation || out.activation === "softmax");
  return blocks.length && linkOnly
    ? { blocks, output: { kernel: kernelOf(i), bias: net.layers[i]!.params[1]! } }
    : undefined;
}

export function directLmStep(net: Network, X: Int32Array, Y: Int32Array, batch: number): DirectStep | undefined {
  const shape = hiddenBlocks(net);
  if (!shape) return undefined;
  const { blocks, output } = shape;
  const table = net.layers[0]!.params[0]! as tf.Variable<tf.Rank.R2>;
  const [vocab, dim] = table.shape;
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
  /** Subtract a dense layer's (learning-rate-scaled) gradients given `d` at its output; return `d` at its input. */
  const update = ({ kernel, bias }: HiddenBlock, input: tf.Tensor2D, d: tf.Tensor2D) => {
    const dInput = matMulT(d, kernel, false, true);
    kernel.assign(tf.sub(kernel, matMulT(input, d, true, false)));
    if (bias) bias.assign(tf.sub(bias, tf.sum(d, 0)));
    return dInput;
  };
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
      // Forward: keep each block's input (the previous tanh output) and BatchNorm's x̂ for the backward pass.
      const inputs: tf.Tensor2D[] = [context];
      const saved: (BatchNormSaved | undefined)[] = [];
      for (const { kernel, bias, norm } of blocks) {
        const z = (
          bias
            ? tf.add(tf.matMul(inputs[inputs.length - 1]!, kernel), bias)
            : tf.matMul(inputs[inputs.length - 1]!, kernel)
        ) as tf.Tensor2D;
        const normed = norm ? batchNormForward(z, norm) : undefined;
        saved.push(normed?.saved);
        inputs.push(tanh(normed?.out ?? z));
      }
      const h = tf.add(tf.matMul(inputs[inputs.length - 1]!, output.kernel), output.bias!) as tf.Tensor2D;
      // Cross-entropy from shifted logits: loss = mean(log Σ e^z − z[target]).
      const target = tf.tensor2d(targets, [batch, vocab]);
      const shifted = tf.sub(h, tf.max(h, 1, true));
      const e = tf.exp(shifted);
      const total = tf.sum(e, 1, true);
      const loss = tf.mean(tf.sub(tf.log(total), tf.sum(tf.mul(shifted, target), 1, true)));
      // Backward, pre-multiplied by the learning rate: lr · ∂loss/∂z = (softmax(z) − onehot) · lr / batch.
      const d = tf.mul(tf.sub(tf.div(e, total), target), rate) as tf.Tensor2D;
      let dInput = update(output, inputs[blocks.length]!, d);
      for (let i = blocks.length - 1; i >= 0; i--) {
        // tanh' = 1 − t² at the block's output, then back through BatchNorm if there is one.
        const dOut = tf.mul(dInput, tf.sub(one, tf.square(inputs[i + 1]!))) as tf.Tensor2D;
        const block = blocks[i]!;
        dInput = update(block, inputs[i]!, block.norm ? batchNormBackward(dOut, saved[i]!, block.norm) : dOut);
      }
      // The embedding's gradient: oneHot(ids)ᵀ · dRows (no gather gradient on wasm).
      const dRows = dInput.reshape([rows, dim]) as tf.Tensor2D;
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
