import { textVocab } from "@nudge/datasets";
import { toyInfo } from "./schema/constants.js";
import type { DataChoice, DocEdge, DocNode, GraphDoc } from "./schema/types.js";

/** Lookup tables over a document, built once per call. */
export interface GraphIndex {
  nodes: Map<string, DocNode>;
  incoming: Map<string, DocEdge[]>;
  outgoing: Map<string, DocEdge[]>;
  /** Nodes in topological order; nodes on or behind a cycle are missing. */
  order: DocNode[];
  /** Ids of nodes that could not be ordered (on or downstream of a cycle). */
  cyclic: Set<string>;
}

/** Number of features per sample of the document's data set (0 without data). */
export function featureCount(data: DataChoice): number {
  return data.kind === "toy" ? toyInfo[data.name].features : 0;
}

/** Characters in a text choice's vocabulary, `.` included (the names: 27); 0 for other data or a bad word list. */
export function vocabSize(data: DataChoice): number {
  if (data.kind !== "text") return 0;
  try {
    return textVocab(data).size;
  } catch {
    return 0; // the schema names the bad line; shapes just stay unknown
  }
}

/** Number of classes of a classification data set (blobs and spiral default to 3), 0 otherwise. */
export function classCount(data: DataChoice): number {
  if (data.kind !== "toy" || toyInfo[data.name].task !== "classification") return 0;
  return data.name === "blobs" || data.name === "spiral" ? (data.classes ?? 3) : 2;
}

/** Builds the lookup tables; edges whose ends do not exist are left out of them. */
export function indexGraph(doc: Pick<GraphDoc, "nodes" | "edges">): GraphIndex {
  const nodes = new Map<string, DocNode>();
  for (const node of doc.nodes) if (!nodes.has(node.id)) nodes.set(node.id, node);
  const incoming = new Map<string, DocEdge[]>();
  const outgoing = new Map<string, DocEdge[]>();
  for (const node of nodes.keys()) {
    incoming.set(node, []);
    outgoing.set(node, []);
  }
  for (const edge of doc.edges) {
    if (!nodes.has(edge.source) || !nodes.has(edge.target)) continue;
    incoming.get(edge.target)!.push(edge);
    outgoing.get(edge.source)!.push(edge);
  }
  const pending = new Map([...nodes.keys()].map((id) => [id, incoming.get(id)!.length]));
  const queue = [...nodes.keys()].filter((id) => pending.get(id) === 0);
  const order: DocNode[] = [];
  for (let i = 0; i < queue.length; i += 1) {
    const id = queue[i]!;
    order.push(nodes.get(id)!);
    for (const edge of outgoing.get(id)!) {
      const left = pending.get(edge.target)! - 1;
      pending.set(edge.target, left);
      if (left === 0) queue.push(edge.target);
    }
  }
  const placed = new Set(order.map((n) => n.id));
  const cyclic = new Set([...nodes.keys()].filter((id) => !placed.has(id)));
  return { nodes, incoming, outgoing, order, cyclic };
}

/** True when `to` can be reached from `from` along edges. */
export function reaches(index: GraphIndex, from: string, to: string): boolean {
  const seen = new Set<string>();
  const stack = [from];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (id === to) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const edge of index.outgoing.get(id) ?? []) stack.push(edge.target);
  }
  return false;
}

/** Incoming edges of a node on one port, in document order. */
export function inputsOn(index: GraphIndex, nodeId: string, port: string): DocEdge[] {
  return (index.incoming.get(nodeId) ?? []).filter((edge) => edge.targetHandle === port);
}
