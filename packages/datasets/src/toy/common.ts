import { createRng, type Rng } from "../rng.js";
import { checkNumber, checkSize, fail } from "../errors.js";
import { buildDataset, type Dataset, type ToyOptions } from "../dataset.js";

export interface Resolved {
  n: number;
  noise: number;
  rng: Rng;
}

export function resolve(options: ToyOptions, defaultNoise: number, defaultN = 100): Resolved {
  const n = checkSize("n", options.n ?? defaultN);
  const noise = checkNumber("noise", options.noise ?? defaultNoise);
  if (noise < 0) fail("BAD_OPTION", "noise", noise, "a standard deviation ≥ 0");
  return { n, noise, rng: createRng(options.seed ?? 0) };
}

/** `m` evenly spaced numbers from `a` to `b` inclusive, as numpy's linspace. */
export function linspace(a: number, b: number, m: number): number[] {
  if (m === 1) return [a];
  return Array.from({ length: m }, (_, i) => a + ((b - a) * i) / (m - 1));
}

/** Shuffles rows of 2-D points with their labels, in step. */
export function shuffleRows(xs: number[][], ys: number[], rng: Rng): { xs: number[][]; ys: number[] } {
  const order = rng.shuffle(ys.map((_, i) => i));
  return { xs: order.map((i) => xs[i] as number[]), ys: order.map((i) => ys[i] as number) };
}

export function flatten(xs: number[][], noise: number, rng: Rng): Float32Array {
  const width = xs[0]?.length ?? 0;
  const out = new Float32Array(xs.length * width);
  xs.forEach((row, i) => row.forEach((v, j) => (out[i * width + j] = v + (noise > 0 ? rng.normal(0, noise) : 0))));
  return out;
}

/**
 * Labelled 2-D points (features x1, x2) as a classification data set: the rows shuffled in step with
 * their labels (unless `shuffle` is false), then Gaussian noise of standard deviation `noise` added.
 */
export function planeClasses(
  name: string,
  points: { xs: number[][]; ys: number[] },
  classNames: string[],
  { noise, rng, shuffle = true }: { noise: number; rng: Rng; shuffle?: boolean },
): Dataset {
  const { xs, ys } = shuffle ? shuffleRows(points.xs, points.ys, rng) : points;
  const features = flatten(xs, noise, rng);
  return buildDataset({
    name,
    task: "classification",
    features,
    targets: Float32Array.from(ys),
    featureNames: ["x1", "x2"],
    classNames,
  });
}
