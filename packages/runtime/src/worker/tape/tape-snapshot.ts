import type { CompiledGraph } from "@nudge/graph";
import type { EdgeState, NodeState, ViewSettings } from "../../protocol.js";
import { accuracyOf, gatherFeatures, thresholdFor, toPredictions } from "../predictions.js";
import type { SnapshotPart } from "../session.js";
import { walkCursor, walkNodes, type OpWalk } from "./op-walk.js";
import { runRows } from "./rows.js";
import type { Loaded } from "./tape-state.js";
import { gridMaps, layerStats } from "./views.js";

/** Per-example predictions over some rows (class indices or values) and the accuracy they give. */
function predictRows(s: Loaded, rows: Int32Array): { predictions: Float32Array; accuracy?: number } | undefined {
  const { graph, data } = s;
  const dataset = data.dataset;
  const k = graph.outputCount;
  if (!dataset || k === 0) return undefined;
  const classify = dataset.task === "classification";
  const outputs = graph.predict(gatherFeatures(dataset, data.dim, rows), rows.length, data.dim);
  const predictions = toPredictions(outputs, k, classify, thresholdFor(graph.lossName));
  const accuracy = classify ? accuracyOf(predictions, dataset, rows) : undefined;
  return accuracy === undefined ? { predictions } : { predictions, accuracy };
}

/** Loss, accuracy and per-example predictions over some rows, leaving the graph evaluated on them. */
function evaluate(
  s: Loaded,
  rows: Int32Array,
  withGrads: boolean,
): { loss: number; accuracy?: number; predictions?: Float32Array } {
  const loss = runRows(s, s.data.dataset ? rows : null, withGrads);
  return { loss, ...predictRows(s, rows) };
}

function nodeStates(graph: CompiledGraph, focus: number, means: boolean): Record<string, NodeState> {
  const out: Record<string, NodeState> = {};
  const count = graph.count;
  graph.nodeIds.forEach((id, i) => {
    const state: NodeState = { value: graph.value(i, focus), grad: graph.grad(i, focus) };
    if (means) {
      let v = 0;
      let g = 0;
      for (let b = 0; b < count; b++) {
        v += graph.value(i, b);
        g += graph.grad(i, b);
      }
      state.meanValue = v / count;
      state.meanGrad = g / count;
    }
    out[id] = state;
  });
  return out;
}

function addParams(graph: CompiledGraph, nodes: Record<string, NodeState>): void {
  graph.paramOwners.forEach((o, k) => {
    const node = o.kind === "node" ? nodes[o.id] : undefined;
    if (node) {
      node.param = graph.params[k];
      node.paramGrad = graph.grads[k];
    }
  });
}

function edgeStates(graph: CompiledGraph): Record<string, EdgeState> {
  const out: Record<string, EdgeState> = {};
  graph.paramOwners.forEach((o, k) => {
    if (o.kind === "edge") out[o.id] = { weight: graph.params[k], grad: graph.grads[k] };
  });
  return out;
}

/** Evaluate the train set (and test set, and grids for 2-D inputs): the tape session's part of a snapshot. */
export function tapeSnapshot(s: Loaded, view: ViewSettings, walk: OpWalk | undefined): SnapshotPart {
  const test = s.data.test.length > 0 ? evaluate(s, s.data.test, false) : undefined;
  const train = evaluate(s, s.data.train, true);
  const { graph } = s;
  const focus = Math.min(view.focus ?? s.doc.focus ?? 0, graph.count - 1);
  const nodes = walk
    ? walkNodes(walk, graph.nodeIds)
    : nodeStates(graph, Math.max(0, focus), s.data.dataset !== undefined);
  addParams(graph, nodes);
  const stats = s.data.dataset ? layerStats(s) : undefined;
  const predictions = train.predictions
    ? { train: train.predictions, test: test?.predictions ?? new Float32Array(0) }
    : undefined;
  return {
    step: s.step,
    loss: train.loss,
    learningRate: s.lr,
    nodes,
    edges: edgeStates(graph),
    params: Float64Array.from(graph.params),
    ...(train.accuracy !== undefined ? { trainAccuracy: train.accuracy } : {}),
    ...(test ? { testLoss: test.loss, ...(test.accuracy !== undefined ? { testAccuracy: test.accuracy } : {}) } : {}),
    ...(stats ? { layerStats: stats } : {}),
    ...(predictions ? { predictions } : {}),
    ...gridMaps(s, view),
    ...(walk ? { op: walkCursor(walk, graph.nodeIds) } : {}),
  };
}
