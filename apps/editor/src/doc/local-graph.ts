import { localKinds, type KindView } from "./registry";
import type { Connection, ConnectResult, GraphDoc } from "./types";

/** Fallback for @nudge/graph's `canConnect`: ports exist, no self-loop, no duplicate, single inputs, no cycle. */
export function localCanConnect(doc: GraphDoc, c: Connection, kinds: KindView[] = localKinds): ConnectResult {
  const src = doc.nodes.find((n) => n.id === c.source);
  const dst = doc.nodes.find((n) => n.id === c.target);
  if (!src || !dst) return { ok: false, reason: "One end of this wire is not on the canvas." };
  if (src.id === dst.id) return { ok: false, reason: "A node cannot feed itself." };
  const dk = kinds.find((k) => k.kind === dst.kind);
  const port = dk?.inputs.find((p) => p.name === c.targetHandle);
  if (!port) return { ok: false, reason: `${dk?.label ?? dst.kind} has no input "${c.targetHandle}".` };
  if (doc.edges.some((e) => e.source === c.source && e.target === c.target && e.targetHandle === c.targetHandle))
    return { ok: false, reason: "These two ports are already wired." };
  if (!port.multi && doc.edges.some((e) => e.target === c.target && e.targetHandle === c.targetHandle))
    return { ok: false, reason: `Input "${port.label}" of ${dst.label ?? dst.id} already has a wire; delete it first.` };
  const seen = new Set<string>();
  const stack = [c.target];
  while (stack.length) {
    const id = stack.pop()!;
    if (id === c.source) return { ok: false, reason: "This wire would make a loop; values must flow one way." };
    if (seen.has(id)) continue;
    seen.add(id);
    for (const e of doc.edges) if (e.source === id) stack.push(e.target);
  }
  return { ok: true };
}
