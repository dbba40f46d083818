import type { DataChoice, TrainingSettings, WordsTextChoice } from "./types.js";

/**
 * A run's curve, one column per series, one entry per recorded step (steps increasing). `null` marks a value
 * not measured at that step (no test rows) or not finite (training diverged).
 */
export interface RunCurve {
  step: number[];
  loss: (number | null)[];
  testLoss?: (number | null)[];
  trainAccuracy?: (number | null)[];
  testAccuracy?: (number | null)[];
}

/** A run's data choice: the document's, except that a word list is named, not copied (`runData`). */
export type RunData = Exclude<DataChoice, WordsTextChoice> | Omit<WordsTextChoice, "words">;

/** The numbers a run ended with. */
export interface RunMetrics {
  loss?: number;
  testLoss?: number;
  trainAccuracy?: number;
  testAccuracy?: number;
}

/**
 * One training run: from Play after new weights (a reset, a new structure) until the weights are reset again or a
 * setting changes. What it trained with (settings, seed in them, data choice), how big the model was, its curve
 * (at most `limits.maxRunPoints` points) and what it scored at the end.
 */
export interface RunRecord {
  id: string;
  /** The learner's name for it; absent: `runName(run)` ("lr 0.1 · batch 16"). */
  name?: string;
  /** Milliseconds since 1970 when it started and when it last moved. */
  startedAt: number;
  endedAt: number;
  settings: TrainingSettings;
  data: RunData;
  /** Trainable numbers in the model. */
  parameterCount: number;
  /** The step it reached. */
  steps: number;
  final: RunMetrics;
  curve: RunCurve;
}
