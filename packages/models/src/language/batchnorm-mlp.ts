import type { MlpLanguageModel, MlpLanguageModelOptions } from "./mlp-lm.js";
import { createMlpLanguageModel } from "./mlp-lm.js";

/** Options for {@link createBatchNormMlp}: the MLP LM options without `batchNorm`. */
export type BatchNormMlpOptions = Omit<MlpLanguageModelOptions, "batchNorm">;

/**
 * makemore part 3: the MLP LM with Kaiming init (gain 5/3), BatchNorm before every tanh (running
 * statistics for evaluation) and a down-scaled output layer. Pass `statsEvery` to `fit` for
 * per-layer histograms, tanh saturation and update-to-data ratios.
 *
 * @example
 * const lm = createBatchNormMlp({ hidden: [100, 100, 100, 100, 100] });
 * await lm.fit(train, { steps: 1000, statsEvery: 100, onStep: ({ layers }) => layers && draw(layers) });
 */
export function createBatchNormMlp(options: BatchNormMlpOptions = {}): MlpLanguageModel {
  return createMlpLanguageModel({ ...options, batchNorm: true });
}
