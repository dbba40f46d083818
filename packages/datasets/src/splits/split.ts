import { createRng } from "../rng.js";
import { checkSize, fail } from "../errors.js";
import { reportLeakage } from "./leakage.js";
import { makeUnits, rowsOf, strata, type SplitOptions, type Unit } from "./units.js";

/** Row indices of each part, plus anything the learner should know about the split. */
export interface Split {
  train: number[];
  dev: number[];
  test: number[];
  warnings: string[];
}

/** Options of {@link trainDevTestSplit}. */
export interface TrainDevTestOptions extends SplitOptions {
  /** Shares of train, dev and test (default `[0.8, 0.1, 0.1]`, as makemore). */
  fractions?: [number, number, number];
}

/**
 * Splits `n` rows into train/dev/test, optionally stratified by label and grouped by sample.
 *
 * @example
 * const { train, dev, test } = trainDevTestSplit(100, { seed: 1 }); // 80 / 10 / 10 rows
 * trainDevTestSplit(12, { groups: sampleIds }); // technical replicates stay together
 */
export function trainDevTestSplit(n: number, options: TrainDevTestOptions = {}): Split {
  checkSize("n", n);
  const fractions = options.fractions ?? [0.8, 0.1, 0.1];
  const total = fractions.reduce((s, f) => s + f, 0);
  if (fractions.length !== 3 || fractions.some((f) => !(f >= 0)) || Math.abs(total - 1) > 1e-9) {
    fail("BAD_FRACTIONS", fractions);
  }
  const warnings: string[] = [];
  const rng = createRng(options.seed ?? 0);
  const parts: Unit[][] = [[], [], []];
  for (const stratum of strata(makeUnits(n, options, warnings))) {
    rng.shuffle(stratum);
    const cut1 = Math.round(fractions[0] * stratum.length);
    const cut2 = Math.round((fractions[0] + fractions[1]) * stratum.length);
    parts[0]!.push(...stratum.slice(0, cut1));
    parts[1]!.push(...stratum.slice(cut1, cut2));
    parts[2]!.push(...stratum.slice(cut2));
  }
  const split = { train: rowsOf(parts[0]!), dev: rowsOf(parts[1]!), test: rowsOf(parts[2]!), warnings };
  if (options.by === "row")
    reportLeakage(
      options.groups,
      { train: split.train, dev: split.dev, test: split.test },
      options.leakage ?? "error",
      warnings,
    );
  return split;
}

/** Options of {@link trainTestSplit}. */
export interface TrainTestOptions extends SplitOptions {
  /** Share of the test part (default 0.2). */
  testFraction?: number;
}

/** Splits `n` rows into train and test (`dev` is empty); same options as {@link trainDevTestSplit}. */
export function trainTestSplit(n: number, options: TrainTestOptions = {}): Split {
  const test = options.testFraction ?? 0.2;
  return trainDevTestSplit(n, { ...options, fractions: [1 - test, 0, test] });
}
