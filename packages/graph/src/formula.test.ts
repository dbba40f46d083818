import { describe, expect, it } from "vitest";
import { compile } from "./compile/index.js";
import { formatNumber, formulaWithValues, wireFormulaWithValues } from "./formula.js";
import { createTemplate } from "./templates/index.js";

describe("formulaWithValues", () => {
  it("shows the micrograd neuron's pieces with their numbers", () => {
    const doc = createTemplate("micrograd-neuron");
    const result = compile(doc);
    if (!result.ok || result.kind !== "tape") throw new Error("compile failed");
    result.graph.forward();
    const value = (id: string) => result.graph.value(result.graph.nodeIndex(id));
    expect(formulaWithValues(doc, "x1w1", value)).toBe("2·(−3) = −6");
    expect(formulaWithValues(doc, "o", value)).toBe("tanh(0.8814) = 0.7071");
    expect(formulaWithValues(doc, "x1", value)).toBe("x1 = 2");
  });

  it("writes a neuron as bias plus weighted inputs, using wire weights", () => {
    const doc = createTemplate("logistic-regression");
    doc.edges.filter((e) => e.target === "h1_1").forEach((e, i) => (e.weight = i === 0 ? 0.5 : -2));
    doc.nodes.find((n) => n.id === "h1_1")!.params.bias = 0.25;
    const values: Record<string, number> = { x1: 1, x2: 3 };
    expect(formulaWithValues(doc, "h1_1", (id) => values[id])).toBe("σ(0.25 + 0.5·1 + (−2)·3)");
  });

  it("shows a Power node's exponent, wired or not yet wired", () => {
    const doc = createTemplate("abc");
    doc.nodes.push({ id: "p", kind: "pow", position: { x: 0, y: 0 }, params: { exponent: 3 } });
    expect(formulaWithValues(doc, "p", () => undefined)).toBe("x^3");
    doc.edges.push({ id: "d-p", source: "d", sourceHandle: "out", target: "p", targetHandle: "x" });
    expect(formulaWithValues(doc, "p", (id) => (id === "d" ? 4 : id === "p" ? 64 : undefined))).toBe("4^3 = 64");
  });

  it("formats numbers with 4 significant digits and a real minus sign", () => {
    expect(formatNumber(-0.123456)).toBe("−0.1235");
    expect(formatNumber(24.70408)).toBe("24.7");
    expect(formulaWithValues(createTemplate("abc"), "nope", () => 1)).toBeUndefined();
  });

  it("writes a weighted wire as w·x with both numbers and their product", () => {
    const doc = createTemplate("logistic-regression");
    const wire = doc.edges.find((e) => e.target === "h1_1")!;
    const source = doc.nodes.find((n) => n.id === wire.source)!;
    const name = source.label ?? source.id;
    expect(wireFormulaWithValues(doc, wire.id, () => -0.3, 2.5)).toBe(`w·${name} = 2.5·(−0.3) = −0.75`);
    expect(wireFormulaWithValues(doc, wire.id, () => undefined, -2)).toBe(`w·${name} = (−2)·${name}`);
    const plain = createTemplate("abc").edges[0]!;
    expect(wireFormulaWithValues(createTemplate("abc"), plain.id, () => 2)).toMatch(/^\w+ = 2$/);
    expect(wireFormulaWithValues(doc, "nope", () => 1)).toBeUndefined();
    expect(() => wireFormulaWithValues({} as never, wire.id, () => 1)).toThrow(/wireFormulaWithValues/);
  });
});
