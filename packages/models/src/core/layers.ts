import * as tf from "@tensorflow/tfjs";
import type { InitialTensor, LayerSpec } from "@nudge/model-spec";
import { activate } from "./activations.js";
import { conv1dIm2col } from "./conv1d.js";
import { denseMatMul } from "./dense.js";
import { embeddingLookup } from "./embedding.js";
import { ownedVariable } from "./init.js";
import type { ForwardContext, RuntimeLayer } from "./layer.js";

let counter = 0;

function record(ctx: ForwardContext, layer: RuntimeLayer, out: tf.Tensor): tf.Tensor {
  if (!ctx.record) return out;
  const entry: NonNullable<ForwardContext["record"]>[number] = {
    name: layer.name,
    activation: layer.activation,
    output: tf.keep(out.clone()),
  };
  ctx.record.push(entry);
  const tap = tf.customGrad((t) => ({
    value: (t as tf.Tensor).clone(),
    gradFunc: (dy: tf.Tensor) => {
      entry.grad = tf.keep(dy.clone());
      return dy;
    },
  }));
  return tap(out);
}

/** Build the runtime layer for one spec layer; `inShape` is per example, `initial` its drawn tensor (see `initialWeights`). */
export function buildLayer(
  spec: LayerSpec,
  index: number,
  inShape: number[],
  initial: InitialTensor | undefined,
): RuntimeLayer {
  const name = `layers[${index}]`;
  const v = (t: tf.Tensor, what: string, trainable = true) =>
    ownedVariable(t, trainable, `nudge/${++counter}/${name}.${what}`);
  const drawn = () => tf.tensor(initial!.values, initial!.shape);
  const base = (
    params: tf.Variable[],
    activation: RuntimeLayer["activation"],
    fn: (x: tf.Tensor, ctx: ForwardContext) => tf.Tensor,
    state: tf.Variable[] = [],
  ) => {
    const layer: RuntimeLayer = {
      name,
      params,
      state,
      activation,
      apply: (x, ctx, skip) => record(ctx, layer, skip ? fn(x, ctx) : activate(fn(x, ctx), activation)),
    };
    return layer;
  };
  switch (spec.type) {
    case "dense": {
      const fanIn = inShape[inShape.length - 1]!;
      const kernel = v(drawn(), "kernel");
      const bias = spec.useBias === false ? undefined : v(tf.zeros([spec.units]), "bias");
      return base(bias ? [kernel, bias] : [kernel], spec.activation, (x) => {
        const flat = (x.rank === 2 ? x : x.reshape([-1, fanIn])) as tf.Tensor2D;
        const out = denseMatMul(flat, kernel as tf.Tensor2D, bias);
        return x.rank === 2 ? out : out.reshape([...x.shape.slice(0, -1), spec.units]);
      });
    }
    case "activation":
      return base([], spec.activation, (x) => x);
    case "flatten":
      return base([], undefined, (x) => (x.rank === 2 ? x : x.reshape([x.shape[0]!, -1])));
    case "dropout":
      return base([], undefined, (x, ctx) =>
        ctx.training && spec.rate > 0
          ? tf.dropout(x, spec.rate, undefined, Math.floor((ctx.random?.() ?? 0) * 2 ** 31))
          : x,
      );
    case "oneHot":
      return base([], undefined, (x) =>
        tf
          .oneHot((x.dtype === "int32" ? x : x.toInt()).reshape([-1]) as tf.Tensor1D, spec.depth)
          .toFloat()
          .reshape([...x.shape, spec.depth]),
      );
    case "embedding": {
      const table = v(drawn(), "embeddings");
      return base([table], undefined, (x) => embeddingLookup(table as tf.Tensor2D, x));
    }
    case "conv1d": {
      const kernel = v(drawn(), "kernel");
      const bias = v(tf.zeros([spec.filters]), "bias");
      return base([kernel, bias], spec.activation, (x) =>
        conv1dIm2col(x as tf.Tensor3D, kernel as tf.Tensor3D, spec.stride ?? 1, spec.padding ?? "valid").add(bias),
      );
    }
    case "batchnorm":
      return buildBatchNorm(spec, inShape, v, base);
  }
}

function buildBatchNorm(
  spec: Extract<LayerSpec, { type: "batchnorm" }>,
  inShape: number[],
  v: (t: tf.Tensor, what: string, trainable?: boolean) => tf.Variable,
  base: (
    params: tf.Variable[],
    act: undefined,
    fn: (x: tf.Tensor, ctx: ForwardContext) => tf.Tensor,
    state: tf.Variable[],
  ) => RuntimeLayer,
): RuntimeLayer {
  const features = inShape[inShape.length - 1]!;
  const gain = v(tf.ones([features]), "gamma");
  const shift = v(tf.zeros([features]), "beta");
  const runningMean = v(tf.zeros([features]), "runningMean", false);
  const runningVar = v(tf.ones([features]), "runningVar", false);
  const momentum = spec.momentum ?? 0.1;
  const epsilon = spec.epsilon ?? 1e-5;
  return base(
    [gain, shift],
    undefined,
    (x, ctx) => {
      const flat = x.reshape([-1, features]);
      let mean: tf.Tensor = runningMean;
      let variance: tf.Tensor = runningVar;
      if (ctx.training) {
        const moments = tf.moments(flat, 0);
        mean = moments.mean;
        variance = moments.variance;
        const n = flat.shape[0]!;
        tf.tidy(() => {
          runningMean.assign(runningMean.mul(1 - momentum).add(mean.mul(momentum)));
          runningVar.assign(runningVar.mul(1 - momentum).add(variance.mul((momentum * n) / Math.max(n - 1, 1))));
        });
      }
      const normed = flat.sub(mean).div(variance.add(epsilon).sqrt()).mul(gain).add(shift);
      return normed.reshape(x.shape);
    },
    [runningMean, runningVar],
  );
}
