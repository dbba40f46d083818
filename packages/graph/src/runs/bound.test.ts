import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { boundCurve, downsampleIndices } from "./bound.js";

const series = fc.array(fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constant(null)), {
  minLength: 0,
  maxLength: 3000,
});

describe("downsampleIndices", () => {
  it("keeps the first and last points and every extreme, in order, within the bound", () => {
    fc.assert(
      fc.property(series, fc.integer({ min: 4, max: 500 }), (values, max) => {
        const at = downsampleIndices(values, max);
        expect(at.length).toBeLessThanOrEqual(Math.max(max, 0));
        if (values.length <= max) {
          expect(at).toEqual(values.map((_, i) => i));
          return;
        }
        expect(at[0]).toBe(0);
        expect(at.at(-1)).toBe(values.length - 1);
        for (let i = 1; i < at.length; i++) expect(at[i]!).toBeGreaterThan(at[i - 1]!);
        const finite = values.filter((v): v is number => v !== null);
        const keptValues = at.map((i) => values[i]).filter((v): v is number => v !== null);
        if (finite.length) {
          expect(keptValues).toContain(Math.min(...finite));
          expect(keptValues).toContain(Math.max(...finite));
        }
      }),
      { seed: 12, numRuns: 200 },
    );
  });

  it("keeps a one-step spike that an every-other-point thinning would lose", () => {
    const loss = Array.from({ length: 5001 }, (_, i) => 1 / (1 + i));
    loss[2501] = 50;
    const at = downsampleIndices(loss, 100);
    expect(at).toContain(2501);
    expect(at.filter((_, k) => k % 2 === 0)).not.toContain(2501);
  });

  it("refuses a bound below four points", () => {
    expect(() => downsampleIndices([1, 2, 3], 3)).toThrow(/at least 4 points, not 3/);
  });
});

describe("boundCurve", () => {
  it("keeps every column on the same steps", () => {
    const n = 4000;
    const curve = {
      step: Array.from({ length: n }, (_, i) => i + 1),
      loss: Array.from({ length: n }, (_, i) => Math.exp(-i / 500) + (i === 1234 ? 3 : 0)),
      trainAccuracy: Array.from({ length: n }, (_, i) => Math.min(1, i / n + 0.5)),
      testAccuracy: Array.from({ length: n }, () => null),
    };
    const bounded = boundCurve(curve, 2000);
    expect(bounded.step.length).toBeLessThanOrEqual(2000);
    expect(bounded.step[0]).toBe(1);
    expect(bounded.step.at(-1)).toBe(n);
    expect(bounded.step).toContain(1235);
    bounded.step.forEach((s, k) => {
      expect(bounded.loss[k]).toBe(curve.loss[s - 1]);
      expect(bounded.trainAccuracy![k]).toBe(curve.trainAccuracy[s - 1]);
    });
    expect(bounded.testAccuracy).toHaveLength(bounded.step.length);
    expect(boundCurve(bounded, 2000)).toBe(bounded);
  });
});
