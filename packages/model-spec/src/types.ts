/** Element-wise non-linearities a layer can apply. */
export type ActivationName = "linear" | "relu" | "tanh" | "sigmoid" | "softmax" | "exp";

/**
 * Weight initialisers: Glorot uniform; standard normal (`normal`, "scale 1"); Kaiming normal
 * gain/√fan_in with gain √2 (`heNormal`, relu), 5/3 (`kaimingTanh`) or 1 (`kaimingLinear`); zeros.
 */
export type InitName = "glorotUniform" | "normal" | "heNormal" | "kaimingTanh" | "kaimingLinear" | "zeros";

/** Training losses; `crossEntropy` takes integer class ids as targets. */
export type LossName = "mse" | "binaryCrossEntropy" | "crossEntropy" | "poissonNll" | "hinge";

/** What the network outputs (see COURSE.md, "Three tasks"). */
export type TaskName = "classification" | "regression" | "density";

/** A fully connected layer applied to the last axis. */
export interface DenseLayerSpec {
  type: "dense";
  units: number;
  activation?: ActivationName;
  useBias?: boolean;
  init?: InitName;
  /** Multiplies the drawn kernel (e.g. 0.1 for a less confident last layer); default 1. */
  initScale?: number;
}

/** A stand-alone activation. */
export interface ActivationLayerSpec {
  type: "activation";
  activation: ActivationName;
}

/** Integer ids `[l]` to vectors `[l, outputDim]`. */
export interface EmbeddingLayerSpec {
  type: "embedding";
  inputDim: number;
  outputDim: number;
}

/** Integer ids `[l]` to one-hot vectors `[l, depth]` (makemore 1's `F.one_hot(xs, 27)`). */
export interface OneHotLayerSpec {
  type: "oneHot";
  depth: number;
}

/** Collapse every axis but the batch axis. */
export interface FlattenLayerSpec {
  type: "flatten";
}

/** Batch normalisation over the last axis, with running statistics for inference. */
export interface BatchNormLayerSpec {
  type: "batchnorm";
  momentum?: number;
  epsilon?: number;
}

/** A 1-D convolution over `[l, c]` (channels last). */
export interface Conv1dLayerSpec {
  type: "conv1d";
  filters: number;
  kernelSize: number;
  stride?: number;
  padding?: "valid" | "same";
  activation?: ActivationName;
}

/** Randomly zero a fraction of the inputs while training. */
export interface DropoutLayerSpec {
  type: "dropout";
  rate: number;
}

/** One layer of a {@link ModelSpec}, discriminated on `type`. */
export type LayerSpec =
  | DenseLayerSpec
  | ActivationLayerSpec
  | EmbeddingLayerSpec
  | OneHotLayerSpec
  | FlattenLayerSpec
  | BatchNormLayerSpec
  | Conv1dLayerSpec
  | DropoutLayerSpec;

/** Every activation name, for pickers. */
export const activationNames: readonly ActivationName[] = ["linear", "relu", "tanh", "sigmoid", "softmax", "exp"];

/** Every initialiser name. */
export const initNames: readonly InitName[] = [
  "glorotUniform",
  "normal",
  "heNormal",
  "kaimingTanh",
  "kaimingLinear",
  "zeros",
];

/** Every loss name. */
export const lossNames: readonly LossName[] = ["mse", "binaryCrossEntropy", "crossEntropy", "poissonNll", "hinge"];

/** Every task name. */
export const taskNames: readonly TaskName[] = ["classification", "regression", "density"];

/** The names of the layer kinds, in the order the editor lists them. */
export const layerTypes = [
  "dense",
  "activation",
  "embedding",
  "oneHot",
  "flatten",
  "batchnorm",
  "conv1d",
  "dropout",
] as const;

/**
 * A sequential network as plain JSON: shapes exclude the batch axis.
 *
 * @example
 * const spec: ModelSpec = {
 *   version: 1, input: { shape: [2] }, task: "classification", loss: "crossEntropy",
 *   layers: [{ type: "dense", units: 16, activation: "tanh" }, { type: "dense", units: 2 }],
 * };
 */
export interface ModelSpec {
  version: 1;
  input: { shape: number[] };
  layers: LayerSpec[];
  loss: LossName;
  task: TaskName;
}

/** One thing wrong with a spec: where (`layers[2].units`) and what. */
export interface SpecProblem {
  path: string;
  message: string;
}

/** The result of {@link validateModelSpec}. */
export type SpecValidation = { ok: true; spec: ModelSpec; shapes: number[][] } | { ok: false; problems: SpecProblem[] };
