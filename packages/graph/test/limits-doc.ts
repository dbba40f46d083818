import { defaultTraining, limits } from "../src/index.js";
import type { GraphDoc } from "../src/index.js";

/**
 * A neuron document exactly at the node and edge limits in which every node lies on one cycle:
 * a ring n0 → n1 → … → n4999 → n0 plus chords i → i + k. Returns the document and the ring's
 * closing edge id (on the cycle by construction).
 */
export function cycleAtLimits(): { doc: GraphDoc; closing: string } {
  const n = limits.maxNodes;
  const nodes = Array.from({ length: n }, (_, i) => ({
    id: `n${i}`,
    kind: "neuron",
    position: { x: i, y: 0 },
    params: {},
  }));
  const edges = Array.from({ length: limits.maxEdges }, (_, i) => {
    const source = i % n;
    const target = (source + 1 + Math.floor(i / n)) % n;
    return {
      id: `e${i}`,
      source: `n${source}`,
      sourceHandle: "out",
      target: `n${target}`,
      targetHandle: "in",
      weight: 0.5,
    };
  });
  const doc: GraphDoc = {
    version: 1,
    title: "a cycle at the limits",
    mode: "expression",
    nodes,
    edges,
    data: { kind: "none" },
    training: defaultTraining(),
  };
  return { doc, closing: `e${n - 1}` };
}
