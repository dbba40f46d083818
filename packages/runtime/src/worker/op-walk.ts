import type { NodeState, OpCursor, OpDirection } from "../protocol.js";
import { reaches } from "./engine/plan.js";
import { effectiveL2, type Loaded } from "./session.js";

/** The op-by-op walk over one sample: forward through every computed node, then backward. */
export interface OpWalk {
  schedule: { node: number; phase: "forward" | "backward" }[];
  forwardOps: number;
  index: number;
  values: number[];
  grads: number[];
  leaf: boolean[];
}

const leafOps = new Set(["input", "const", "param"]);

/** Evaluate the focus sample once and lay out the walk (no op done yet). */
export function startWalk(s: Loaded, focus: number): OpWalk {
  const { model, plan, data } = s;
  const row = data.dataset ? data.train[Math.min(focus, data.train.length - 1)] : 0;
  model.setBatch({ features: data.dataset?.features ?? new Float32Array(0), targets: data.dataset?.targets ?? new Float32Array(0), dim: data.dim, rows: Int32Array.of(row), count: 1 });
  const l2 = effectiveL2(s);
  model.forward(l2);
  model.backward(l2);
  const leaf = plan.nodes.map((n) => leafOps.has(n.op));
  const root = plan.loss >= 0 ? plan.loss : plan.prediction;
  const live = reaches(plan, root);
  const forward = plan.nodes.flatMap((_, i) => (leaf[i] ? [] : [{ node: i, phase: "forward" as const }]));
  const backward = plan.nodes.flatMap((_, i) => (live[i] ? [{ node: i, phase: "backward" as const }] : [])).reverse();
  return {
    schedule: [...forward, ...backward],
    forwardOps: forward.length,
    index: 0,
    values: plan.nodes.map((_, i) => model.value(i, 0)),
    grads: plan.nodes.map((_, i) => model.grad(i, 0)),
    leaf,
  };
}

/** Move one op forward or back (clamped to the ends). */
export function moveWalk(walk: OpWalk, direction: OpDirection): void {
  walk.index = Math.max(0, Math.min(walk.schedule.length, walk.index + (direction === "back" ? -1 : 1)));
}

/** Where the walk stands. */
export function walkCursor(walk: OpWalk, nodeIds: readonly string[]): OpCursor {
  const total = walk.schedule.length;
  const last = walk.schedule[walk.index - 1];
  const phase = walk.index === 0 ? "start" : walk.index === total ? "done" : walk.index <= walk.forwardOps ? "forward" : "backward";
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
