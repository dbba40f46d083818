import { buildDataset, type Dataset, type ToyOptions } from "../dataset.js";
import type { Rng } from "../rng.js";
import { resolve } from "../toy/common.js";

/** The true log-rate of {@link leafLesions}: log μ = intercept + humidity·h + temperature·t on the scaled features. */
export const leafLesionTruth = { intercept: 0.8, humidity: 0.7, temperature: -0.4 } as const;

/** Where the numbers of {@link leafLesions} come from, for the UI and exported code. */
export const leafLesionsProvenance =
  "Generated, not measured: relative humidity uniform in 40–100 % and temperature uniform in 10–30 °C, " +
  "scaled to h = (humidity − 70)/15 and t = (temperature − 20)/5; lesions per leaf drawn from " +
  "Poisson(exp(0.8 + 0.7·h − 0.4·t)) by @nudge/datasets' leafLesions with the document's seed.";

/** A Poisson draw by Knuth's multiplication method (fine for the small means here). */
export function poissonDraw(rng: Rng, mean: number): number {
  const limit = Math.exp(-mean);
  let k = 0;
  for (let p = rng.next(); p > limit; p *= rng.next()) k += 1;
  return k;
}

/**
 * Count data for Poisson regression: lesions per leaf against scaled humidity and temperature.
 * `noise` (default 0) adds Gaussian noise of that standard deviation to the log-rate (overdispersion).
 *
 * @example
 * const data = leafLesions({ n: 120, seed: 1 }); // features [h, t], targets whole counts
 */
export function leafLesions(options: ToyOptions = {}): Dataset {
  const { n, noise, rng } = resolve(options, 0, 120);
  const features = new Float32Array(n * 2);
  const targets = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const h = (rng.uniform(40, 100) - 70) / 15;
    const t = (rng.uniform(10, 30) - 20) / 5;
    const eta = leafLesionTruth.intercept + leafLesionTruth.humidity * h + leafLesionTruth.temperature * t;
    features[i * 2] = h;
    features[i * 2 + 1] = t;
    targets[i] = poissonDraw(rng, Math.exp(eta + (noise > 0 ? rng.normal(0, noise) : 0)));
  }
  const featureNames = ["humidity (scaled)", "temperature (scaled)"];
  return buildDataset({
    name: "lesions",
    task: "regression",
    features,
    targets,
    featureNames,
    provenance: leafLesionsProvenance,
  });
}
