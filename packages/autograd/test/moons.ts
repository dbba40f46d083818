import type { Rng } from "../src/rng.js";
import { createRng } from "../src/rng.js";

/** Two interleaving half circles as scikit-learn's `make_moons` draws them; labels ±1 as in micrograd's demo. */
export interface Moons {
  x: number[][];
  y: number[];
}

/** `n` moons points with Gaussian noise of standard deviation `noise`, from a seeded generator. */
export function makeMoons(n: number, noise: number, seed: number): Moons {
  const rng: Rng = createRng(seed);
  const nOut = Math.floor(n / 2),
    nIn = n - nOut;
  const x: number[][] = [],
    y: number[] = [];
  for (let i = 0; i < nOut; i++) {
    const t = (Math.PI * i) / (nOut - 1);
    x.push([Math.cos(t), Math.sin(t)]);
    y.push(-1);
  }
  for (let i = 0; i < nIn; i++) {
    const t = (Math.PI * i) / (nIn - 1);
    x.push([1 - Math.cos(t), 1 - Math.sin(t) - 0.5]);
    y.push(1);
  }
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [x[i], x[j]] = [x[j], x[i]];
    [y[i], y[j]] = [y[j], y[i]];
  }
  for (const p of x) {
    p[0] += noise * rng.normal();
    p[1] += noise * rng.normal();
  }
  return { x, y };
}
