import type { GraphDoc, Problem } from "@nudge/graph";

/** A problem worded for a status line, naming its node as the learner does ("c", not "parameter-3"). */
export function problemLine(doc: GraphDoc, p: Pick<Problem, "message" | "nodeId">): string {
  if (!p.nodeId) return p.message;
  const node = doc.nodes.find((n) => n.id === p.nodeId);
  return `${p.message} (at ${node?.label ?? p.nodeId})`;
}
