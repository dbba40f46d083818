import { makeToySplit, type Dataset } from "@nudge/datasets";
import type { DataChoice } from "@nudge/graph";
import { problem } from "../errors.js";
import type { Problem } from "../protocol.js";

/** The data a document trains on: all rows, and which of them are train and test rows. */
export interface TrainData {
  dataset: Dataset | undefined;
  dim: number;
  train: Int32Array;
  test: Int32Array;
  /** Padded ranges for the boundary grid: x and y features (2-D inputs), or x and the targets (1-D inputs). */
  xRange: [number, number];
  yRange: [number, number];
}

const none: TrainData = {
  dataset: undefined,
  dim: 0,
  train: Int32Array.of(0),
  test: new Int32Array(0),
  xRange: [-1, 1],
  yRange: [-1, 1],
};

function padded(values: Float32Array, dim: number, column: number): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = column; i < values.length; i += dim) {
    lo = Math.min(lo, values[i]);
    hi = Math.max(hi, values[i]);
  }
  if (!(hi > lo)) return [lo - 1 || -1, hi + 1 || 1];
  const pad = (hi - lo) * 0.1;
  return [lo - pad, hi + pad];
}

/** A validated document's rows and split from `@nudge/datasets`' `makeToySplit`, or why they cannot be used. */
export function loadData(choice: DataChoice | undefined): TrainData | { problems: Problem[] } {
  if (!choice || choice.kind !== "toy") return none;
  try {
    const { dataset, train, test } = makeToySplit(choice);
    const dim = dataset.shape[1];
    return {
      dataset,
      dim,
      train,
      test,
      xRange: padded(dataset.features, dim, 0),
      yRange: dim > 1 ? padded(dataset.features, dim, 1) : padded(dataset.targets, 1, 0),
    };
  } catch (error) {
    return { problems: [problem("BAD_DATA", {}, error instanceof Error ? error.message : String(error))] };
  }
}
