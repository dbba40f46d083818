import { describe, expect, it } from "vitest";
import type { GraphDoc } from "@nudge/graph";
import { layerViews } from "../src/panels/layer-views";
import type { Snapshot } from "../src/training/snapshot";

const node = (id: string, activation?: string) => ({
  id,
  kind: "neuron",
  position: { x: 0, y: 0 },
  params: activation ? { activation } : {},
});
const edge = (id: string, source: string, target: string) => ({
  id,
  source,
  sourceHandle: "out",
  target,
  targetHandle: "in",
});

describe("layer views for the Layers section", () => {
  const doc = {
    nodes: [node("x1"), node("h1", "tanh"), node("h2", "tanh"), node("y", "sigmoid")],
    edges: [edge("a", "x1", "h1"), edge("b", "x1", "h2"), edge("c", "h1", "y"), edge("d", "h2", "y")],
  } as unknown as GraphDoc;
  const stats = { activationMean: 0, activationStd: 1, saturated: 0, gradMean: 0, gradStd: 1, updateRatio: 1e-3 };
  const snap = {
    layerStats: [
      { ...stats, nodeIds: ["h1", "h2"] },
      { ...stats, nodeIds: ["y"] },
    ],
    nodeMaps: { h1: Float32Array.from([0.1, 0.2]), h2: Float32Array.from([-0.99, 0.5]) },
    nodes: { y: { value: 0.7, grad: 0.1 } },
    edges: {
      a: { weight: 1, grad: 0.5 },
      b: { weight: 1, grad: -0.25 },
      c: { weight: 1, grad: 2 },
      d: { weight: 1, grad: 3 },
    },
  } as unknown as Snapshot;

  it("joins the layer's output maps and collects the gradients of the wires into it", () => {
    const [hidden, out] = layerViews(doc, snap);
    expect(hidden!.name).toBe("layer 1 · 2 tanh");
    expect([...hidden!.activations]).toEqual([...Float32Array.from([0.1, 0.2, -0.99, 0.5])]);
    expect([...hidden!.weightGrads]).toEqual([0.5, -0.25]);
    expect([...out!.weightGrads]).toEqual([2, 3]);
  });

  it("falls back to the focus-sample values when a neuron has no output map", () => {
    const out = layerViews(doc, snap)[1]!;
    expect(out.activation).toBe("sigmoid");
    expect([...out.activations]).toEqual([Math.fround(0.7)]);
  });
});
