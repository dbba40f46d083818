import type { LayerSpec, ModelSpec } from "@nudge/model-spec";

/** Sizes of a character MLP language model. */
export interface MlpLmShape {
  /** Characters of context (makemore: 3). */
  blockSize: number;
  /** Embedding dimensions per character (makemore: 10). */
  embedding: number;
  /** Units per hidden layer. */
  hidden: number[];
  /** BatchNorm before each tanh (makemore part 3). */
  batchNorm: boolean;
  vocabSize: number;
}

/** The ModelSpec of a character MLP language model (Bengio et al. 2003 / makemore parts 2–3). */
export function mlpLmSpec(shape: MlpLmShape): ModelSpec {
  const hidden: LayerSpec[] = shape.hidden.flatMap((units): LayerSpec[] =>
    shape.batchNorm
      ? [
          { type: "dense", units, useBias: false, init: "kaimingTanh" },
          { type: "batchnorm", momentum: 0.01 },
          { type: "activation", activation: "tanh" },
        ]
      : [{ type: "dense", units, activation: "tanh", init: "kaimingTanh" }],
  );
  return {
    version: 1,
    input: { shape: [shape.blockSize] },
    task: "density",
    loss: "crossEntropy",
    layers: [
      { type: "embedding", inputDim: shape.vocabSize, outputDim: shape.embedding },
      { type: "flatten" },
      ...hidden,
      { type: "dense", units: shape.vocabSize, activation: "softmax" },
    ],
  };
}
