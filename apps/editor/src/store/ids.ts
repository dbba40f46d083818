import type { GraphDoc } from "@nudge/graph";

/** A readable id not yet used in the document: `neuron-3`, `add-1`. */
export function freshId(doc: GraphDoc, prefix: string, taken: Set<string> = new Set()): string {
  const used = new Set([...doc.nodes.map((n) => n.id), ...doc.edges.map((e) => e.id), ...taken]);
  let i = 1;
  while (used.has(`${prefix}-${i}`)) i++;
  return `${prefix}-${i}`;
}

export function edgeId(source: string, sourceHandle: string, target: string, targetHandle: string): string {
  return `${source}.${sourceHandle}-${target}.${targetHandle}`;
}
