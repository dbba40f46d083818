import { topologicalOrder } from "./topo.js";
import type { Value } from "./value.js";

/** One node of {@link toGraph}: `id` is its index in topological order. */
export interface GraphNode {
  id: number;
  label: string;
  op: string;
  data: number;
  grad: number;
}

/** An edge from an operand (`from`) into the node that uses it (`to`); `port` is 0 or 1 (operand position). */
export interface GraphEdge {
  from: number;
  to: number;
  port: number;
}

/** The expression graph as plain data. */
export interface GraphData {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** The Value behind each node id, so a drawing can be refreshed after `backward()`. */
  values: Value[];
}

/**
 * The graph under `root` as nodes and edges, ready to draw (micrograd's `draw_dot`, as data).
 * @example
 * const { nodes, edges } = toGraph(a.mul(b).add(c)); // 5 nodes, 4 edges
 */
export function toGraph(root: Value): GraphData {
  const values = topologicalOrder(root);
  const ids = new Map<Value, number>();
  values.forEach((v, i) => ids.set(v, i));
  const nodes: GraphNode[] = values.map((v, id) => ({ id, label: v.label, op: v.op, data: v.data, grad: v.grad }));
  const edges: GraphEdge[] = [];
  values.forEach((v, to) => {
    v.children.forEach((c, port) => edges.push({ from: ids.get(c)!, to, port }));
  });
  return { nodes, edges, values };
}
