import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeFloats, encodeFloats } from "./floats.js";

describe("encodeFloats", () => {
  it("round-trips any doubles exactly (d) and as Math.fround (f)", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: false }), { maxLength: 50 }), (values) => {
        expect(decodeFloats(encodeFloats(values, "d"), values.length)).toEqual(values);
        expect(decodeFloats(encodeFloats(values, "f"), values.length)).toEqual(values.map(Math.fround));
      }),
      { numRuns: 300 },
    );
  });

  it("writes little-endian IEEE bytes in base64url, as Node's Buffer does", () => {
    const values = [1, -2.5, 6.881373587019543, 1e-300];
    const bytes = Buffer.alloc(values.length * 8);
    values.forEach((v, i) => bytes.writeDoubleLE(v, i * 8));
    expect(encodeFloats(values, "d")).toBe(`d${bytes.toString("base64url")}`);
  });

  it("returns null for a wrong count, a foreign alphabet or an unknown precision", () => {
    const text = encodeFloats([1, 2, 3], "f");
    expect(decodeFloats(text, 2)).toBeNull();
    expect(decodeFloats(`${text}A`, 3)).toBeNull();
    expect(decodeFloats(`x${text.slice(1)}`, 3)).toBeNull();
    expect(decodeFloats(`${text.slice(0, -1)}+`, 3)).toBeNull();
  });
});
