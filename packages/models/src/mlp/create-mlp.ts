import type { SpecModel } from "../spec-model/build-model.js";
import { buildModel } from "../spec-model/build-model.js";
import { modelError } from "../errors.js";
import type { ActivationName, LayerSpec, ModelSpec } from "@nudge/model-spec";

/** Options shared by the MLP classifier and regressor. */
export interface MlpOptions {
  /** Number of input features. */
  inputs: number;
  /** Units per hidden layer, e.g. `[16, 16]` (micrograd's moons MLP). */
  hidden: number[];
  /** Hidden activation (default tanh). */
  activation?: ActivationName;
  seed?: number;
}

/** Options for {@link createMlpClassifier}. */
export interface MlpClassifierOptions extends MlpOptions {
  /** Number of classes (≥ 2): softmax over the outputs, cross-entropy loss. */
  classes: number;
}

/** Options for {@link createMlpRegressor}. */
export interface MlpRegressorOptions extends MlpOptions {
  /** Number of outputs (default 1): identity output, mean squared error. */
  outputs?: number;
}

function hiddenLayers(options: MlpOptions): LayerSpec[] {
  const act = options.activation ?? "tanh";
  return options.hidden.map((units) => ({
    type: "dense",
    units,
    activation: act,
    init: act === "relu" ? "heNormal" : act === "tanh" ? "kaimingTanh" : "glorotUniform",
  }));
}

/** The spec of an MLP classifier. */
export function mlpClassifierSpec(options: MlpClassifierOptions): ModelSpec {
  if (!(options.classes >= 2)) throw modelError("OPTION_INVALID", "classes", "a whole number ≥ 2", options.classes);
  return {
    version: 1,
    input: { shape: [options.inputs] },
    task: "classification",
    loss: "crossEntropy",
    layers: [...hiddenLayers(options), { type: "dense", units: options.classes, activation: "softmax" }],
  };
}

/** The spec of an MLP regressor. */
export function mlpRegressorSpec(options: MlpRegressorOptions): ModelSpec {
  return {
    version: 1,
    input: { shape: [options.inputs] },
    task: "regression",
    loss: "mse",
    layers: [...hiddenLayers(options), { type: "dense", units: options.outputs ?? 1 }],
  };
}

/**
 * A multi-class MLP classifier (softmax + cross-entropy); `predict` gives class probabilities.
 *
 * @example
 * const model = createMlpClassifier({ inputs: 2, hidden: [16, 16], classes: 2 });
 * await model.fit(moons, { steps: 300, optimizer: "adam", learningRate: 0.01 });
 */
export function createMlpClassifier(options: MlpClassifierOptions): SpecModel {
  return buildModel(mlpClassifierSpec(options), { seed: options.seed });
}

/**
 * An MLP regressor (identity output + mean squared error).
 *
 * @example
 * const model = createMlpRegressor({ inputs: 1, hidden: [32] });
 * await model.fit(sine, { steps: 500, optimizer: "adam", learningRate: 0.01 });
 */
export function createMlpRegressor(options: MlpRegressorOptions): SpecModel {
  return buildModel(mlpRegressorSpec(options), { seed: options.seed });
}
