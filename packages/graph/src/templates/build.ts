import { defaultTraining } from "../schema/defaults.js";
import type {
  DataChoice,
  DocEdge,
  DocNode,
  GraphDoc,
  GraphMode,
  ParamValue,
  TrainingSettings,
} from "../schema/types.js";

/** A node before layout. */
export function n(id: string, kind: string, params: Record<string, ParamValue> = {}, label?: string): DocNode {
  return { id, kind, position: { x: 0, y: 0 }, params, ...(label === undefined ? {} : { label }) };
}

/** A wire from `source`'s "out" to `target`'s `port`. */
export function e(source: string, target: string, port: string, weight?: number): DocEdge {
  return {
    id: `${source}-${target}-${port}`,
    source,
    sourceHandle: "out",
    target,
    targetHandle: port,
    ...(weight === undefined ? {} : { weight }),
  };
}

/** Places nodes in columns by depth (longest path from a source; leaves just left of their first consumer), spread evenly in each column. */
export function layout(nodes: DocNode[], edges: DocEdge[], dx = 200, dy = 80): DocNode[] {
  const depth = new Map(nodes.map((node) => [node.id, 0]));
  for (let pass = 0; pass < nodes.length; pass += 1) {
    let changed = false;
    for (const edge of edges) {
      const next = (depth.get(edge.source) ?? 0) + 1;
      if (next > (depth.get(edge.target) ?? 0)) {
        depth.set(edge.target, next);
        changed = true;
      }
    }
    if (!changed) break;
  }
  for (const node of nodes) {
    const targets = edges.filter((edge) => edge.source === node.id).map((edge) => depth.get(edge.target) ?? 0);
    const isLeaf = !edges.some((edge) => edge.target === node.id);
    if (isLeaf && targets.length > 0) depth.set(node.id, Math.max(0, Math.min(...targets) - 1));
  }
  const columns = new Map<number, DocNode[]>();
  for (const node of nodes) {
    const d = depth.get(node.id) ?? 0;
    columns.set(d, [...(columns.get(d) ?? []), node]);
  }
  const tallest = Math.max(...[...columns.values()].map((c) => c.length));
  return nodes.map((node) => {
    const d = depth.get(node.id) ?? 0;
    const column = columns.get(d)!;
    const offset = ((tallest - column.length) * dy) / 2;
    return { ...node, position: { x: d * dx, y: offset + column.indexOf(node) * dy } };
  });
}

/** Assembles a laid-out GraphDoc. */
export function doc(
  title: string,
  mode: GraphMode,
  nodes: DocNode[],
  edges: DocEdge[],
  data: DataChoice,
  training: Partial<TrainingSettings> = {},
): GraphDoc {
  return { version: 1, title, mode, nodes: layout(nodes, edges), edges, data, training: defaultTraining(training) };
}
