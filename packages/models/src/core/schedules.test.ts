import { describe, expect, it } from "vitest";
import { exponentialSweep, stepDecay } from "./schedules.js";

describe("learning-rate schedules", () => {
  it("stepDecay switches at the given fraction, as makemore's 0.1 → 0.01 at 100k of 200k", () => {
    const lr = stepDecay() as (s: number, n: number) => number;
    expect([lr(0, 200_000), lr(99_999, 200_000), lr(100_000, 200_000)]).toEqual([0.1, 0.1, 0.01]);
  });

  it("exponentialSweep is torch.logspace(-3, 0, 1000)", () => {
    const lr = exponentialSweep(0.001, 1) as (s: number, n: number) => number;
    expect(lr(0, 1000)).toBeCloseTo(0.001, 12);
    expect(lr(999, 1000)).toBeCloseTo(1, 12);
    expect(lr(333, 1000)).toBeCloseTo(10 ** (-3 + (3 * 333) / 999), 12);
  });
});
