import type { Dataset } from "../dataset.js";
import { fail } from "../errors.js";
import { makeToy, type ToyName } from "../toy/make-toy.js";
import { trainTestSplit } from "./split.js";

/** A toy data choice as a document stores it: generator, size, noise, seed and the test share. */
export interface ToyChoice {
  name: ToyName;
  n: number;
  noise: number;
  seed: number;
  /** Share of rows held out for testing, in [0, 1) (default 0: every row trains). */
  testFraction?: number;
  /** Classes, for the generators that take them (spiral, blobs). */
  classes?: number;
}

/** A toy data set with its seeded train/test split: row indices into `dataset`. */
export interface ToySplit {
  dataset: Dataset;
  train: Int32Array;
  test: Int32Array;
}

/**
 * How a data choice becomes rows: generates the toy set and splits it by the choice's seed. The
 * training runtime, the editor's charts and the code exports all call this, so they agree row for row.
 *
 * @example
 * const { dataset, train, test } = makeToySplit({ name: "moons", n: 100, noise: 0.1, seed: 1, testFraction: 0.2 });
 * console.log(dataset.shape, train.length, test.length); // [100, 2] 80 20
 */
export function makeToySplit(choice: ToyChoice): ToySplit {
  const { name, n, noise, seed, classes } = choice;
  const dataset = makeToy(name, { n, noise, seed, ...(classes === undefined ? {} : { classes }) });
  const rows = dataset.shape[0];
  const testFraction = choice.testFraction ?? 0;
  if (!(testFraction >= 0 && testFraction < 1)) fail("BAD_OPTION", "testFraction", testFraction, "a share in [0, 1)");
  const split =
    testFraction > 0 ? trainTestSplit(rows, { testFraction, seed }) : { train: [...Array(rows).keys()], test: [] };
  if (split.train.length === 0)
    fail("BAD_OPTION", "testFraction", testFraction, `a share that leaves training rows (${rows} rows in all)`);
  return { dataset, train: Int32Array.from(split.train), test: Int32Array.from(split.test) };
}
