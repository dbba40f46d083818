import type { DocEdge, DocNode, GraphDoc } from "@nudge/graph";
import { edgeId, freshId } from "./ids";

/** What copy puts aside: the chosen nodes and the wires between them. */
export interface Clip {
  nodes: DocNode[];
  edges: DocEdge[];
}

export function copyNodes(doc: GraphDoc, ids: Iterable<string>): Clip {
  const set = new Set(ids);
  return {
    nodes: doc.nodes.filter((n) => set.has(n.id)).map((n) => structuredClone(n)),
    edges: doc.edges.filter((e) => set.has(e.source) && set.has(e.target)).map((e) => structuredClone(e)),
  };
}

/** Gives pasted nodes fresh ids, shifts them by `offset`, and rewires their inner edges. */
export function pasteClip(doc: GraphDoc, clip: Clip, offset = 40): { nodes: DocNode[]; edges: DocEdge[] } {
  const map = new Map<string, string>();
  const taken = new Set<string>();
  const nodes = clip.nodes.map((n) => {
    const id = freshId(doc, n.kind, taken);
    taken.add(id);
    map.set(n.id, id);
    return { ...structuredClone(n), id, position: { x: n.position.x + offset, y: n.position.y + offset } };
  });
  const edges = clip.edges.map((e) => {
    const source = map.get(e.source)!;
    const target = map.get(e.target)!;
    return { ...e, id: edgeId(source, e.sourceHandle, target, e.targetHandle), source, target };
  });
  return { nodes, edges };
}
