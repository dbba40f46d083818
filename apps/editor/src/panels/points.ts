import { makeToySplit } from "@nudge/datasets";
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

/** The document's rows and split from `makeToySplit`, the same call the worker makes (no tfjs: @nudge/datasets is plain JS). */
export function pointsFor(data: DataChoice): Points | null {
  if (data.kind !== "toy") return null;
  const key = JSON.stringify(data);
  if (cache.has(key)) return cache.get(key)!;
  let out: Points | null;
  try {
    const { dataset: ds, train, test: held } = makeToySplit(data);
    const test = new Uint8Array(ds.shape[0]);
    for (const i of held) test[i] = 1;
    out = {
      x: ds.features,
      dim: ds.shape[1],
      y: ds.targets,
      test,
      classes: ds.classNames ?? [],
      trainRows: [...train],
      testRows: [...held],
    };
  } catch {
    out = null;
  }
  cache.set(key, out);
  return out;
}
