import { getKind, type GraphDoc } from "@nudge/graph";
import type { ParamEdits } from "@nudge/runtime";

/**
 * The trainable numbers (wire weights, a node's bias or value) that differ between two documents
 * of the same structure, as `trainer.setParams` takes them; `undefined` when a number was removed
 * (a wire back to "random"), which only a reload can apply.
 */
export function paramChanges(before: GraphDoc, after: GraphDoc): ParamEdits | undefined {
  const edits: Required<ParamEdits> = { edges: {}, nodes: {} };
  const oldEdges = new Map(before.edges.map((e) => [e.id, e]));
  for (const e of after.edges) {
    const old = oldEdges.get(e.id);
    if (!old || old.weight === e.weight) continue;
    if (e.weight === undefined) return undefined;
    edits.edges[e.id] = e.weight;
  }
  const oldNodes = new Map(before.nodes.map((n) => [n.id, n]));
  for (const n of after.nodes) {
    const old = oldNodes.get(n.id);
    const own = getKind(n.kind)?.trainable;
    if (!old || !own || old.params[own] === n.params[own]) continue;
    const value = n.params[own];
    if (typeof value !== "number") return undefined;
    edits.nodes[n.id] = value;
  }
  return edits;
}

/** Whether a set of edits changes anything. */
export const hasEdits = (e: ParamEdits): boolean =>
  Object.keys(e.edges ?? {}).length + Object.keys(e.nodes ?? {}).length > 0;
