import { analyzeShapes, inferShapes, type GraphDoc } from "@nudge/graph";
import type { NudgeFlowEdge } from "../nodes/NudgeEdge";
import { nodeTypeOf, type NudgeFlowNode } from "../nodes/NudgeNode";

/** Neuron graphs with many nodes are drawn Playground-style: neurons as output-map tiles. */
export function isBigNetwork(doc: GraphDoc): boolean {
  return doc.mode === "neurons" && doc.nodes.length > 24;
}

/** React Flow nodes from the document, reusing the previous object when its DocNode did not change. */
export function deriveNodes(doc: GraphDoc, prev: NudgeFlowNode[]): NudgeFlowNode[] {
  const old = new Map(prev.map((n) => [n.id, n]));
  const vertical = doc.mode === "expression";
  const shapes = doc.mode === "layers" ? analyzeShapes(doc).nodes : undefined;
  const mini = isBigNetwork(doc);
  return doc.nodes.map((node) => {
    const p = old.get(node.id);
    const shape = shapes?.get(node.id)?.out;
    if (
      p &&
      p.data.node === node &&
      p.data.vertical === vertical &&
      p.data.mini === mini &&
      String(p.data.shape) === String(shape)
    )
      return p;
    return {
      id: node.id,
      type: nodeTypeOf(node),
      position: node.position,
      data: { node, vertical, shape, mini },
      selected: p?.selected,
      measured: p?.measured,
    };
  });
}

/** React Flow edges from the document, with the tensor shape for each wire's badge. */
export function deriveEdges(doc: GraphDoc, prev: NudgeFlowEdge[]): NudgeFlowEdge[] {
  const old = new Map(prev.map((e) => [e.id, e]));
  const shapes = inferShapes(doc);
  const compact = doc.edges.length > 40;
  const numbers = doc.edges.length <= 12;
  const painted = doc.mode !== "expression";
  const batch = doc.mode === "layers";
  return doc.edges.map((e) => {
    const p = old.get(e.id);
    const shape = shapes.get(e.id);
    const same = p && p.data?.weight === e.weight && String(p.data?.shape) === String(shape) && p.source === e.source;
    const look = p?.data?.compact === compact && p.data?.numbers === numbers && p.data?.painted === painted;
    if (same && look && p.data?.batch === batch) return p;
    return {
      id: e.id,
      type: "nudge",
      source: e.source,
      sourceHandle: e.sourceHandle,
      target: e.target,
      targetHandle: e.targetHandle,
      data: { weight: e.weight, shape, compact, numbers, painted, batch },
      selected: p?.selected,
    };
  });
}
