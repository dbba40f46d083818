import { describe, expect, it } from "vitest";
import { learningRate } from "./learning-rate.js";

describe("learningRate", () => {
  it("is micrograd's moons schedule, 1.0 − 0.9·k/100, for lr 1 decaying to 0.1·lr over 100 steps", () => {
    for (const k of [0, 1, 37, 99, 100]) expect(learningRate(1, { kind: "linear-decay", final: 0.1, steps: 100 }, k)).toBeCloseTo(1 - (0.9 * k) / 100, 14);
  });

  it("ends at final × lr (not an absolute final), holds it after `steps`, and defaults to 0.1 and 100", () => {
    expect(learningRate(0.5, { kind: "linear-decay", final: 0.1, steps: 20 }, 20)).toBeCloseTo(0.05, 14);
    expect(learningRate(0.5, { kind: "linear-decay", final: 0.1, steps: 20 }, 500)).toBeCloseTo(0.05, 14);
    expect(learningRate(0.5, { kind: "linear-decay" }, 100)).toBeCloseTo(0.05, 14);
    expect(learningRate(0.5, { kind: "linear-decay" }, 50)).toBeCloseTo(0.275, 14);
    expect(learningRate(0.3, { kind: "constant" }, 1e6)).toBe(0.3);
  });
});
