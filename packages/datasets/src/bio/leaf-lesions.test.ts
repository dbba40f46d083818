import { describe, expect, it } from "vitest";
import { createRng } from "../rng.js";
import { makeToy } from "../toy/make-toy.js";
import { leafLesions, leafLesionsProvenance, leafLesionTruth, poissonDraw } from "./leaf-lesions.js";

describe("leafLesions", () => {
  it("draws Poisson counts: mean and variance both λ, P(0) = e^−λ", () => {
    const rng = createRng(3);
    const lambda = 2.5;
    const draws = Array.from({ length: 40000 }, () => poissonDraw(rng, lambda));
    const mean = draws.reduce((a, b) => a + b, 0) / draws.length;
    const variance = draws.reduce((a, b) => a + (b - mean) ** 2, 0) / draws.length;
    expect(mean).toBeCloseTo(lambda, 1);
    expect(variance).toBeCloseTo(lambda, 1);
    expect(draws.filter((k) => k === 0).length / draws.length).toBeCloseTo(Math.exp(-lambda), 2);
  });

  it("gives whole non-negative counts whose mean follows exp(0.8 + 0.7·h − 0.4·t)", () => {
    const d = leafLesions({ n: 20000, seed: 2 });
    expect(d.shape).toEqual([20000, 2]);
    expect(d.targets.every((y) => Number.isInteger(y) && y >= 0)).toBe(true);
    let expected = 0;
    for (let i = 0; i < 20000; i++) {
      expected += Math.exp(
        leafLesionTruth.intercept +
          leafLesionTruth.humidity * d.features[i * 2]! +
          leafLesionTruth.temperature * d.features[i * 2 + 1]!,
      );
    }
    const observed = d.targets.reduce((a, b) => a + b, 0);
    expect(observed / expected).toBeCloseTo(1, 1);
    expect(d.features.every((v) => v >= -2 - 1e-6 && v <= 2 + 1e-6)).toBe(true);
  });

  it("is a toy set by name and says where its numbers come from", () => {
    const d = makeToy("lesions", { n: 30, seed: 9 });
    expect(d).toEqual(leafLesions({ n: 30, seed: 9 }));
    expect(d.provenance).toBe(leafLesionsProvenance);
    expect(d.provenance).toMatch(/Generated, not measured/);
  });
});
