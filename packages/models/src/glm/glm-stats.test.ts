import { describe, expect, it } from "vitest";
import { fitGlmIrls, glmStatistics, logFactorial } from "./glm-stats.js";
import type { GlmCoefficients } from "./glm-stats.js";
import type { GlmFamily } from "./create-glm.js";

const x = [0, 1, 2, 3, 4, 5];
const counts = [1, 0, 3, 4, 9, 14];
const binary = [0, 1, 0, 1, 1, 1];

/** Log-likelihood of a one-feature GLM at (b0, b1), written out per family, for finite differences. */
function loglik(family: GlmFamily, y: number[], b0: number, b1: number): number {
  return x.reduce((s, xi, i) => {
    const eta = b0 + b1 * xi;
    if (family === "poisson") return s + y[i]! * eta - Math.exp(eta) - logFactorial(y[i]!);
    const p = 1 / (1 + Math.exp(-eta));
    return s + (y[i] ? Math.log(p) : Math.log(1 - p));
  }, 0);
}

/** Standard errors from the inverse of the finite-difference Hessian of the log-likelihood (2×2 inverse by hand). */
function finiteDifferenceSe(family: GlmFamily, y: number[], at: GlmCoefficients): number[] {
  const h = 1e-4;
  const f = (d0: number, d1: number) => loglik(family, y, at.intercept + d0, at.weights[0]! + d1);
  const a = (f(h, 0) - 2 * f(0, 0) + f(-h, 0)) / h ** 2;
  const d = (f(0, h) - 2 * f(0, 0) + f(0, -h)) / h ** 2;
  const b = (f(h, h) - f(h, -h) - f(-h, h) + f(-h, -h)) / (4 * h ** 2);
  const det = a * d - b * b;
  return [Math.sqrt(-d / det), Math.sqrt(-a / det)];
}

describe("fitGlmIrls and glmStatistics", () => {
  it("Gaussian: the least-squares line, RSS, σ̂-scaled standard errors and log-likelihood as computed by hand", () => {
    // y = [1, 3, 2, 5] on x = [0, 1, 2, 3]: x̄ = 1.5, ȳ = 2.75, Sxy = 5.5, Sxx = 5 → slope 1.1, intercept 1.1.
    // Residuals −0.1, 0.8, −1.3, 0.6 → RSS 2.7; σ̂² = 2.7 / (4 − 2) = 1.35.
    const fit = fitGlmIrls("gaussian", { features: [0, 1, 2, 3], targets: [1, 3, 2, 5] });
    expect(fit.intercept).toBeCloseTo(1.1, 12);
    expect(fit.weights[0]).toBeCloseTo(1.1, 12);
    expect(fit.deviance).toBeCloseTo(2.7, 12);
    expect(fit.standardErrors.weights[0]).toBeCloseTo(Math.sqrt(1.35 / 5), 12);
    expect(fit.standardErrors.intercept).toBeCloseTo(Math.sqrt(1.35 * (1 / 4 + 1.5 ** 2 / 5)), 12);
    expect(fit.logLikelihood).toBeCloseTo(-2 * (Math.log((2 * Math.PI * 2.7) / 4) + 1), 12);
  });

  it("Poisson: deviance and log-likelihood with its log(y!) constant, by hand at fixed coefficients", () => {
    const at = { intercept: 0.1, weights: [0.5] };
    const mu = x.map((v) => Math.exp(0.1 + 0.5 * v));
    const factorials = [1, 1, 6, 24, 362880, 87178291200]; // 1!, 0!, 3!, 4!, 9!, 14!
    const dev = 2 * counts.reduce((s, y, i) => s + (y === 0 ? 0 : y * Math.log(y / mu[i]!)) - (y - mu[i]!), 0);
    const ll = counts.reduce((s, y, i) => s + y * Math.log(mu[i]!) - mu[i]! - Math.log(factorials[i]!), 0);
    const stats = glmStatistics("poisson", { features: x, targets: counts }, at);
    expect(stats.deviance).toBeCloseTo(dev, 10);
    expect(stats.logLikelihood).toBeCloseTo(ll, 10);
    // The loss the neuron trains on, Σ(μ − y·log μ), is −log-likelihood minus the Σ log(y!) it leaves out.
    const lossSum = counts.reduce((s, y, i) => s + mu[i]! - y * Math.log(mu[i]!), 0);
    expect(stats.logLikelihood).toBeCloseTo(-lossSum - factorials.reduce((s, f) => s + Math.log(f), 0), 10);
  });

  it("binomial: deviance is −2 × log-likelihood (0/1 targets)", () => {
    const stats = glmStatistics("binomial", { features: x, targets: binary }, { intercept: -1, weights: [0.7] });
    const ll = loglik("binomial", binary, -1, 0.7);
    expect(stats.logLikelihood).toBeCloseTo(ll, 12);
    expect(stats.deviance).toBeCloseTo(-2 * ll, 12);
  });

  it.each([
    ["poisson", counts],
    ["binomial", binary],
  ] as const)(
    "%s: the fit solves the score equations and its standard errors match the finite-difference Hessian",
    (family, y) => {
      const fit = fitGlmIrls(family, { features: x, targets: y });
      const mu = x.map((v) =>
        (family === "poisson" ? Math.exp : (e: number) => 1 / (1 + Math.exp(-e)))(fit.intercept + fit.weights[0]! * v),
      );
      expect(y.reduce((s, yi, i) => s + yi - mu[i]!, 0)).toBeCloseTo(0, 9);
      expect(y.reduce((s, yi, i) => s + x[i]! * (yi - mu[i]!), 0)).toBeCloseTo(0, 9);
      const [se0, se1] = finiteDifferenceSe(family, [...y], fit);
      expect(fit.standardErrors.intercept).toBeCloseTo(se0!, 4);
      expect(fit.standardErrors.weights[0]).toBeCloseTo(se1!, 4);
      expect(fit.logLikelihood).toBeGreaterThan(loglik(family, [...y], fit.intercept + 0.01, fit.weights[0]!));
    },
  );

  it("refuses what has no fit, with a message saying why", () => {
    expect(() => fitGlmIrls("binomial", { features: [0, 1, 2, 3], targets: [0, 0, 1, 1] })).toThrow(
      /perfectly separated/,
    );
    expect(() => fitGlmIrls("poisson", { features: [0, 1], targets: [1, 2.5] })).toThrow(/targets\[1\].*whole count/);
    expect(() => fitGlmIrls("gaussian", { features: [1, 1, 1], targets: [1, 2, 3] })).toThrow(
      /collinear or a column is constant/,
    );
    expect(() => fitGlmIrls("binomial", { features: [0, 1], targets: [0, 2] })).toThrow(/0 or 1/);
  });
});
