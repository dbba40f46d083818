import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { encoderFromJSON } from "./create.js";
import { OrdinalEncoder } from "./ordinal.js";

describe("OrdinalEncoder", () => {
  it("rank code: declared levels become 0, 1, 2", () => {
    const e = new OrdinalEncoder({ name: "severity", levels: ["low", "mid", "high"] }).fit([]);
    expect(Array.from(e.transform(["high", "low", "mid"]))).toEqual([2, 0, 1]);
    expect(e.featureNames).toEqual(["severity (rank)"]);
    expect(e.explain("mid")).toBe("mid → [1]");
  });

  it("thermometer code: level i has i leading ones", () => {
    const e = new OrdinalEncoder({ name: "s", levels: ["low", "mid", "high"], code: "thermometer" }).fit([]);
    expect(Array.from(e.transform(["low", "mid", "high"]))).toEqual([0, 0, 1, 0, 1, 1]);
    expect(e.featureNames).toEqual(["s≥mid", "s≥high"]);
    expect(e.explain()).toBe('Ordered levels of "s" as thermometer code: low → [0, 0], mid → [1, 0], high → [1, 1].');
  });

  it("inverse(transform(x)) == x for both codes (property)", () => {
    const levels = ["none", "mild", "moderate", "severe"];
    for (const code of ["rank", "thermometer"] as const) {
      const e = new OrdinalEncoder({ levels, code }).fit([]);
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...levels)), (xs) => {
          expect(e.inverse(e.transform(xs))).toEqual(xs);
        }),
      );
    }
  });

  it("learns the order of numbers and of known word scales; otherwise asks for levels", () => {
    expect(Array.from(new OrdinalEncoder().fit([10, 2, 5]).transform([2, 5, 10]))).toEqual([0, 1, 2]);
    expect(new OrdinalEncoder().fit(["High", "low", "Medium"]).toJSON().levels).toEqual(["low", "Medium", "High"]);
    expect(() => new OrdinalEncoder().fit(["b", "a"], { column: "grade" })).toThrow(
      'Column "grade" is ordinal but its order is not known: declare levels, lowest first (values seen: "b", "a").',
    );
  });

  it("refuses a value outside the levels, naming the place", () => {
    const e = new OrdinalEncoder({ name: "s", levels: ["low", "high"] }).fit([]);
    expect(() => e.transform(["low", "huge"], { lines: [2, 3] })).toThrow(
      'At line 3, column "s", value "huge": this is not one of the declared levels ("low", "high").',
    );
  });

  it("round-trips through JSON", () => {
    const e = new OrdinalEncoder({ name: "s", levels: ["a", "b", "c"], code: "thermometer", missing: "mode" }).fit([
      "b",
      "b",
      null,
    ]);
    const r = encoderFromJSON(JSON.parse(JSON.stringify(e.toJSON())));
    expect(Array.from(r.transform([null, "c"]))).toEqual([1, 0, 1, 1]);
  });
});
