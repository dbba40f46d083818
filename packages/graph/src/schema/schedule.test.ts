import { describe, expect, it } from "vitest";
import { learningRateAt } from "./schedule.js";

describe("learningRateAt", () => {
  it("keeps a constant rate", () => {
    for (const k of [0, 1, 1e6]) expect(learningRateAt(0.3, { kind: "constant" }, k)).toBe(0.3);
  });

  it("decays linearly from lr to final × lr at `steps`, then stays (micrograd's moons: 1.0 − 0.9·k/100)", () => {
    const decay = { kind: "linear-decay" as const, final: 0.1, steps: 100 };
    for (const k of [0, 25, 50, 99, 100]) expect(learningRateAt(1, decay, k)).toBeCloseTo(1 - (0.9 * k) / 100, 12);
    expect(learningRateAt(2, decay, 500)).toBeCloseTo(0.2, 12);
    expect(learningRateAt(2, { kind: "linear-decay" }, 100)).toBeCloseTo(learningRateAt(2, decay, 100), 12);
  });
});
