/** What a network is asked to output for a data set (see COURSE.md, "Three tasks"). */
export type Task = "classification" | "regression" | "density";

/** A table of examples as flat typed arrays, ready to become tensors. */
export interface Dataset {
  /** Short name, e.g. "moons". */
  name: string;
  task: Task;
  /** Row-major features, `shape[0]` rows of `shape[1]` values. */
  features: Float32Array;
  /** One target per row: a class index (classification) or a value (regression). */
  targets: Float32Array;
  /** Feature shape, `[n, c]`. */
  shape: number[];
  /** Target shape, `[n]`. */
  targetShape: number[];
  featureNames: string[];
  /** Class names, index = class number (classification only). */
  classNames?: string[];
  /** Where the numbers come from (generated sets say how), for the UI. */
  provenance?: string;
}

/** Options shared by the generated toy sets. */
export interface ToyOptions {
  /** Number of examples (default 100). */
  n?: number;
  /** Noise level: standard deviation of the Gaussian noise added (per generator default). */
  noise?: number;
  /** Seed for the generator (default 0). */
  seed?: number;
}

export function buildDataset(parts: Omit<Dataset, "shape" | "targetShape">): Dataset {
  const n = parts.targets.length;
  const c = n === 0 ? parts.featureNames.length : parts.features.length / n;
  return { ...parts, shape: [n, c], targetShape: [n] };
}
