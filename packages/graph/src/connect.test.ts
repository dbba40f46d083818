import { describe, expect, it } from "vitest";
import { canConnect } from "./connect.js";
import { inferShapes } from "./shapes.js";
import { createTemplate } from "./templates/index.js";
import type { GraphDoc } from "./schema/types.js";

const abc = createTemplate("abc");
const code = (doc: GraphDoc, c: Parameters<typeof canConnect>[1]) => {
  const r = canConnect(doc, c);
  return r.ok ? "ok" : r.code;
};

describe("canConnect", () => {
  it("accepts a free port and refuses a self-loop, a cycle and a used port", () => {
    const doc: GraphDoc = {
      ...abc,
      nodes: [...abc.nodes, { id: "t", kind: "tanh", position: { x: 0, y: 0 }, params: {} }],
    };
    expect(code(doc, { source: "d", target: "t", sourceHandle: "out", targetHandle: "x" })).toBe("ok");
    expect(code(doc, { source: "d", target: "d", sourceHandle: "out", targetHandle: "a" })).toBe("self-loop");
    expect(code(doc, { source: "d", target: "e", sourceHandle: "out", targetHandle: "a" })).toBe("port-used");
    const open: GraphDoc = { ...doc, edges: doc.edges.filter((e) => e.target !== "e" || e.targetHandle !== "b") };
    expect(code(open, { source: "d", target: "e", sourceHandle: "out", targetHandle: "b" })).toBe("cycle");
    expect(code(doc, { source: "a", target: "e", sourceHandle: "out", targetHandle: "a" })).toBe("duplicate-edge");
  });

  it("defaults null handles to the first port and rejects unknown ports", () => {
    const doc: GraphDoc = {
      ...abc,
      nodes: [...abc.nodes, { id: "t", kind: "tanh", position: { x: 0, y: 0 }, params: {} }],
    };
    expect(code(doc, { source: "d", target: "t", sourceHandle: null, targetHandle: null })).toBe("ok");
    expect(code(doc, { source: "d", target: "t", sourceHandle: "out", targetHandle: "zz" })).toBe("unknown-port");
  });

  it("refuses type mismatches: a prediction into a neuron, a number into a loss", () => {
    const doc = createTemplate("logistic-regression");
    doc.nodes.push({ id: "n2", kind: "neuron", position: { x: 0, y: 0 }, params: {} });
    const r = canConnect(doc, { source: "y1", target: "n2", sourceHandle: "out", targetHandle: "in" });
    expect(r).toMatchObject({ ok: false, code: "type-mismatch" });
    expect(!r.ok && r.reason).toContain("prediction");
    expect(code(doc, { source: "x1", target: "loss", sourceHandle: "out", targetHandle: "pred" })).toBe(
      "type-mismatch",
    );
  });

  it("refuses a shape mismatch: a vector into a scalar op", () => {
    const doc = createTemplate("moons-layers");
    doc.nodes.push({ id: "act", kind: "activation", position: { x: 0, y: 0 }, params: { fn: "relu" } });
    expect(code(doc, { source: "l1", target: "act", sourceHandle: "out", targetHandle: "x" })).toBe("ok");
    doc.nodes.push({ id: "d", kind: "dense", position: { x: 0, y: 0 }, params: { units: 4 } });
    doc.nodes.push({ id: "n", kind: "neuron", position: { x: 0, y: 0 }, params: {} });
    expect(code(doc, { source: "l1", target: "n", sourceHandle: "out", targetHandle: "in" })).toBe("shape-mismatch");
  });
});

describe("inferShapes", () => {
  it("gives every edge of the layer template its per-sample shape", () => {
    const shapes = inferShapes(createTemplate("moons-layers"));
    expect(Object.fromEntries(shapes)).toEqual({
      "x-l1-in": [2],
      "l1-l2-in": [16],
      "l2-l3-in": [16],
      "l3-y-in": [1],
      "y-loss-pred": [1],
    });
  });

  it("gives scalars on every edge of a neuron graph", () => {
    const doc = createTemplate("xor");
    const shapes = inferShapes(doc);
    expect(shapes.size).toBe(doc.edges.length);
    for (const s of shapes.values()) expect(s).toEqual([]);
  });
});
