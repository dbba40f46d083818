import type { Dataset, ToyOptions } from "../dataset.js";
import { checkNumber, checkSize } from "../errors.js";
import { planeClasses, resolve } from "./common.js";

/** Options of {@link blobs}. */
export interface BlobsOptions extends ToyOptions {
  /** Number of blobs, one class each (default 3). */
  classes?: number;
  /** Distance of the blob centres from the origin (default 2). */
  radius?: number;
}

/**
 * Gaussian blobs, one class each, centred evenly on a circle; `noise` is each blob's standard
 * deviation (default 0.5). Like scikit-learn's `make_blobs` with fixed, well-spread centres.
 *
 * @example
 * const data = blobs({ n: 150, classes: 3, noise: 0.4, seed: 2 });
 */
export function blobs(options: BlobsOptions = {}): Dataset {
  const { n, noise, rng } = resolve(options, 0.5, 150);
  const k = checkSize("classes", options.classes ?? 3);
  const radius = checkNumber("radius", options.radius ?? 2);
  const xs: number[][] = [];
  const ys: number[] = [];
  for (let j = 0; j < k; j++) {
    const m = Math.floor(n / k) + (j < n % k ? 1 : 0);
    const angle = Math.PI / 2 + (2 * Math.PI * j) / k;
    for (let i = 0; i < m; i++) {
      xs.push([radius * Math.cos(angle), radius * Math.sin(angle)]);
      ys.push(j);
    }
  }
  return planeClasses(
    "blobs",
    { xs, ys },
    Array.from({ length: k }, (_, j) => `blob ${j + 1}`),
    { noise, rng },
  );
}
