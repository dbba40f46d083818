import type ElkConstructor from "elkjs/lib/elk.bundled.js";
import { getKind, type DocNode, type GraphDoc } from "@nudge/graph";
import { isBigNetwork } from "./derive";

type Elk = InstanceType<typeof ElkConstructor>;
let elk: Promise<Elk> | undefined;
/** elkjs is large: load it on the first layout, not with the page. */
const engine = () => (elk ??= import("elkjs/lib/elk.bundled.js").then((m) => new m.default()));

const ESTIMATE = { width: 190, height: 70 };

/** Node sizes as drawn, when known (React Flow's measurements), else an estimate per kind. */
export type Measured = Map<string, { width?: number; height?: number }>;

const MINI = { width: 52, height: 54 };

/** Lays the document out left to right in layers with elkjs; returns a new document with new positions. */
export async function autoLayout(doc: GraphDoc, measured: Measured = new Map()): Promise<GraphDoc> {
  const mini = isBigNetwork(doc);
  const size = (node: DocNode) => {
    const display = getKind(node.kind)?.display;
    if (mini && display?.tile) return MINI;
    const m = measured.get(node.id);
    return m?.width && m.height ? { width: m.width, height: m.height } : (display?.size ?? ESTIMATE);
  };
  const res = await (
    await engine()
  ).layout({
    id: "root",
    layoutOptions: {
      "elk.algorithm": "layered",
      "elk.direction": doc.mode === "expression" ? "DOWN" : "RIGHT",
      "elk.layered.spacing.nodeNodeBetweenLayers":
        doc.mode === "expression" ? "36" : doc.mode === "layers" ? "100" : mini ? "220" : "60",
      "elk.spacing.nodeNode": doc.mode === "expression" ? "44" : mini ? "8" : "24",
      "elk.edgeRouting": "POLYLINE",
      "elk.layered.spacing.edgeEdgeBetweenLayers": "0",
      "elk.layered.spacing.edgeNodeBetweenLayers": "0",
      "elk.layered.nodePlacement.strategy": "NETWORK_SIMPLEX",
      "elk.layered.considerModelOrder.strategy": "NODES_AND_EDGES",
      "elk.layered.crossingMinimization.forceNodeModelOrder": "true",
    },
    children: doc.nodes.map((n) => ({ id: n.id, ...size(n) })),
    edges: doc.edges.map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] })),
  });
  const pos = new Map((res.children ?? []).map((c) => [c.id, { x: Math.round(c.x ?? 0), y: Math.round(c.y ?? 0) }]));
  return { ...doc, nodes: doc.nodes.map((n) => ({ ...n, position: pos.get(n.id) ?? n.position })) };
}
