import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { EncoderError } from "../errors.js";
import { encoderFromJSON } from "./create.js";
import { NominalEncoder } from "./nominal.js";

describe("NominalEncoder (one-hot)", () => {
  const base = new NominalEncoder({ name: "base" }).fit(["T", "A", "G", "C", "A"]);

  it("one-hot encodes over sorted categories, as in the course table (Adenine → [1, 0, 0, 0])", () => {
    expect(base.width).toBe(4);
    expect(base.featureNames).toEqual(["base=A", "base=C", "base=G", "base=T"]);
    expect(Array.from(base.transform(["G", "A"]))).toEqual([0, 0, 1, 0, 1, 0, 0, 0]);
    expect(base.explain("A")).toBe("A → [1, 0, 0, 0]");
    expect(base.explain()).toBe('One-hot over 4 categories of "base": A → [1, 0, 0, 0].');
    const adenine = new NominalEncoder({ categories: ["Adenine", "Cytosine", "Guanine", "Thymine"] }).fit([]);
    expect(adenine.explain("Adenine")).toBe("Adenine → [1, 0, 0, 0]");
  });

  it("inverse(transform(x)) == x for any values of the fitted categories (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("A", "C", "G", "T")), (xs) => {
        expect(base.inverse(base.transform(xs))).toEqual(xs);
      }),
    );
  });

  it("refuses an unseen category naming line, column and value, or maps it to an other slot", () => {
    expect(() => base.transform(["A", "X"], { column: "base", lines: [5, 6] })).toThrow(
      'At line 6, column "base", value "X": this category was not seen when fitting (known: "A", "C", "G", "T")',
    );
    const other = new NominalEncoder({ name: "base", unseen: "other" }).fit(["A", "C"]);
    expect(Array.from(other.transform(["X", "C"]))).toEqual([0, 0, 1, 0, 1, 0]);
    expect(other.featureNames).toEqual(["base=A", "base=C", "base=(other)"]);
    expect(other.inverse(other.transform(["X"]))).toEqual(["(other)"]);
  });

  it("missing values: error by default (naming the row), or mode, own category, or a fixed value", () => {
    const e = (() => {
      try {
        new NominalEncoder({ name: "tissue" }).fit(["leaf", "root"]).transform(["leaf", "NA"]);
      } catch (err) {
        return err as EncoderError;
      }
    })();
    expect(e?.code).toBe("MISSING_VALUE");
    expect(e?.message).toMatch(/^At row 2, column "tissue", value "NA": the value is missing/);
    const mode = new NominalEncoder({ missing: "mode" }).fit(["b", "a", "b", null]);
    expect(Array.from(mode.transform([null]))).toEqual([0, 1]);
    const own = new NominalEncoder({ missing: "category" }).fit(["a", ""]);
    expect(own.featureNames).toEqual(["value=a", "value=(missing)"]);
    expect(Array.from(own.transform([""]))).toEqual([0, 1]);
    const fixed = new NominalEncoder({ missing: { value: "a" } }).fit(["a", "b"]);
    expect(Array.from(fixed.transform([undefined]))).toEqual([1, 0]);
    expect(() => new NominalEncoder({ missing: "mean" })).toThrow(/Option missing = "mean" is not allowed/);
  });

  it("round-trips through JSON and refuses to work before fit", () => {
    const restored = encoderFromJSON(JSON.parse(JSON.stringify(base)));
    expect(Array.from(restored.transform(["T"]))).toEqual([0, 0, 0, 1]);
    expect(restored.toJSON()).toEqual(base.toJSON());
    expect(() => new NominalEncoder({ name: "x" }).transform(["a"])).toThrow(
      'The nominal "x" encoder is not fitted yet',
    );
    expect(() => encoderFromJSON({ level: "nominal", name: "x", categories: [1] })).toThrow(
      /"categories" must be a list of strings/,
    );
  });

  it('treats numbers and their text alike (3 and "3.0")', () => {
    const e = new NominalEncoder().fit([3, 1, 2]);
    expect(Array.from(e.transform(["3.0"]))).toEqual([0, 0, 1]);
  });
});

describe("NominalEncoder refit", () => {
  it("learns the categories again on a second fit, but keeps declared ones", () => {
    const e = new NominalEncoder().fit(["a", "b"]).fit(["x", "y", "z"]);
    expect(e.featureNames).toEqual(["value=x", "value=y", "value=z"]);
    const declared = new NominalEncoder({ categories: ["b", "a"] }).fit(["a"]);
    expect(Array.from(declared.transform(["a"]))).toEqual([0, 1]);
  });
});
