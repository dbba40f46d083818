import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createEncoder, encoderFromJSON } from "./create.js";
import { NumericEncoder } from "./numeric.js";

describe("NumericEncoder (interval and ratio)", () => {
  it("z-scores with the population SD: [1, 2, 3] → [-1.2247, 0, 1.2247]", () => {
    const e = new NumericEncoder({ name: "h" }).fit([1, 2, 3]);
    const z = Array.from(e.transform([1, 2, 3]));
    const expected = 1 / Math.sqrt(2 / 3); // (3 - 2) / sqrt(((1-2)² + 0 + (3-2)²) / 3)
    expect(z[0]).toBeCloseTo(-expected, 6);
    expect(z[1]).toBeCloseTo(0, 6);
    expect(z[2]).toBeCloseTo(expected, 6);
    expect(e.explain()).toBe("Centred and scaled: (x − 2) / 0.816, so h = 2 → 0 and 2.816 → 1.");
  });

  it("ratio with log: ln first, so 1, 10, 100 are evenly spaced", () => {
    const e = createEncoder({ level: "ratio", name: "mass", transform: "log" }).fit([1, 10, 100]);
    const z = Array.from(e.transform([1, 10, 100]));
    expect(z[1]).toBeCloseTo(0, 6);
    expect(z[2]! - z[1]!).toBeCloseTo(z[1]! - z[0]!, 6);
    expect(z[2]).toBeCloseTo(Math.sqrt(3 / 2), 5);
    expect(e.featureNames).toEqual(["log(mass)"]);
  });

  it("inverse(transform(x)) ≈ x to float32 precision (property)", () => {
    const cases = [
      new NumericEncoder({ level: "interval" }),
      new NumericEncoder({ level: "ratio", transform: "log1p" }),
      new NumericEncoder({ level: "ratio", transform: "log" }),
    ];
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0.001, max: 1e4, noNaN: true }), { minLength: 1, maxLength: 20 }), (xs) => {
        for (const e of cases) {
          e.fit(xs);
          // float32 keeps ~7 significant digits of z, so the error scales with the data's spread
          const tolerance = 1e-5 * Math.max(...xs);
          (e.inverse(e.transform(xs)) as number[]).forEach((x, i) =>
            expect(Math.abs(x - xs[i]!)).toBeLessThanOrEqual(tolerance),
          );
        }
      }),
      { numRuns: 50 },
    );
  });

  it("refuses negative ratio data, log of zero, and text, naming line, column and value", () => {
    const ratio = new NumericEncoder({ name: "ct", level: "ratio" }).fit([1, 2]);
    expect(() => ratio.transform([1, -3], { lines: [4, 9] })).toThrow(
      'At line 9, column "ct", value -3: ratio data has a natural zero and cannot be negative',
    );
    expect(() => new NumericEncoder({ level: "ratio", transform: "log" }).fit([0, 1])).toThrow(
      /the log of 0 is undefined. Use the "log1p" transform/,
    );
    expect(() => ratio.transform(["12kg"])).toThrow('At row 1, column "ct", value "12kg": expected a number.');
    expect(() => new NumericEncoder({ level: "interval", transform: "log" })).toThrow(
      /Option transform = "log" is not allowed/,
    );
  });

  it("never returns NaN: missing values raise or are imputed explicitly", () => {
    expect(() => new NumericEncoder({ name: "x" }).fit([1, null, 3])).toThrow(
      /At row 2, column "x".*the value is missing/,
    );
    const mean = new NumericEncoder({ missing: "mean" }).fit([1, null, 3]);
    expect(mean.inverse(mean.transform(["NA"]))[0]).toBeCloseTo(2, 5);
    const median = new NumericEncoder({ missing: "median" }).fit([1, 2, 10, ""]);
    expect(median.inverse(median.transform([Number.NaN]))[0]).toBeCloseTo(2, 5);
    const fixed = new NumericEncoder({ missing: { value: 0 } }).fit([2, 4]);
    expect(fixed.inverse(fixed.transform([null]))[0]).toBeCloseTo(0, 5);
    expect(Array.from(mean.transform([1, 2, 3])).every(Number.isFinite)).toBe(true);
  });

  it("keeps a constant column finite (SD 1) and round-trips through JSON", () => {
    const e = new NumericEncoder({ name: "c" }).fit([5, 5, 5]);
    expect(Array.from(e.transform([5, 6]))).toEqual([0, 1]);
    const r = encoderFromJSON(JSON.parse(JSON.stringify(e)));
    expect(Array.from(r.transform([7]))).toEqual([2]);
    expect(() => encoderFromJSON({ level: "ratio", name: "c", mean: 0, std: 0 })).toThrow(/"std" a positive number/);
  });
});
