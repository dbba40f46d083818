import * as tf from "@tensorflow/tfjs";
import { initialWeights, inferSpecShapes } from "@nudge/model-spec";
import type { ModelSpec } from "@nudge/model-spec";
import { activate } from "./activations.js";
import type { ForwardContext, RuntimeLayer } from "./layer.js";
import { buildLayer } from "./layers.js";
import { linkOf } from "./losses.js";

/** A spec's layers as tfjs variables, with forward passes for training and prediction. */
export interface Network {
  readonly spec: ModelSpec;
  readonly layers: readonly RuntimeLayer[];
  /** Trainable variables, layer by layer. */
  readonly params: tf.Variable[];
  /** Every saved variable (params then running statistics), named `layers[i].what`. */
  namedWeights(): { name: string; tensor: tf.Variable }[];
  /** The output before the loss's link (logits, log rate) for a batch `[n, ...input.shape]`. */
  raw(x: tf.Tensor, ctx: ForwardContext): tf.Tensor;
  /** The prediction: the link applied to {@link Network.raw} (probabilities, rates, values). */
  predict(x: tf.Tensor): tf.Tensor;
  dispose(): void;
}

/** Build the variables of a (validated) spec, drawing initial weights from `seed`. */
export function createNetwork(spec: ModelSpec, seed = 0): Network {
  const { shapes } = inferSpecShapes(spec.input.shape, spec.layers);
  const initial = initialWeights(spec, seed);
  const layers = spec.layers.map((layer, i) => buildLayer(layer, i, shapes[i]!, initial[i]));
  const link = linkOf(spec.loss);
  const last = layers.length - 1;
  const skipLast = link !== "linear" && layers[last]!.activation === link;
  const raw = (x: tf.Tensor, ctx: ForwardContext) =>
    layers.reduce((h, layer, i) => layer.apply(h, ctx, i === last && skipLast), x);
  return {
    spec,
    layers,
    params: layers.flatMap((l) => l.params),
    namedWeights: () =>
      layers.flatMap((l) =>
        [...l.params, ...l.state].map((t) => ({ name: t.name.replace(/^nudge\/\d+\//, ""), tensor: t })),
      ),
    raw,
    predict: (x) => tf.tidy(() => activate(raw(x, { training: false }), link)),
    dispose: () => layers.forEach((l) => [...l.params, ...l.state].forEach((t) => t.dispose())),
  };
}
