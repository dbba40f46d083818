import { buildDataset, type Dataset, type ToyOptions } from "../dataset.js";
import { checkNumber } from "../errors.js";
import { resolve } from "./common.js";

/** Options shared by the 1-D regression sets. */
export interface CurveOptions extends ToyOptions {
  /** Input range `[min, max]` that x is drawn uniformly from. */
  xRange?: [number, number];
}

/** Options of {@link polynomial}. */
export interface PolynomialOptions extends CurveOptions {
  /** Coefficients from the constant term up: `[c0, c1, c2, …]` (default `[0, -1, 0, 1]`, x³ − x). */
  coefficients?: number[];
}

function curve(name: string, options: CurveOptions, range: [number, number], f: (x: number) => number): Dataset {
  const { n, noise, rng } = resolve(options, 0.1);
  const [lo, hi] = options.xRange ?? range;
  checkNumber("xRange[0]", lo);
  checkNumber("xRange[1]", hi);
  const features = new Float32Array(n);
  const targets = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const x = rng.uniform(lo, hi);
    features[i] = x;
    targets[i] = f(x) + (noise > 0 ? rng.normal(0, noise) : 0);
  }
  return buildDataset({ name, task: "regression", features, targets, featureNames: ["x"] });
}

/**
 * y = sin(x) plus Gaussian noise (default 0.1), x uniform in [-π, π].
 *
 * @example
 * const data = sine({ n: 50, seed: 1 }); // data.shape = [50, 1]
 */
export function sine(options: CurveOptions = {}): Dataset {
  return curve("sine", options, [-Math.PI, Math.PI], Math.sin);
}

/** y = c0 + c1·x + c2·x² + … plus Gaussian noise (default 0.1), x uniform in [-1.5, 1.5]. */
export function polynomial(options: PolynomialOptions = {}): Dataset {
  const coefficients = options.coefficients ?? [0, -1, 0, 1];
  coefficients.forEach((c, i) => checkNumber(`coefficients[${i}]`, c));
  return curve("polynomial", options, [-1.5, 1.5], (x) => coefficients.reduceRight((acc, c) => acc * x + c, 0));
}

/** y = 1 for x > 0, else 0, plus Gaussian noise (default 0.1), x uniform in [-2, 2]. */
export function step(options: CurveOptions = {}): Dataset {
  return curve("step", options, [-2, 2], (x) => (x > 0 ? 1 : 0));
}
