import { getKind, type GraphDoc } from "@nudge/graph";
import type { Snapshot } from "../training/snapshot";

/**
 * Answers on request: an expression shows computed values and gradients only once the learner asks
 * (Forward, Backward, an op step: the snapshot then carries the op walk). Until then, and again after
 * an edit (which ends the walk), nodes show their leaf numbers only. Networks are shown as they train.
 */
export function onRequest(s: Snapshot, doc: GraphDoc): Snapshot {
  if (doc.mode !== "expression" || s.op) return s;
  const leaf = new Set(doc.nodes.filter((n) => getKind(n.kind)?.leaf).map((n) => n.id));
  const nodes = Object.fromEntries(
    Object.entries(s.nodes).map(([id, n]) => [id, { ...n, value: leaf.has(id) ? n.value : null, grad: null }]),
  );
  return { ...s, nodes };
}
