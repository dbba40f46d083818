import { createTemplate } from "@nudge/graph";
import { describe, expect, it } from "vitest";
import { deriveEdges, deriveNodes, isBigNetwork } from "../src/canvas/derive";
import { structureKey } from "../src/training/kept";

describe("React Flow elements derived from the document", () => {
  it("maps every node and wire 1:1, handles = port names, and keeps unchanged objects", () => {
    const doc = createTemplate("xor");
    const nodes = deriveNodes(doc, []);
    const edges = deriveEdges(doc, []);
    expect(nodes.map((n) => n.id)).toEqual(doc.nodes.map((n) => n.id));
    expect(edges.map((e) => [e.source, e.sourceHandle, e.target, e.targetHandle])).toEqual(
      doc.edges.map((e) => [e.source, e.sourceHandle, e.target, e.targetHandle]),
    );
    const moved = { ...doc, nodes: doc.nodes.map((n) => (n.id === "x1" ? { ...n, position: { x: 9, y: 9 } } : n)) };
    const again = deriveNodes(moved, nodes);
    expect(again.find((n) => n.id === "x1")).not.toBe(nodes.find((n) => n.id === "x1"));
    expect(again.find((n) => n.id === "x2")).toBe(nodes.find((n) => n.id === "x2"));
    expect(deriveEdges(moved, edges)[0]).toBe(edges[0]);
  });

  it("puts the inferred tensor shape on every wire", () => {
    const doc = createTemplate("moons-layers");
    const edges = deriveEdges(doc, []);
    expect(edges.every((e) => Array.isArray(e.data?.shape))).toBe(true);
    expect(edges.find((e) => e.source === "l1")!.data!.shape).toEqual([16]);
  });

  it("draws big neuron networks as tiles", () => {
    expect(isBigNetwork(createTemplate("moons-mlp"))).toBe(true);
    expect(isBigNetwork(createTemplate("xor"))).toBe(false);
  });
});

describe("what a kept training run belongs to", () => {
  it("ignores positions, titles, weights and biases (hand edits go to the worker), reacts to wiring and other params", () => {
    const doc = createTemplate("xor");
    const key = structureKey(doc);
    expect(
      structureKey({ ...doc, title: "x", nodes: doc.nodes.map((n) => ({ ...n, position: { x: 1, y: 2 } })) }),
    ).toBe(key);
    expect(structureKey({ ...doc, edges: doc.edges.map((e, i) => (i === 0 ? { ...e, weight: 0.123 } : e)) })).toBe(key);
    expect(
      structureKey({
        ...doc,
        nodes: doc.nodes.map((n) => (n.id === "h1_1" ? { ...n, params: { ...n.params, bias: 1 } } : n)),
      }),
    ).toBe(key);
    expect(structureKey({ ...doc, edges: doc.edges.slice(1) })).not.toBe(key);
    expect(
      structureKey({
        ...doc,
        nodes: doc.nodes.map((n) => (n.id === "h1_1" ? { ...n, params: { ...n.params, activation: "relu" } } : n)),
      }),
    ).not.toBe(key);
  });
});
