import { makeToy, trainTestSplit } from "@nudge/datasets";
import type { DataChoice } from "@nudge/graph";

/** The data set's points as the worker sees them (same generator, seed and split), for drawing. */
export interface Points {
  x: Float32Array;
  dim: number;
  y: Float32Array;
  test: Uint8Array;
  classes: string[];
  /** Dataset rows in the order the worker trains them (the focus index counts in this order). */
  trainRows: number[];
  /** Test rows in the worker's order (`Snapshot.predictions.test[i]` is for `testRows[i]`). */
  testRows: number[];
}

const cache = new Map<string, Points | null>();

/** Regenerates the document's toy data on the main thread (no tfjs: @nudge/datasets is plain JS). */
export function pointsFor(data: DataChoice): Points | null {
  if (data.kind !== "toy") return null;
  const key = JSON.stringify(data);
  if (cache.has(key)) return cache.get(key)!;
  let out: Points | null;
  try {
    const ds = makeToy(data.name, { n: data.n, noise: data.noise, seed: data.seed, ...(data.classes !== undefined ? { classes: data.classes } : {}) });
    const rows = ds.shape[0]!;
    const test = new Uint8Array(rows);
    const split = data.testFraction > 0 ? trainTestSplit(rows, { testFraction: data.testFraction, seed: data.seed }) : { train: [...Array(rows).keys()], test: [] };
    for (const i of split.test) test[i] = 1;
    out = { x: ds.features, dim: ds.shape[1]!, y: ds.targets, test, classes: ds.classNames ?? [], trainRows: [...split.train], testRows: [...split.test] };
  } catch {
    out = null;
  }
  cache.set(key, out);
  return out;
}
