import { createTemplate } from "@nudge/graph";
import { describe, expect, it } from "vitest";
import { evaluateExpression, expressionRoot, finiteDifference } from "../src/expression/evaluate";

describe("expression evaluation for 'check my gradient'", () => {
  it("reproduces micrograd's README numbers: g = 24.7041, dg/da = 138.8338, dg/db = 645.5773", () => {
    const doc = createTemplate("micrograd-readme");
    const root = expressionRoot(doc)!;
    expect(evaluateExpression(doc).get(root)).toBeCloseTo(24.7041, 4);
    expect(finiteDifference(doc, "a")).toBeCloseTo(138.8338, 3);
    expect(finiteDifference(doc, "b")).toBeCloseTo(645.5773, 3);
  });

  it("gives a*b + c's gradients: d/da = b, d/db = a, d/dc = 1", () => {
    const doc = createTemplate("abc");
    expect(finiteDifference(doc, "a")).toBeCloseTo(-3, 6);
    expect(finiteDifference(doc, "b")).toBeCloseTo(2, 6);
    expect(finiteDifference(doc, "c")).toBeCloseTo(1, 6);
  });

  it("matches the micrograd lecture neuron: o = 0.7071, do/dx1 = -1.5 (w1 * (1 - o²))", () => {
    const doc = createTemplate("micrograd-neuron");
    expect(evaluateExpression(doc).get("o")).toBeCloseTo(Math.SQRT1_2, 4);
    expect(finiteDifference(doc, "x1")).toBeCloseTo(-1.5, 4);
    expect(finiteDifference(doc, "w1")).toBeCloseTo(1, 4);
  });

  it("says why when there is no single final node", () => {
    const doc = createTemplate("abc");
    const two = { ...doc, nodes: [...doc.nodes, { id: "z", kind: "parameter", position: { x: 0, y: 0 }, params: { value: 1 } }] };
    expect(() => finiteDifference(two, "a")).toThrow(/exactly one final node/);
  });
});
