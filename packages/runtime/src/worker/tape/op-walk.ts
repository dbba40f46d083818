import type { GraphRoles } from "@nudge/graph";
import type { NodeState, OpCursor, OpDirection } from "../../protocol.js";
import { runRows } from "./rows.js";
import type { Loaded } from "./tape-state.js";

/** The op-by-op walk over one sample: forward through every computed node, then backward. */
export interface OpWalk {
  schedule: { node: number; phase: "forward" | "backward" }[];
  forwardOps: number;
  index: number;
  values: number[];
  grads: number[];
  leaf: boolean[];
}

/** Evaluate the focus sample once and lay out the walk (no op done yet). */
export function startWalk(s: Loaded, focus: number): OpWalk {
  const { graph, data } = s;
  const { roles } = graph;
  const row = data.dataset ? data.train[Math.min(focus, data.train.length - 1)] : 0;
  runRows(s, data.dataset ? Int32Array.of(row) : null, true);
  const leaf = [...roles.leaf];
  const live = reaches(roles, roles.loss >= 0 ? roles.loss : roles.prediction);
  const forward = leaf.flatMap((isLeaf, i) => (isLeaf ? [] : [{ node: i, phase: "forward" as const }]));
  const backward = live.flatMap((isLive, i) => (isLive ? [{ node: i, phase: "backward" as const }] : [])).reverse();
  return {
    schedule: [...forward, ...backward],
    forwardOps: forward.length,
    index: 0,
    values: graph.nodeIds.map((_, i) => graph.value(i, 0)),
    grads: graph.nodeIds.map((_, i) => graph.grad(i, 0)),
    leaf,
  };
}

/** Which nodes' values reach `root` (a gradient flows back to them); nodes are in evaluation order. */
function reaches(roles: GraphRoles, root: number): boolean[] {
  const seen = roles.leaf.map(() => false);
  if (root < 0) return seen;
  seen[root] = true;
  for (let i = root; i >= 0; i--) {
    if (!seen[i]) continue;
    for (const j of roles.inputs[i]!) seen[j] = true;
  }
  return seen;
}

/** Move one op forward or back (clamped to the ends). */
export function moveWalk(walk: OpWalk, direction: OpDirection): void {
  walk.index = Math.max(0, Math.min(walk.schedule.length, walk.index + (direction === "back" ? -1 : 1)));
}

/** Where the walk stands. */
export function walkCursor(walk: OpWalk, nodeIds: readonly string[]): OpCursor {
  const total = walk.schedule.length;
  const last = walk.schedule[walk.index - 1];
  const phase =
    walk.index === 0 ? "start" : walk.index === total ? "done" : walk.index <= walk.forwardOps ? "forward" : "backward";
  return { index: walk.index, total, phase, ...(last ? { nodeId: nodeIds[last.node] } : {}) };
}

/** Node states as far as the walk has computed them (leaf values are known from the start). */
export function walkNodes(walk: OpWalk, nodeIds: readonly string[]): Record<string, NodeState> {
  const known = new Set(walk.schedule.slice(0, walk.index).map((op) => `${op.phase}:${op.node}`));
  const out: Record<string, NodeState> = {};
  nodeIds.forEach((id, i) => {
    out[id] = {
      value: walk.leaf[i] || known.has(`forward:${i}`) ? walk.values[i] : null,
      grad: known.has(`backward:${i}`) ? walk.grads[i] : null,
    };
  });
  return out;
}
