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
} as const;

export const graphModes = ["expression", "neurons", "layers"] as const satisfies readonly GraphMode[];
export const lossNames = ["mse", "max-margin", "bce", "softmax-ce", "nll"] as const satisfies readonly LossName[];
export const activationNames = ["tanh", "relu", "sigmoid", "identity", "exp"] as const satisfies readonly ActivationName[];
export const toyNames = ["moons", "circles", "spiral", "xor", "blobs", "sine", "polynomial", "step"] as const satisfies readonly ToyName[];

/** Per toy set: number of input features and the task it poses. */
export const toyInfo: Record<ToyName, { features: number; task: "classification" | "regression" }> = {
  moons: { features: 2, task: "classification" },
  circles: { features: 2, task: "classification" },
  spiral: { features: 2, task: "classification" },
  xor: { features: 2, task: "classification" },
  blobs: { features: 2, task: "classification" },
  sine: { features: 1, task: "regression" },
  polynomial: { features: 1, task: "regression" },
  step: { features: 1, task: "regression" },
};
