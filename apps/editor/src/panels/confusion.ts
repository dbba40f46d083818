import type { Points } from "./points";

/** Predicted class per example, as `Snapshot.predictions` carries them (worker row order). */
export interface PredictionRows {
  train: ArrayLike<number>;
  test: ArrayLike<number>;
}

/** A k×k confusion matrix: counts[actual][predicted]. */
export interface Confusion {
  counts: number[][];
  total: number;
}

/**
 * Counts predictions by reading each point's cell of the boundary grid (bilinear), thresholded at `mid`.
 * `which` picks train points, test points, or all.
 */
export function confusionFromGrid(
  pts: Points,
  grid: { size: number; xRange: [number, number]; yRange: [number, number]; values: ArrayLike<number> },
  mid: number,
  which: "train" | "test" | "all",
): Confusion {
  const counts = [
    [0, 0],
    [0, 0],
  ];
  const { size, values } = grid;
  const at = (cx: number, cy: number) =>
    values[Math.min(size - 1, Math.max(0, cy)) * size + Math.min(size - 1, Math.max(0, cx))]!;
  let total = 0;
  for (let i = 0; i < pts.y.length; i++) {
    if (which !== "all" && (which === "test") !== (pts.test[i] === 1)) continue;
    const gx = ((pts.x[i * 2]! - grid.xRange[0]) / (grid.xRange[1] - grid.xRange[0])) * (size - 1);
    const gy = ((pts.x[i * 2 + 1]! - grid.yRange[0]) / (grid.yRange[1] - grid.yRange[0])) * (size - 1);
    const ix = Math.floor(gx);
    const iy = Math.floor(gy);
    const fx = gx - ix;
    const fy = gy - iy;
    const v =
      at(ix, iy) * (1 - fx) * (1 - fy) +
      at(ix + 1, iy) * fx * (1 - fy) +
      at(ix, iy + 1) * (1 - fx) * fy +
      at(ix + 1, iy + 1) * fx * fy;
    counts[pts.y[i]! > 0.5 ? 1 : 0]![v > mid ? 1 : 0]! += 1;
    total++;
  }
  return { counts, total };
}

/**
 * k×k confusion matrices for the train and test rows from the worker's per-example predicted classes.
 * Row order follows `pts.trainRows` / `pts.testRows`; a prediction outside 0…k−1 or a length mismatch gives null.
 */
export function confusionFromPredictions(
  pts: Points,
  predictions: PredictionRows,
  k: number,
): { train: Confusion; test: Confusion } | null {
  if (predictions.train.length !== pts.trainRows.length || predictions.test.length !== pts.testRows.length) return null;
  const count = (rows: number[], predicted: ArrayLike<number>): Confusion | null => {
    const counts = Array.from({ length: k }, () => new Array<number>(k).fill(0));
    for (let i = 0; i < rows.length; i++) {
      const actual = Math.round(pts.y[rows[i]!]!);
      const guess = predicted[i]!;
      if (!Number.isInteger(guess) || guess < 0 || guess >= k || actual < 0 || actual >= k) return null;
      counts[actual]![guess]! += 1;
    }
    return { counts, total: rows.length };
  };
  const train = count(pts.trainRows, predictions.train);
  const test = count(pts.testRows, predictions.test);
  return train && test ? { train, test } : null;
}
