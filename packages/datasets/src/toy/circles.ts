import type { Dataset, ToyOptions } from "../dataset.js";
import { checkNumber, fail } from "../errors.js";
import { planeClasses, resolve } from "./common.js";

/** Options of {@link circles}. */
export interface CirclesOptions extends ToyOptions {
  /** Radius of the inner circle relative to the outer one, in (0, 1) (default 0.5). */
  factor?: number;
}

/**
 * A small circle inside a large one, as scikit-learn's `make_circles`. Class 0 is the outer
 * circle, class 1 the inner one. Default noise 0.05.
 *
 * @example
 * const data = circles({ n: 200, factor: 0.5, seed: 3 });
 */
export function circles(options: CirclesOptions = {}): Dataset {
  const { n, noise, rng } = resolve(options, 0.05);
  const factor = checkNumber("factor", options.factor ?? 0.5);
  if (factor <= 0 || factor >= 1) fail("BAD_OPTION", "factor", factor, "a number between 0 and 1");
  const nOut = Math.floor(n / 2);
  const nIn = n - nOut;
  const xs: number[][] = [];
  const ys: number[] = [];
  for (let i = 0; i < nOut; i++) {
    const t = (2 * Math.PI * i) / nOut;
    xs.push([Math.cos(t), Math.sin(t)]);
    ys.push(0);
  }
  for (let i = 0; i < nIn; i++) {
    const t = (2 * Math.PI * i) / nIn;
    xs.push([factor * Math.cos(t), factor * Math.sin(t)]);
    ys.push(1);
  }
  return planeClasses("circles", { xs, ys }, ["outer circle", "inner circle"], { noise, rng });
}
