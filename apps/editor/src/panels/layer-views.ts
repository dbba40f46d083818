import type { GraphDoc } from "@nudge/graph";
import type { Snapshot } from "../training/snapshot";

/** What the Layers section draws for one layer of neurons. */
export interface LayerView {
  /** e.g. `"layer 1 · 16 tanh"`. */
  name: string;
  /** Short row name for the table, e.g. `"L1 tanh×16"`. */
  short: string;
  activation: string;
  /** The layer's outputs over the input plane (its neurons' output maps), or its focus-sample values without maps. */
  activations: Float32Array;
  /** Gradients of the weights on the wires into the layer. */
  weightGrads: Float32Array;
}

/** Collects, for each `layerStats` entry, the activation values and incoming weight gradients to histogram. */
export function layerViews(doc: GraphDoc, snap: Snapshot): LayerView[] {
  const nodes = new Map(doc.nodes.map((n) => [n.id, n]));
  return (snap.layerStats ?? []).map((layer, i) => {
    const fns = new Set(layer.nodeIds.map((id) => String(nodes.get(id)?.params.activation ?? "linear")));
    const activation = fns.size === 1 ? [...fns][0]! : "mixed";
    const maps = layer.nodeIds.map((id) => snap.nodeMaps?.[id]).filter((m): m is Float32Array => m !== undefined);
    let activations: Float32Array;
    if (maps.length === layer.nodeIds.length && maps.length > 0) {
      activations = new Float32Array(maps.reduce((s, m) => s + m.length, 0));
      let at = 0;
      for (const m of maps) {
        activations.set(m, at);
        at += m.length;
      }
    } else {
      activations = Float32Array.from(layer.nodeIds.map((id) => snap.nodes[id]?.value ?? Number.NaN));
    }
    const into = new Set(layer.nodeIds);
    const weightGrads = Float32Array.from(
      doc.edges.filter((e) => into.has(e.target) && snap.edges[e.id] !== undefined),
      (e) => snap.edges[e.id]!.grad,
    );
    return {
      name: `layer ${i + 1} · ${layer.nodeIds.length} ${activation}`,
      short: `L${i + 1} ${activation}×${layer.nodeIds.length}`,
      activation,
      activations,
      weightGrads,
    };
  });
}
