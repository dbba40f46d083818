import type { Dataset, ToyOptions } from "../dataset.js";
import { planeClasses, resolve } from "./common.js";

/**
 * Points uniform in the square [-1, 1]², labelled 1 when x1 and x2 have opposite signs (XOR);
 * the label is taken before Gaussian noise (default 0.1) moves the point.
 *
 * @example
 * const data = xor({ n: 200, seed: 7 });
 */
export function xor(options: ToyOptions = {}): Dataset {
  const { n, noise, rng } = resolve(options, 0.1);
  const xs: number[][] = [];
  const ys: number[] = [];
  for (let i = 0; i < n; i++) {
    const a = rng.uniform(-1, 1);
    const b = rng.uniform(-1, 1);
    xs.push([a, b]);
    ys.push(a * b < 0 ? 1 : 0);
  }
  return planeClasses("xor", { xs, ys }, ["same sign", "opposite signs"], { noise, rng, shuffle: false });
}
