export type {
  ActivationLayerSpec,
  ActivationName,
  BatchNormLayerSpec,
  Conv1dLayerSpec,
  DenseLayerSpec,
  DropoutLayerSpec,
  EmbeddingLayerSpec,
  FlattenLayerSpec,
  InitName,
  LayerSpec,
  OneHotLayerSpec,
  LossName,
  ModelSpec,
  SpecProblem,
  SpecValidation,
  TaskName,
} from "./types.js";
export { activationNames, initNames, layerTypes, lossNames, taskNames } from "./types.js";
export { validateModelSpec } from "./validate.js";
export { inferSpecShapes, layerOutputShape } from "./shapes.js";
export { drawNormal, drawWeights, initialWeights } from "./initial-weights.js";
export type { InitialTensor } from "./initial-weights.js";
export { errorMessages } from "./errors.js";
export type { SpecErrorCode } from "./errors.js";
