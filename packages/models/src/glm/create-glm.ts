import type * as tf from "@tensorflow/tfjs";
import type { ModelSource } from "../core/artifacts.js";
import type { ArrayData } from "../core/tensor-data.js";
import type { FitOptions, FitResult } from "../core/types.js";
import type { Evaluation, SpecModel } from "../spec-model/build-model.js";
import { buildModel, loadModel } from "../spec-model/build-model.js";
import { stepDecay } from "../core/schedules.js";
import { modelError } from "../errors.js";
import type { ModelSpec } from "@nudge/model-spec";
import { glmStatistics, type GlmFamily, type GlmFit } from "./glm-stats.js";

export type { GlmFamily };

/** Options for {@link createGlm}. */
export interface GlmOptions {
  family: GlmFamily;
  /** Number of input features. */
  features: number;
  seed?: number;
}

/** A generalised linear model as one neuron: `link⁻¹(w·x + b)`. */
export interface Glm {
  readonly family: GlmFamily;
  /** The same model as a one-layer {@link ModelSpec} (the neuron view). */
  readonly spec: ModelSpec;
  /** Full-batch Adam by default (800 steps, lr 0.1 then 0.01): enough to reach the maximum-likelihood fit. */
  fit(data: ArrayData, options?: FitOptions): Promise<FitResult>;
  /** The mean response per example: value, probability or rate. */
  predict(features: ArrayLike<number>): Float32Array;
  evaluate(data: ArrayData): Evaluation;
  /** Fitted weights (one per feature) and intercept. */
  coefficients(): { weights: number[]; intercept: number };
  /** Deviance, log-likelihood (Poisson with its −log(y!) constant) and standard errors at the current coefficients. */
  statistics(data: ArrayData): Omit<GlmFit, "iterations" | "intercept" | "weights">;
  save(target?: tf.io.IOHandler | string): Promise<tf.io.ModelArtifacts>;
  dispose(): void;
}

const families: Record<GlmFamily, Pick<ModelSpec, "loss" | "task"> & { activation: "linear" | "sigmoid" | "exp" }> = {
  gaussian: { activation: "linear", loss: "mse", task: "regression" },
  binomial: { activation: "sigmoid", loss: "binaryCrossEntropy", task: "classification" },
  poisson: { activation: "exp", loss: "poissonNll", task: "regression" },
};

/** The one-neuron spec of a GLM family. */
export function glmSpec(family: GlmFamily, features: number): ModelSpec {
  const f = families[family];
  if (!f) throw modelError("OPTION_INVALID", "family", `one of ${Object.keys(families).join(", ")}`, family);
  return {
    version: 1,
    input: { shape: [features] },
    task: f.task,
    loss: f.loss,
    layers: [{ type: "dense", units: 1, activation: f.activation, init: "zeros" }],
  };
}

class GlmImpl implements Glm {
  constructor(
    readonly family: GlmFamily,
    private readonly model: SpecModel,
  ) {}
  get spec() {
    return this.model.spec;
  }
  fit(data: ArrayData, options: FitOptions = {}) {
    return this.model.fit(data, {
      steps: 800,
      learningRate: stepDecay(0.1, 0.01, 0.6),
      optimizer: "adam",
      batchSize: "all",
      ...options,
    });
  }
  predict(features: ArrayLike<number>) {
    return this.model.predict(features);
  }
  evaluate(data: ArrayData) {
    return this.model.evaluate(data);
  }
  coefficients() {
    const [kernel, bias] = this.model.weights();
    return { weights: Array.from(kernel!.values), intercept: bias!.values[0]! };
  }
  statistics(data: ArrayData) {
    return glmStatistics(this.family, data, this.coefficients());
  }
  save(target?: tf.io.IOHandler | string) {
    return this.model.save(target);
  }
  dispose() {
    this.model.dispose();
  }
}

/**
 * Create a linear, logistic or Poisson regression as a single neuron.
 *
 * Call `await selectBackend()` once first: without a backend tfjs throws its own error.
 * For the exact maximum-likelihood fit without tfjs, see {@link fitGlmIrls}.
 *
 * @example
 * await selectBackend();
 * const glm = createGlm({ family: "poisson", features: 2 });
 * const data = { features: [0, 1, 1, 0, 1, 1], targets: [1, 3, 7] };
 * await glm.fit(data);
 * glm.coefficients(); // { weights: [...], intercept }
 * glm.statistics(data); // { deviance, logLikelihood, standardErrors }
 */
export function createGlm(options: GlmOptions): Glm {
  return new GlmImpl(options.family, buildModel(glmSpec(options.family, options.features), { seed: options.seed }));
}

/** Load a GLM saved with {@link Glm.save}. */
export async function loadGlm(source: ModelSource): Promise<Glm> {
  const model = await loadModel(source);
  const activation = model.spec.layers[0]?.type === "dense" ? model.spec.layers[0].activation : undefined;
  const family = (Object.keys(families) as GlmFamily[]).find((f) => families[f].activation === activation);
  if (!family || model.spec.layers.length !== 1) throw modelError("SAVED_MISMATCH", "not a one-neuron GLM");
  return new GlmImpl(family, model);
}
