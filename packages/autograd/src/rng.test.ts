import { describe, expect, it } from "vitest";
import { createRng } from "./rng.js";

describe("createRng", () => {
  it("repeats a sequence for a seed", () => {
    const a = createRng(42),
      b = createRng(42);
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()));
  });

  it("draws uniform [0, 1) with mean 1/2, variance 1/12, and standard normals", () => {
    const rng = createRng(9);
    const u = Array.from({ length: 20000 }, () => rng.next());
    const n = Array.from({ length: 20000 }, () => rng.normal());
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    const variance = (xs: number[]) => {
      const m = mean(xs);
      return mean(xs.map((x) => (x - m) ** 2));
    };
    expect(u.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(mean(u)).toBeCloseTo(0.5, 2);
    expect(variance(u)).toBeCloseTo(1 / 12, 2);
    expect(mean(n)).toBeCloseTo(0, 1);
    expect(variance(n)).toBeCloseTo(1, 1);
    expect(new Set(Array.from({ length: 1000 }, () => rng.int(6)))).toEqual(new Set([0, 1, 2, 3, 4, 5]));
  });
});
