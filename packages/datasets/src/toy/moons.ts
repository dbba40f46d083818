import type { Dataset, ToyOptions } from "../dataset.js";
import { linspace, planeClasses, resolve } from "./common.js";

/**
 * Two interleaving half circles, as scikit-learn's `make_moons` (micrograd's demo data).
 * Class 0 is the upper moon, class 1 the lower one. Default noise 0.1.
 *
 * @example
 * const data = moons({ n: 100, noise: 0.1, seed: 1 }); // data.shape = [100, 2]
 */
export function moons(options: ToyOptions = {}): Dataset {
  const { n, noise, rng } = resolve(options, 0.1);
  const nOut = Math.floor(n / 2);
  const nIn = n - nOut;
  const xs: number[][] = [];
  const ys: number[] = [];
  for (const t of linspace(0, Math.PI, nOut)) {
    xs.push([Math.cos(t), Math.sin(t)]);
    ys.push(0);
  }
  for (const t of linspace(0, Math.PI, nIn)) {
    xs.push([1 - Math.cos(t), 1 - Math.sin(t) - 0.5]);
    ys.push(1);
  }
  return planeClasses("moons", { xs, ys }, ["upper moon", "lower moon"], { noise, rng });
}
