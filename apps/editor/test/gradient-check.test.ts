import { createTemplate } from "@nudge/graph";
import { describe, expect, it } from "vitest";
import { compileExpression, gradientByDifferences } from "../src/expression/gradient-check";

const fd = (id: string, name: Parameters<typeof createTemplate>[0]) => {
  const r = gradientByDifferences(compileExpression(createTemplate(name)), id);
  if (!("value" in r)) throw new Error(r.error);
  return r.value;
};

describe("check my gradient: central differences from @nudge/graph", () => {
  it("reproduces micrograd's README gradients: dg/da = 138.8338, dg/db = 645.5773", () => {
    const compiled = compileExpression(createTemplate("micrograd-readme"));
    expect(compiled.ok && compiled.graph.rootId).toBe("g");
    expect(fd("a", "micrograd-readme")).toBeCloseTo(138.8338, 3);
    expect(fd("b", "micrograd-readme")).toBeCloseTo(645.5773, 3);
  });

  it("gives a*b + c's gradients: d/da = b, d/db = a, d/dc = 1", () => {
    expect(fd("a", "abc")).toBeCloseTo(-3, 6);
    expect(fd("b", "abc")).toBeCloseTo(2, 6);
    expect(fd("c", "abc")).toBeCloseTo(1, 6);
  });

  it("matches the micrograd lecture neuron: do/dx1 = w1·(1 − o²) = −1.5, do/dw1 = x1·(1 − o²) = 1", () => {
    expect(fd("x1", "micrograd-neuron")).toBeCloseTo(-1.5, 4);
    expect(fd("w1", "micrograd-neuron")).toBeCloseTo(1, 4);
  });

  it("says why instead of throwing when the expression cannot be compiled or the node is not in it", () => {
    const doc = createTemplate("abc");
    const broken = { ...doc, edges: doc.edges.slice(1) };
    const r = gradientByDifferences(compileExpression(broken), "a");
    expect("error" in r && r.error).toMatch(/needs a wire. \(at e\)/);
    expect(gradientByDifferences(compileExpression(doc), "nope")).toEqual({
      error: "Node nope is not part of the expression.",
    });
  });
});
