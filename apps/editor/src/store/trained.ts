import type { Snapshot } from "@nudge/runtime";
import { getKind, type GraphDoc } from "@nudge/graph";

/** The document with the worker's trained weights and biases written into it (so a hand edit keeps the training so far). */
export function withTrainedValues(doc: GraphDoc, snap: Snapshot | null | undefined): GraphDoc {
  if (!snap || snap.step === 0) return doc;
  return {
    ...doc,
    edges: doc.edges.map((e) => (snap.edges[e.id] ? { ...e, weight: snap.edges[e.id]!.weight } : e)),
    nodes: doc.nodes.map((n) => {
      const name = getKind(n.kind)?.trainable;
      const value = snap.nodes[n.id]?.param;
      return name && value !== undefined && Number.isFinite(value)
        ? { ...n, params: { ...n.params, [name]: value } }
        : n;
    }),
  };
}
