export { selectBackend, defaultBackendOrder } from "./backend/select-backend.js";
export type { BackendName, BackendOptions, BackendReport, WasmPaths } from "./backend/select-backend.js";

export { buildModel, loadModel } from "./spec-model/build-model.js";
export type { Evaluation, SpecModel, WeightValues } from "./spec-model/build-model.js";
export type { ArrayData } from "./core/tensor-data.js";
export type { ModelSource } from "./core/artifacts.js";
export type {
  FitOptions,
  FitResult,
  Histogram,
  LayerStats,
  LearningRate,
  StepInfo,
  TensorSummary,
} from "./core/types.js";
export { histogram, summarize, saturation, saturationThreshold } from "./core/stats.js";
export { maxStatValues } from "./core/layer-stats.js";
export { embeddingLookup } from "./core/embedding.js";
export { conv1dIm2col } from "./core/conv1d.js";

export { createGlm, glmSpec, loadGlm } from "./glm/create-glm.js";
export type { Glm, GlmFamily, GlmOptions } from "./glm/create-glm.js";
export { fitGlmIrls, glmStatistics, logFactorial } from "./glm/glm-stats.js";
export type { GlmCoefficients, GlmFit } from "./glm/glm-stats.js";
export { createMlpClassifier, createMlpRegressor, mlpClassifierSpec, mlpRegressorSpec } from "./mlp/create-mlp.js";
export type { MlpClassifierOptions, MlpOptions, MlpRegressorOptions } from "./mlp/create-mlp.js";
export { createSequenceClassifier, sequenceClassifierSpec } from "./sequence/create-sequence-classifier.js";
export type { SequenceClassifierOptions } from "./sequence/create-sequence-classifier.js";

export { createCountingBigram, loadCountingBigram } from "./language/counting-bigram.js";
export type { CountingBigram, CountingBigramOptions } from "./language/counting-bigram.js";
export { createNeuralBigram, loadNeuralBigram } from "./language/neural-bigram.js";
export type { NeuralBigram, NeuralBigramFitOptions, NeuralBigramOptions } from "./language/neural-bigram.js";
export { createMlpLanguageModel, loadMlpLanguageModel } from "./language/mlp-lm.js";
export { exponentialSweep, stepDecay } from "./core/schedules.js";
export type { MlpLanguageModel, MlpLanguageModelOptions } from "./language/mlp-lm.js";
export type { LmInit } from "./language/lm-init.js";
export { createBatchNormMlp } from "./language/batchnorm-mlp.js";
export type { BatchNormMlpOptions } from "./language/batchnorm-mlp.js";
export { mlpLmSpec } from "./language/mlp-lm-spec.js";
export type { MlpLmShape } from "./language/mlp-lm-spec.js";
export { lettersVocab, sampleWords } from "./language/text.js";
export { bigramTable, countBigrams, rowSoftmax, wordLikelihood } from "./language/bigram-table.js";
export type { BigramTable, CountBigramsOptions, PairLikelihood, WordLikelihood } from "./language/bigram-table.js";
export type { NllReport, SampleOptions } from "./language/text.js";

export { createGaussianMixture, loadGaussianMixture } from "./density/gaussian-mixture.js";
export type { GaussianMixture, GaussianMixtureOptions } from "./density/gaussian-mixture.js";
export { comparePopulations } from "./density/compare-populations.js";
export type { PopulationComparison } from "./density/compare-populations.js";

export { ModelError, errorMessages } from "./errors.js";
export type { ErrorCode } from "./errors.js";
