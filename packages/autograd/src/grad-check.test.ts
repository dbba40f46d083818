import { describe, expect, it } from "vitest";
import { gradCheck } from "./grad-check.js";
import { Value } from "./value.js";

describe("gradCheck", () => {
  it("reports backprop and finite-difference grads for tanh(x·y) against the hand-derived derivative", () => {
    const x = new Value(0.4),
      y = new Value(-0.9);
    const r = gradCheck(([a, b]) => a.mul(b).tanh(), [x, y]);
    const sech2 = 1 - Math.tanh(0.4 * -0.9) ** 2;
    expect(r.value).toBeCloseTo(Math.tanh(-0.36), 14);
    expect(r.analytic[0]).toBeCloseTo(sech2 * -0.9, 14);
    expect(r.numeric[1]).toBeCloseTo(sech2 * 0.4, 8);
    expect(r.maxRelError).toBeLessThan(1e-8);
    expect(x.data).toBe(0.4);
  });

  it("exposes a wrong gradient (a learner's hand-filled one) as a large error", () => {
    const x = new Value(1.5);
    const r = gradCheck(([a]) => a.pow(2), [x]);
    expect(Math.abs(r.numeric[0] - 3)).toBeLessThan(1e-6);
    expect(Math.abs(r.numeric[0] - 1.5)).toBeGreaterThan(1);
  });

  it("refuses a bad step", () => {
    expect(() => gradCheck(([a]) => a, [new Value(1)], 0)).toThrow(/step h/);
  });
});
