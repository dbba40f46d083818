import { describe, expect, it } from "vitest";
import { confusionFromGrid } from "../src/panels/confusion";

describe("confusion matrix from the boundary grid", () => {
  it("counts a model that says class 1 right of x = 0", () => {
    const size = 10;
    const values = Array.from({ length: size * size }, (_, i) => ((i % size) < size / 2 ? -1 : 1));
    const pts = {
      x: Float32Array.from([-0.8, 0, 0.8, 0, -0.6, 0.5, 0.6, -0.5]), dim: 2,
      y: Float32Array.from([0, 1, 1, 0]), test: new Uint8Array(4), classes: ["a", "b"], trainRows: [0, 1, 2, 3],
    };
    const c = confusionFromGrid(pts, { size, xRange: [-1, 1], yRange: [-1, 1], values }, 0, "train");
    expect(c.counts).toEqual([[1, 1], [1, 1]]);
    expect(c.total).toBe(4);
  });
});
