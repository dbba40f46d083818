import { createRng } from "../rng.js";
import { checkSize, fail } from "../errors.js";
import { reportLeakage } from "./leakage.js";
import { makeUnits, rowsOf, strata, type SplitOptions, type Unit } from "./units.js";

/** One round of k-fold cross-validation. */
export interface Fold {
  train: number[];
  test: number[];
  warnings: string[];
}

/**
 * k-fold cross-validation: each row (or each group) is in exactly one test fold.
 * With `stratify`, every fold keeps the label shares; with `groups`, groups stay whole.
 *
 * @example
 * for (const { train, test } of kFold(150, 5, { stratify: labels, seed: 0 })) { … }
 */
export function kFold(n: number, k: number, options: SplitOptions = {}): Fold[] {
  checkSize("n", n);
  const warnings: string[] = [];
  const units = makeUnits(n, options, warnings);
  const what = units.length === n ? "rows" : "groups";
  if (!Number.isInteger(k) || k < 2 || k > units.length) fail("BAD_FOLDS", k, units.length, what);
  const rng = createRng(options.seed ?? 0);
  const folds: Unit[][] = Array.from({ length: k }, () => []);
  let next = 0;
  for (const stratum of strata(units)) {
    rng.shuffle(stratum);
    for (const unit of stratum) {
      folds[next]!.push(unit);
      next = (next + 1) % k;
    }
  }
  return folds.map((fold, i) => {
    const test = rowsOf(fold);
    const train = rowsOf(folds.filter((_, j) => j !== i).flat());
    const foldWarnings = [...warnings];
    if (options.by === "row") reportLeakage(options.groups, { train, test }, options.leakage ?? "error", foldWarnings);
    return { train, test, warnings: foldWarnings };
  });
}
