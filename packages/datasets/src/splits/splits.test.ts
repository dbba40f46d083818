import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { kFold } from "./k-fold.js";
import { findLeakage } from "./leakage.js";
import { trainDevTestSplit, trainTestSplit } from "./split.js";

const sorted = (xs: number[]) => xs.slice().sort((a, b) => a - b);
const range = (n: number) => Array.from({ length: n }, (_, i) => i);
const count = (rows: number[], labels: string[], label: string) => rows.filter((r) => labels[r] === label).length;

// 4 samples per treatment, 3 technical replicates each: 24 rows.
const samples = range(24).map((i) => `s${Math.floor(i / 3)}`);
const treatment = range(24).map((i) => (Math.floor(i / 3) < 4 ? "control" : "drought"));

describe("trainDevTestSplit", () => {
  it("partitions every row exactly once, 80/10/10 by default, deterministically by seed", () => {
    const s = trainDevTestSplit(100, { seed: 3 });
    expect([s.train.length, s.dev.length, s.test.length]).toEqual([80, 10, 10]);
    expect(sorted([...s.train, ...s.dev, ...s.test])).toEqual(range(100));
    expect(trainDevTestSplit(100, { seed: 3 })).toEqual(s);
    expect(trainDevTestSplit(100, { seed: 4 }).test).not.toEqual(s.test);
  });

  it("is a partition for any n, seed and fractions (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200 }),
        fc.integer(),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (n, seed, f) => {
          const s = trainDevTestSplit(n, { seed, fractions: [f, (1 - f) / 2, (1 - f) / 2] });
          expect(sorted([...s.train, ...s.dev, ...s.test])).toEqual(range(n));
        },
      ),
      { numRuns: 100 },
    );
  });

  it("stratified: each part keeps the label shares", () => {
    const labels = range(100).map((i) => (i < 70 ? "a" : "b"));
    const s = trainDevTestSplit(100, { stratify: labels, seed: 1 });
    expect([count(s.train, labels, "a"), count(s.train, labels, "b")]).toEqual([56, 24]);
    expect([count(s.test, labels, "a"), count(s.test, labels, "b")]).toEqual([7, 3]);
  });

  it("grouped: technical replicates of one sample never straddle train and test", () => {
    const s = trainTestSplit(24, { groups: samples, stratify: treatment, testFraction: 0.25, seed: 2 });
    expect(findLeakage(samples, { train: s.train, test: s.test })).toEqual([]);
    expect(s.test).toHaveLength(6); // 2 of 8 samples, 3 rows each
    expect(count(s.test, treatment, "control")).toBe(3); // one sample per treatment
  });

  it("refuses a row split that separates replicates, explaining the leak", () => {
    expect(() => trainTestSplit(24, { groups: samples, by: "row", seed: 2 })).toThrow(
      /This split leaks: \d+ groups? straddle the parts \(group "s\d" has rows \d in train, \d in test/,
    );
    const warned = trainTestSplit(24, { groups: samples, by: "row", leakage: "warn", seed: 2 });
    expect(warned.warnings[0]).toMatch(/leaks/);
  });

  it("refuses bad fractions and mismatched lengths", () => {
    expect(() => trainDevTestSplit(10, { fractions: [0.5, 0.5, 0.5] })).toThrow(/add up to 1; got \[0.5, 0.5, 0.5\]/);
    expect(() => trainDevTestSplit(10, { stratify: ["a"] })).toThrow(/stratify has 1 entries but there are 10 rows/);
  });
});

describe("kFold", () => {
  it("puts every row in exactly one test fold and never in its own train part", () => {
    const folds = kFold(23, 5, { seed: 1 });
    expect(folds).toHaveLength(5);
    expect(sorted(folds.flatMap((f) => f.test))).toEqual(range(23));
    for (const f of folds) {
      expect(f.train.filter((r) => f.test.includes(r))).toEqual([]);
      expect(f.train.length + f.test.length).toBe(23);
      expect([4, 5]).toContain(f.test.length);
    }
  });

  it("stratified folds keep the label shares", () => {
    const labels = range(150).map((i) => ["setosa", "versicolor", "virginica"][Math.floor(i / 50)]!);
    for (const f of kFold(150, 5, { stratify: labels, seed: 0 })) {
      expect(["setosa", "versicolor", "virginica"].map((l) => count(f.test, labels, l))).toEqual([10, 10, 10]);
    }
  });

  it("grouped folds keep groups whole, and a row-wise request with groups is refused", () => {
    for (const f of kFold(24, 4, { groups: samples, seed: 5 })) {
      expect(findLeakage(samples, { train: f.train, test: f.test })).toEqual([]);
    }
    expect(() => kFold(24, 4, { groups: samples, by: "row" })).toThrow(/leaks/);
    expect(() => kFold(24, 9, { groups: samples })).toThrow(/Cannot make 9 folds from 8 groups/);
  });
});
