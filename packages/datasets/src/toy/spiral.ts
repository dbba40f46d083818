import type { Dataset, ToyOptions } from "../dataset.js";
import { checkSize } from "../errors.js";
import { linspace, planeClasses, resolve } from "./common.js";

/** Options of {@link spiral}. */
export interface SpiralOptions extends ToyOptions {
  /** Number of arms, one class each (default 3). */
  classes?: number;
}

/**
 * Interleaved spiral arms, one class per arm, as in the CS231n notes: radius grows from 0 to 1
 * while the angle sweeps 4 radians per arm; `noise` jitters the angle (default 0.2).
 *
 * @example
 * const data = spiral({ n: 300, classes: 3, seed: 0 }); // 100 points per arm
 */
export function spiral(options: SpiralOptions = {}): Dataset {
  const { n, noise, rng } = resolve(options, 0.2, 300);
  const k = checkSize("classes", options.classes ?? 3);
  const xs: number[][] = [];
  const ys: number[] = [];
  for (let j = 0; j < k; j++) {
    const m = Math.floor(n / k) + (j < n % k ? 1 : 0);
    const radii = linspace(0, 1, m);
    const angles = linspace(j * 4, (j + 1) * 4, m);
    radii.forEach((r, i) => {
      const t = (angles[i] as number) + (noise > 0 ? rng.normal(0, noise) : 0);
      xs.push([r * Math.sin(t), r * Math.cos(t)]);
      ys.push(j);
    });
  }
  return planeClasses(
    "spiral",
    { xs, ys },
    Array.from({ length: k }, (_, j) => `arm ${j + 1}`),
    { noise: 0, rng },
  );
}
