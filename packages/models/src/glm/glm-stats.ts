import type { ArrayData } from "../core/tensor-data.js";
import { modelError } from "../errors.js";

/** The three families of COURSE.md: identity link (linear), logit (logistic), and log (Poisson). */
export type GlmFamily = "gaussian" | "binomial" | "poisson";

/** Intercept and one weight per feature (the neuron's bias and its wires). */
export interface GlmCoefficients {
  intercept: number;
  weights: number[];
}

/** A GLM fitted by IRLS: coefficients, their standard errors, deviance and log-likelihood. */
export interface GlmFit extends GlmCoefficients {
  family: GlmFamily;
  standardErrors: GlmCoefficients;
  deviance: number;
  logLikelihood: number;
  iterations: number;
}

interface Rows {
  x: number[][];
  y: number[];
}

const inverseLink: Record<GlmFamily, (eta: number) => number> = {
  gaussian: (eta) => eta,
  binomial: (eta) => 1 / (1 + Math.exp(-eta)),
  poisson: (eta) => Math.exp(eta),
};

/** Splits flat data into design rows (a leading 1 for the intercept) and checks the targets fit the family. */
function rows(family: GlmFamily, data: ArrayData): Rows {
  const n = data.targets.length;
  if (n === 0) throw modelError("DATA_EMPTY", "targets");
  const p = data.features.length / n;
  if (!Number.isInteger(p))
    throw modelError("DATA_SHAPE", "features", `[${n}, p] (a multiple of ${n} values)`, [data.features.length]);
  const x = Array.from({ length: n }, (_, i) => [
    1,
    ...Array.from({ length: p }, (_, j) => Number(data.features[i * p + j])),
  ]);
  const y = Array.from(data.targets, Number);
  x.flat().forEach((v, i) => {
    if (!Number.isFinite(v)) throw modelError("DATA_NOT_FINITE", "features", i);
  });
  y.forEach((v, i) => {
    if (!Number.isFinite(v)) throw modelError("DATA_NOT_FINITE", "targets", i);
    if (family === "binomial" && v !== 0 && v !== 1)
      throw modelError("DATA_BAD_TARGET", "targets", i, "a binomial GLM needs 0 or 1");
    if (family === "poisson" && (v < 0 || !Number.isInteger(v)))
      throw modelError("DATA_BAD_TARGET", "targets", i, "a Poisson GLM needs a whole count ≥ 0");
  });
  return { x, y };
}

const means = (family: GlmFamily, { x }: Rows, beta: number[]) =>
  x.map((row) => inverseLink[family](row.reduce((s, v, k) => s + v * beta[k]!, 0)));

/** Lower-triangular L with A = L·Lᵀ; XᵀWX is symmetric positive definite unless the design is singular. */
function cholesky(
  a: number[][],
  family: GlmFamily,
  why = "the features are collinear or a column is constant",
): number[][] {
  const l = a.map((row) => row.map(() => 0));
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j <= i; j++) {
      const s = a[i]![j]! - l[i]!.slice(0, j).reduce((acc, v, k) => acc + v * l[j]![k]!, 0);
      if (i === j && !(s > 1e-12)) throw modelError("GLM_NO_FIT", family, why);
      l[i]![j] = i === j ? Math.sqrt(s) : s / l[j]![j]!;
    }
  }
  return l;
}

/** Solves L·Lᵀ·z = b by forward then back substitution. */
function cholSolve(l: number[][], b: number[]): number[] {
  const p = b.length;
  const u = new Array<number>(p).fill(0);
  for (let i = 0; i < p; i++) u[i] = (b[i]! - l[i]!.slice(0, i).reduce((s, v, k) => s + v * u[k]!, 0)) / l[i]![i]!;
  const z = new Array<number>(p).fill(0);
  for (let i = p - 1; i >= 0; i--)
    z[i] = (u[i]! - l.slice(i + 1).reduce((s, row, k) => s + row[i]! * z[i + 1 + k]!, 0)) / l[i]![i]!;
  return z;
}

/** Fisher information XᵀWX (W = dμ/dη, the variance function under the canonical link) and the score Xᵀ(y − μ). */
function information(family: GlmFamily, r: Rows, beta: number[]) {
  const mu = means(family, r, beta);
  const p = beta.length;
  const h = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  const g = new Array<number>(p).fill(0);
  r.x.forEach((row, i) => {
    const w = family === "gaussian" ? 1 : family === "binomial" ? mu[i]! * (1 - mu[i]!) : mu[i]!;
    for (let a = 0; a < p; a++) {
      g[a]! += row[a]! * (r.y[i]! - mu[i]!);
      for (let b = 0; b < p; b++) h[a]![b]! += w * row[a]! * row[b]!;
    }
  });
  return { h, g };
}

const xlogy = (x: number, y: number) => (x === 0 ? 0 : x * Math.log(y));
/** log(k!) for a whole k, summed exactly: the constant the Poisson loss leaves out. */
export const logFactorial = (k: number): number => {
  let s = 0;
  for (let i = 2; i <= k; i++) s += Math.log(i);
  return s;
};

function deviance(family: GlmFamily, r: Rows, mu: number[]): number {
  return r.y.reduce((s, y, i) => {
    const m = mu[i]!;
    if (family === "gaussian") return s + (y - m) ** 2;
    if (family === "binomial") return s - 2 * (xlogy(y, m) + xlogy(1 - y, 1 - m));
    return s + 2 * (xlogy(y, y / m) - (y - m));
  }, 0);
}

/** Log-likelihood with every constant: Gaussian at the maximum-likelihood σ² = deviance/n, Poisson with −log(y!). */
function logLikelihood(family: GlmFamily, r: Rows, mu: number[]): number {
  const n = r.y.length;
  if (family === "gaussian") return (-n / 2) * (Math.log((2 * Math.PI * deviance(family, r, mu)) / n) + 1);
  if (family === "binomial") return -deviance(family, r, mu) / 2;
  return r.y.reduce((s, y, i) => s + xlogy(y, mu[i]!) - mu[i]! - logFactorial(y), 0);
}

const split = ([intercept, ...weights]: number[]): GlmCoefficients => ({ intercept: intercept!, weights });

/**
 * The statistics of a GLM at given coefficients: deviance, log-likelihood and standard errors
 * (from the inverse Fisher information; Gaussian scaled by deviance/(n − p), as statsmodels does).
 */
export function glmStatistics(
  family: GlmFamily,
  data: ArrayData,
  at: GlmCoefficients,
): Omit<GlmFit, "iterations" | keyof GlmCoefficients> {
  const r = rows(family, data);
  const beta = [at.intercept, ...at.weights];
  if (beta.length !== r.x[0]!.length)
    throw modelError("DATA_SHAPE", "features", `[${r.y.length}, ${at.weights.length}]`, [data.features.length]);
  const mu = means(family, r, beta);
  const dev = deviance(family, r, mu);
  const scale = family === "gaussian" ? dev / (r.y.length - beta.length) : 1;
  const l = cholesky(information(family, r, beta).h, family);
  const se = beta.map((_, k) =>
    Math.sqrt(
      scale *
        cholSolve(
          l,
          beta.map((__, j) => (j === k ? 1 : 0)),
        )[k]!,
    ),
  );
  return { family, standardErrors: split(se), deviance: dev, logLikelihood: logLikelihood(family, r, mu) };
}

const separated = "IRLS did not converge (are the classes perfectly separated, or do counts grow without bound?)";

/**
 * Fits a GLM by iteratively reweighted least squares (Newton's method; one step is the closed form for Gaussian).
 *
 * @example
 * const fit = fitGlmIrls("poisson", { features: [0, 1, 2, 3], targets: [1, 2, 4, 9] });
 * fit.intercept; fit.weights; fit.standardErrors; fit.deviance; fit.logLikelihood;
 */
export function fitGlmIrls(
  family: GlmFamily,
  data: ArrayData,
  options: { maxIterations?: number; tolerance?: number } = {},
): GlmFit {
  if (!(family in inverseLink))
    throw modelError("OPTION_INVALID", "family", `one of ${Object.keys(inverseLink).join(", ")}`, family);
  const r = rows(family, data);
  const tolerance = options.tolerance ?? 1e-10;
  let beta = new Array<number>(r.x[0]!.length).fill(0);
  for (let iteration = 1; iteration <= (options.maxIterations ?? 100); iteration++) {
    const { h, g } = information(family, r, beta);
    const step = cholSolve(cholesky(h, family, iteration > 1 ? separated : undefined), g);
    beta = beta.map((v, k) => v + step[k]!);
    if (!beta.every(Number.isFinite)) break;
    if (Math.max(...step.map(Math.abs)) < tolerance || family === "gaussian")
      return { ...split(beta), ...glmStatistics(family, data, split(beta)), iterations: iteration };
  }
  throw modelError("GLM_NO_FIT", family, separated);
}
