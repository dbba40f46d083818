import { describe, expect, it } from "vitest";
import { defaultParams, kindSymbol, nodeKinds } from "./registry.js";

describe("display facts in the kind spec", () => {
  it("gives every kind a view family and every op a glyph", () => {
    for (const spec of Object.values(nodeKinds)) {
      expect(spec.display.view, spec.kind).toMatch(/^[a-z][a-z-]*$/);
      if (spec.display.view === "op")
        expect(kindSymbol({ kind: spec.kind, params: defaultParams(spec.kind) }), spec.kind).not.toBe("");
    }
  });

  it("reads parameterised glyphs from the node's params", () => {
    expect(kindSymbol({ kind: "pow", params: { exponent: 3 } })).toBe("**3");
    expect(kindSymbol({ kind: "pow", params: {} })).toBe("**2");
    expect(kindSymbol({ kind: "activation", params: { fn: "relu" } })).toBe("relu");
    expect(kindSymbol({ kind: "mul", params: {} })).toBe("*");
    expect(kindSymbol({ kind: "neuron", params: {} })).toBe("");
    expect(kindSymbol({ kind: "toString", params: {} })).toBe("");
  });
});
