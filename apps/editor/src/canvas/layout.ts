import type ElkConstructor from "elkjs/lib/elk.bundled.js";
import type { GraphDoc } from "../doc/types";
import { isBigNetwork } from "./derive";

type Elk = InstanceType<typeof ElkConstructor>;
let elk: Promise<Elk> | undefined;
/** elkjs is large: load it on the first layout, not with the page. */
const engine = () => (elk ??= import("elkjs/lib/elk.bundled.js").then((m) => new m.default()));

/** Lays the document out left to right in layers with elkjs; returns a new document with new positions. */
const SIZE: Record<string, { width: number; height: number }> = {
  neuron: { width: 190, height: 110 }, input: { width: 150, height: 60 }, output: { width: 170, height: 70 },
  loss: { width: 130, height: 60 }, dense: { width: 190, height: 90 }, constant: { width: 150, height: 70 }, parameter: { width: 150, height: 70 },
};
const sizeOf = (kind: string, measured?: { width?: number; height?: number }) =>
  measured?.width && measured.height ? { width: measured.width, height: measured.height } : (SIZE[kind] ?? { width: 190, height: 70 });

/** Node sizes as drawn, when known (React Flow's measurements), else an estimate per kind. */
export type Measured = Map<string, { width?: number; height?: number }>;

const MINI = { width: 52, height: 54 };

export async function autoLayout(doc: GraphDoc, measured: Measured = new Map()): Promise<GraphDoc> {
  const mini = isBigNetwork(doc);
  const size = (kind: string, id: string) => (mini && (kind === "neuron" || kind === "input") ? MINI : sizeOf(kind, measured.get(id)));
  const res = await (await engine()).layout({
    id: "root",
    layoutOptions: {
      "elk.algorithm": "layered", "elk.direction": doc.mode === "expression" ? "DOWN" : "RIGHT",
      "elk.layered.spacing.nodeNodeBetweenLayers": doc.mode === "expression" ? "36" : doc.mode === "layers" ? "100" : mini ? "220" : "150",
      "elk.spacing.nodeNode": doc.mode === "expression" ? "44" : mini ? "8" : "24",
      "elk.edgeRouting": "POLYLINE", "elk.layered.spacing.edgeEdgeBetweenLayers": "0", "elk.layered.spacing.edgeNodeBetweenLayers": "0",
      "elk.layered.nodePlacement.strategy": "NETWORK_SIMPLEX", "elk.layered.considerModelOrder.strategy": "NODES_AND_EDGES",
      "elk.layered.crossingMinimization.forceNodeModelOrder": "true",
    },
    children: doc.nodes.map((n) => ({ id: n.id, ...size(n.kind, n.id) })),
    edges: doc.edges.map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] })),
  });
  const pos = new Map((res.children ?? []).map((c) => [c.id, { x: Math.round(c.x ?? 0), y: Math.round(c.y ?? 0) }]));
  return { ...doc, nodes: doc.nodes.map((n) => ({ ...n, position: pos.get(n.id) ?? n.position })) };
}
