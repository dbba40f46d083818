import { toySets } from "@nudge/datasets";
import type { ActivationName, GraphMode, LossName, ToyName } from "./types.js";

/** The current GraphDoc version written by this package. */
export const GRAPH_DOC_VERSION = 1 as const;

/** Limits that keep untrusted documents small. */
export const limits = {
  maxNodes: 5000,
  maxEdges: 20000,
  maxIdLength: 64,
  maxTextLength: 200,
  maxParams: 16,
  maxSamples: 100000,
  maxTrainedParams: 1000000,
  /** Run records a document keeps (the oldest is dropped first). */
  maxRuns: 20,
  /** Points of one run's curve (downsampled with `boundCurve`, which keeps the first, last and extreme points). */
  maxRunPoints: 2000,
} as const;

/** Every editing mode, for pickers. */
export const graphModes = ["expression", "neurons", "layers"] as const satisfies readonly GraphMode[];
/** Every loss a document can name. */
export const lossNames = [
  "mse",
  "max-margin",
  "bce",
  "softmax-ce",
  "nll",
  "poisson-nll",
] as const satisfies readonly LossName[];
/** Every activation (GLM link) a neuron, layer or activation node can use. */
export const activationNames = [
  "tanh",
  "relu",
  "sigmoid",
  "identity",
  "exp",
] as const satisfies readonly ActivationName[];
/** Every toy data set a document can choose. */
export const toyNames = [
  "moons",
  "circles",
  "spiral",
  "xor",
  "blobs",
  "sine",
  "polynomial",
  "step",
  "lesions",
] as const satisfies readonly ToyName[];

/** Per toy set: number of input features and the task it poses (from `@nudge/datasets`' `toySets`). */
export const toyInfo: Readonly<
  Record<ToyName, { features: number; task: "classification" | "regression" | "density" }>
> = Object.fromEntries(
  toyNames.map((name) => [name, { features: toySets[name].inputs, task: toySets[name].task }]),
) as Record<ToyName, { features: number; task: "classification" | "regression" | "density" }>;
