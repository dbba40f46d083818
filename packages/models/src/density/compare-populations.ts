import type { FitOptions } from "../core/types.js";
import type { GaussianMixtureOptions } from "./gaussian-mixture.js";
import { createGaussianMixture } from "./gaussian-mixture.js";

/** How alike two populations are, from mixtures fitted to each. */
export interface PopulationComparison {
  /** Mean log-likelihood of A under A's model, of A under B's model, and the same for B. */
  aUnderA: number;
  aUnderB: number;
  bUnderB: number;
  bUnderA: number;
  /** ½[(aUnderA − aUnderB) + (bUnderB − bUnderA)]: an estimate of the symmetric KL divergence (0 = alike). */
  divergence: number;
}

/**
 * Fit a Gaussian mixture to each population and score each population under both models.
 *
 * @example
 * const { divergence } = await comparePopulations(controlCt, treatedCt, { dimensions: 1, components: 1 });
 */
export async function comparePopulations(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  options: GaussianMixtureOptions,
  fit: FitOptions = {},
): Promise<PopulationComparison> {
  const ma = createGaussianMixture(options);
  const mb = createGaussianMixture(options);
  try {
    await ma.fit(a, fit);
    await mb.fit(b, fit);
    const aUnderA = ma.evaluate(a).meanLogLikelihood;
    const aUnderB = mb.evaluate(a).meanLogLikelihood;
    const bUnderB = mb.evaluate(b).meanLogLikelihood;
    const bUnderA = ma.evaluate(b).meanLogLikelihood;
    return { aUnderA, aUnderB, bUnderB, bUnderA, divergence: (aUnderA - aUnderB + (bUnderB - bUnderA)) / 2 };
  } finally {
    ma.dispose();
    mb.dispose();
  }
}
