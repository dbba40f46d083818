import ELK from "elkjs/lib/elk.bundled.js";
import type { GraphDoc } from "../doc/types";

const elk = new ELK();

/** Lays the document out left to right in layers with elkjs; returns a new document with new positions. */
export async function autoLayout(doc: GraphDoc, size = { width: 150, height: 70 }): Promise<GraphDoc> {
  const res = await elk.layout({
    id: "root",
    layoutOptions: {
      "elk.algorithm": "layered", "elk.direction": "RIGHT",
      "elk.layered.spacing.nodeNodeBetweenLayers": "110", "elk.spacing.nodeNode": "28",
      "elk.layered.nodePlacement.strategy": "BRANDES_KOEPF",
    },
    children: doc.nodes.map((n) => ({ id: n.id, ...size })),
    edges: doc.edges.map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] })),
  });
  const pos = new Map((res.children ?? []).map((c) => [c.id, { x: Math.round(c.x ?? 0), y: Math.round(c.y ?? 0) }]));
  return { ...doc, nodes: doc.nodes.map((n) => ({ ...n, position: pos.get(n.id) ?? n.position })) };
}
