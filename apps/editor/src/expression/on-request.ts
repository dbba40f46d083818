import { getKind, whyNotFinite, type GraphDoc } from "@nudge/graph";
import type { Snapshot } from "../training/snapshot";

/** The first node whose value became NaN or infinite there (not upstream), explained by @nudge/graph. */
function explained(s: Snapshot, doc: GraphDoc): Snapshot {
  if (s.error) return s;
  const valueOf = (id: string) => s.nodes[id]?.value;
  for (const node of doc.nodes) {
    const message = whyNotFinite(doc, node.id, valueOf);
    if (message)
      return { ...s, error: { code: "NON_FINITE", message, nodeId: node.id, nodeName: node.label ?? node.id } };
  }
  return s;
}

/**
 * Answers on request: an expression shows computed values and gradients only once the learner asks
 * (Forward, Backward, an op step: the snapshot then carries the op walk), and a NaN is explained at the
 * node where it arose. Until then, and again after an edit (which ends the walk), nodes show their leaf
 * numbers only. Networks are shown as they train.
 */
export function onRequest(s: Snapshot, doc: GraphDoc): Snapshot {
  if (doc.mode !== "expression") return s;
  if (s.op) return explained(s, doc);
  const leaf = new Set(doc.nodes.filter((n) => getKind(n.kind)?.leaf).map((n) => n.id));
  const nodes = Object.fromEntries(
    Object.entries(s.nodes).map(([id, n]) => [id, { ...n, value: leaf.has(id) ? n.value : null, grad: null }]),
  );
  return { ...s, nodes };
}
