import type { TrainingSettings } from "./types.js";

/**
 * The step where Play pauses on its own, for `trainRows` training rows: `stopAfter.count` steps, or that
 * many epochs (one epoch is one pass over the rows: ⌈rows / batch size⌉ steps, 1 with the whole batch);
 * undefined without a stop. The runtime pauses there and the editor's curve reads epochs with it.
 * @example
 * stopStep({ ...defaultTraining(), batchSize: 32, stopAfter: { count: 10, unit: "epochs" } }, 100); // 40
 */
export function stopStep(training: TrainingSettings, trainRows: number): number | undefined {
  const stop = training.stopAfter;
  if (!stop) return undefined;
  return stop.unit === "steps" ? stop.count : stop.count * stepsPerEpoch(training, trainRows);
}

/** Optimiser steps in one pass over `trainRows` rows: ⌈rows / batch size⌉, 1 when each step sees every row. */
export function stepsPerEpoch(training: Pick<TrainingSettings, "batchSize">, trainRows: number): number {
  const { batchSize } = training;
  if (batchSize === "all" || trainRows <= 0) return 1;
  return Math.max(1, Math.ceil(trainRows / batchSize));
}
