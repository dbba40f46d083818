import type { SpecModel } from "../spec-model/build-model.js";
import { buildModel } from "../spec-model/build-model.js";
import type { LayerSpec, ModelSpec } from "@nudge/model-spec";

/** Options for {@link createSequenceClassifier}. */
export interface SequenceClassifierOptions {
  /** Sequence length `l` of the one-hot input `[n, l, alphabet]`. */
  length: number;
  /** Symbols per position (4 for DNA: A, C, G, T). */
  alphabet?: number;
  classes: number;
  /** `"mlp"`: flatten then dense layers; `"conv"`: a 1-D convolution (motif detector) first. */
  architecture?: "mlp" | "conv";
  /** Hidden units of the dense layer (default 32). */
  hidden?: number;
  /** Convolution filters and kernel width (default 8 and 6). */
  filters?: number;
  kernelSize?: number;
  seed?: number;
}

/** The spec of a one-hot sequence classifier. */
export function sequenceClassifierSpec(options: SequenceClassifierOptions): ModelSpec {
  const conv: LayerSpec[] =
    options.architecture === "conv"
      ? [{ type: "conv1d", filters: options.filters ?? 8, kernelSize: options.kernelSize ?? 6, activation: "relu" }]
      : [];
  return {
    version: 1,
    input: { shape: [options.length, options.alphabet ?? 4] },
    task: "classification",
    loss: "crossEntropy",
    layers: [
      ...conv,
      { type: "flatten" },
      { type: "dense", units: options.hidden ?? 32, activation: "relu", init: "heNormal" },
      { type: "dense", units: options.classes, activation: "softmax" },
    ],
  };
}

/**
 * Classify one-hot sequences (e.g. DNA `[n, l, 4]` from @nudge/encoders) with flatten + MLP or a small conv1d.
 *
 * @example
 * const model = createSequenceClassifier({ length: 40, classes: 2, architecture: "conv" });
 * await model.fit({ features: oneHot, targets: labels }, { steps: 200, optimizer: "adam", learningRate: 0.01, batchSize: 32 });
 */
export function createSequenceClassifier(options: SequenceClassifierOptions): SpecModel {
  return buildModel(sequenceClassifierSpec(options), { seed: options.seed });
}
