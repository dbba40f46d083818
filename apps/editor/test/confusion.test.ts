import { describe, expect, it } from "vitest";
import { confusionFromGrid, confusionFromPredictions } from "../src/panels/confusion";
import { pointsFor } from "../src/panels/points";

describe("confusion matrix from the boundary grid", () => {
  it("counts a model that says class 1 right of x = 0", () => {
    const size = 10;
    const values = Array.from({ length: size * size }, (_, i) => (i % size < size / 2 ? -1 : 1));
    const pts = {
      x: Float32Array.from([-0.8, 0, 0.8, 0, -0.6, 0.5, 0.6, -0.5]),
      dim: 2,
      y: Float32Array.from([0, 1, 1, 0]),
      test: new Uint8Array(4),
      classes: ["a", "b"],
      trainRows: [0, 1, 2, 3],
      testRows: [],
    };
    const c = confusionFromGrid(pts, { size, xRange: [-1, 1], yRange: [-1, 1], values }, 0, "train");
    expect(c.counts).toEqual([
      [1, 1],
      [1, 1],
    ]);
    expect(c.total).toBe(4);
  });
});

describe("confusion matrix from the worker's per-example predictions", () => {
  const pts = {
    x: new Float32Array(12),
    dim: 2,
    y: Float32Array.from([0, 1, 2, 2, 1, 0]),
    test: Uint8Array.from([0, 0, 0, 0, 1, 1]),
    classes: ["a", "b", "c"],
    trainRows: [3, 0, 2, 1],
    testRows: [5, 4],
  };
  it("counts k×k train and test matrices in the worker's row order", () => {
    // train rows 3,0,2,1 have actual 2,0,2,1; predicted 2,1,0,1. test rows 5,4: actual 0,1; predicted 0,2.
    const c = confusionFromPredictions(
      pts,
      { train: Float32Array.from([2, 1, 0, 1]), test: Float32Array.from([0, 2]) },
      3,
    )!;
    expect(c.train.counts).toEqual([
      [0, 1, 0],
      [0, 1, 0],
      [1, 0, 1],
    ]);
    expect(c.test.counts).toEqual([
      [1, 0, 0],
      [0, 0, 1],
      [0, 0, 0],
    ]);
    expect(c.train.total + c.test.total).toBe(6);
  });
  it("refuses predictions of the wrong length or outside the classes", () => {
    expect(
      confusionFromPredictions(pts, { train: Float32Array.from([0, 1, 2]), test: Float32Array.from([0, 1]) }, 3),
    ).toBeNull();
    expect(
      confusionFromPredictions(pts, { train: Float32Array.from([0, 1, 2, 3]), test: Float32Array.from([0, 1]) }, 3),
    ).toBeNull();
    expect(
      confusionFromPredictions(pts, { train: Float32Array.from([0, 1, 2, 0.5]), test: Float32Array.from([0, 1]) }, 3),
    ).toBeNull();
  });
  it("on the 3-class spiral, perfect predictions put each class's own count on the diagonal", () => {
    const data = {
      kind: "toy" as const,
      name: "spiral" as const,
      n: 90,
      noise: 0.1,
      seed: 3,
      testFraction: 0.2,
      classes: 3,
    };
    const p = pointsFor(data)!;
    expect(p.classes).toHaveLength(3);
    const truth = (rows: number[]) => Float32Array.from(rows, (r) => p.y[r]!);
    const c = confusionFromPredictions(p, { train: truth(p.trainRows), test: truth(p.testRows) }, 3)!;
    for (let k = 0; k < 3; k++) {
      const inTrain = p.trainRows.filter((r) => p.y[r] === k).length;
      expect(c.train.counts[k]![k]).toBe(inTrain);
      expect(c.train.counts[k]!.reduce((a, b) => a + b, 0)).toBe(inTrain);
    }
    expect(c.test.total).toBe(p.testRows.length);
    expect(p.trainRows.length + p.testRows.length).toBe(90);
  });
});
