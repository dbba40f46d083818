import { describe, expect, it } from "vitest";
import { makeToy } from "../toy/make-toy.js";
import { trainTestSplit } from "./split.js";
import { makeToySplit } from "./toy-split.js";

describe("makeToySplit", () => {
  it("is makeToy's rows with trainTestSplit's seeded split", () => {
    const choice = { name: "spiral" as const, n: 150, noise: 0.1, seed: 3, testFraction: 0.2, classes: 3 };
    const { dataset, train, test } = makeToySplit(choice);
    const ref = makeToy("spiral", { n: 150, noise: 0.1, seed: 3, classes: 3 });
    expect(Array.from(dataset.features)).toEqual(Array.from(ref.features));
    const split = trainTestSplit(150, { testFraction: 0.2, seed: 3 });
    expect(Array.from(train)).toEqual(split.train);
    expect(Array.from(test)).toEqual(split.test);
    expect(train.length + test.length).toBe(150);
  });

  it("trains on every row, in order, without a test share", () => {
    const { train, test } = makeToySplit({ name: "moons", n: 30, noise: 0.1, seed: 1 });
    expect(Array.from(train)).toEqual([...Array(30).keys()]);
    expect(test.length).toBe(0);
  });

  it("refuses a test share outside [0, 1) or one that leaves no training row", () => {
    expect(() => makeToySplit({ name: "moons", n: 30, noise: 0.1, seed: 1, testFraction: 1 })).toThrow(/testFraction/);
    expect(() => makeToySplit({ name: "moons", n: 30, noise: 0.1, seed: 1, testFraction: Number.NaN })).toThrow(
      /testFraction/,
    );
    expect(() => makeToySplit({ name: "moons", n: 1, noise: 0.1, seed: 1, testFraction: 0.9 })).toThrow(
      /training rows/,
    );
  });
});
