import type { EdgeState, NodeState, Problem, Snapshot, TrainerStatus, ViewSettings } from "../protocol.js";
import { predictedClass } from "./engine/ops.js";
import type { PlanEvaluator } from "./engine/evaluator.js";
import { gridMaps, layerStats } from "./views.js";
import { walkCursor, walkNodes, type OpWalk } from "./op-walk.js";
import { effectiveL2, type Loaded } from "./session.js";

/** Loss and accuracy over some rows, leaving the model evaluated on them. */
function evaluate(s: Loaded, rows: Int32Array, withGrads: boolean): { loss: number; accuracy?: number } {
  const { model, data, plan } = s;
  const dataset = data.dataset;
  model.setBatch({ features: dataset?.features ?? new Float32Array(0), targets: dataset?.targets ?? new Float32Array(0), dim: data.dim, rows: dataset ? rows : null, count: dataset ? rows.length : 1 });
  const l2 = effectiveL2(s);
  const loss = model.forward(l2);
  if (withGrads) model.backward(l2);
  if (!dataset || dataset.task !== "classification" || !plan.lossKind) return { loss };
  let right = 0;
  const preds = new Float64Array(plan.outputs.length);
  for (let b = 0; b < rows.length; b++) {
    plan.outputs.forEach((o, j) => (preds[j] = model.value(o, b)));
    if (predictedClass(plan.lossKind, preds) === model.target(b)) right++;
  }
  return { loss, accuracy: right / rows.length };
}

function nodeStates(model: PlanEvaluator, focus: number, means: boolean): Record<string, NodeState> {
  const out: Record<string, NodeState> = {};
  const count = model.count;
  model.nodeIds.forEach((id, i) => {
    const state: NodeState = { value: model.value(i, focus), grad: model.grad(i, focus) };
    if (means) {
      let v = 0;
      let g = 0;
      for (let b = 0; b < count; b++) { v += model.value(i, b); g += model.grad(i, b); }
      state.meanValue = v / count;
      state.meanGrad = g / count;
    }
    out[id] = state;
  });
  return out;
}

function addParams(s: Loaded, nodes: Record<string, NodeState>): void {
  s.plan.paramOwners.forEach((o, k) => {
    const node = o.kind === "node" ? nodes[o.id] : undefined;
    if (node) {
      node.param = s.model.params[k];
      node.paramGrad = s.model.grads[k];
    }
  });
}

function edgeStates(s: Loaded): Record<string, EdgeState> {
  const out: Record<string, EdgeState> = {};
  s.plan.paramOwners.forEach((o, k) => {
    if (o.kind === "edge") out[o.id] = { weight: s.model.params[k], grad: s.model.grads[k] };
  });
  return out;
}

/** Everything the UI shows about the current state, and the buffers it may take ownership of. */
export interface BuiltSnapshot {
  snapshot: Snapshot;
  transfer: ArrayBuffer[];
}

/** Evaluate the train set (and test set, and grids for 2-D inputs) and package a snapshot. */
export function buildSnapshot(
  s: Loaded,
  meta: { seq: number; status: TrainerStatus; view: ViewSettings; stepsPerSecond: number; walk?: OpWalk; error?: Problem },
): BuiltSnapshot {
  const { view, walk } = meta;
  const transfer: ArrayBuffer[] = [];
  const test = s.data.test.length > 0 ? evaluate(s, s.data.test, false) : undefined;
  const train = evaluate(s, s.data.train, true);
  const focus = Math.min(view.focus ?? s.doc.focus ?? 0, s.model.count - 1);
  const nodes = walk ? walkNodes(walk, s.model.nodeIds) : nodeStates(s.model, Math.max(0, focus), s.data.dataset !== undefined);
  addParams(s, nodes);
  const stats = s.data.dataset ? layerStats(s) : undefined;
  const edges = edgeStates(s);
  const maps = gridMaps(s, view, transfer);
  const params = Float64Array.from(s.model.params);
  transfer.push(params.buffer);
  const snapshot: Snapshot = {
    seq: meta.seq,
    step: s.step,
    status: meta.status,
    loss: train.loss,
    learningRate: s.lr,
    stepsPerSecond: meta.stepsPerSecond,
    nodes,
    edges,
    params,
    ...(train.accuracy !== undefined ? { trainAccuracy: train.accuracy } : {}),
    ...(test ? { testLoss: test.loss, ...(test.accuracy !== undefined ? { testAccuracy: test.accuracy } : {}) } : {}),
    ...(stats ? { layerStats: stats } : {}),
    ...maps,
    ...(walk ? { op: walkCursor(walk, s.model.nodeIds) } : {}),
    ...(meta.error ? { error: meta.error } : {}),
  };
  return { snapshot, transfer };
}
