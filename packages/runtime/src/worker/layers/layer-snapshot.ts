import type { Boundary, LayerStats, Snapshot, ViewSettings } from "../../protocol.js";
import { gridPoints } from "../grid.js";
import { diagnosticsPart } from "./diagnostics.js";
import { thresholdFor, toPredictions } from "../predictions.js";
import type { SnapshotPart } from "../session.js";
import type { LayerLoaded } from "./layer-session.js";

function boundary(s: LayerLoaded, size: number): Boundary | undefined {
  const { dim, xRange, yRange } = s.data;
  if (size === 0 || (dim !== 1 && dim !== 2)) return undefined;
  const points = gridPoints(size, dim, xRange, yRange);
  const count = points.length / dim;
  const out = s.model.predict(points);
  const k = out.length / count;
  const values = new Float32Array(count);
  for (let p = 0; p < count; p++) {
    if (k === 1) values[p] = out[p];
    else {
      let best = 0;
      for (let j = 1; j < k; j++) if (out[p * k + j] > out[p * k + best]) best = j;
      values[p] = best;
    }
  }
  return { size, dims: dim as 1 | 2, kind: k > 1 ? "class" : "score", xRange, yRange, values };
}

function layerStats(s: LayerLoaded): LayerStats[] | undefined {
  return s.stats?.map((l, i) => {
    return {
      nodeIds: [s.layerNodeIds[i] ?? l.name],
      activationMean: l.activation?.mean ?? 0,
      activationStd: l.activation?.std ?? 0,
      saturated: l.activation?.saturation ?? 0,
      gradMean: l.gradient?.mean ?? 0,
      gradStd: l.gradient?.std ?? 0,
      updateRatio: l.weights.length ? 10 ** Math.max(...l.weights.map((w) => w.updateToData)) : 0,
    };
  });
}

/** Each layer node's batch-mean activation and gradient (from the last statistics step). */
function layerNodes(s: LayerLoaded): Snapshot["nodes"] {
  const out: Snapshot["nodes"] = {};
  s.stats?.forEach((l, i) => {
    const id = s.layerNodeIds[i];
    if (!id || !l.activation) return;
    out[id] = {
      value: l.activation.mean,
      grad: l.gradient?.mean ?? null,
      meanValue: l.activation.mean,
      ...(l.gradient ? { meanGrad: l.gradient.mean } : {}),
    };
  });
  return out;
}

/** Per-example predictions (class indices or values) for some rows, and the accuracy they give. */
function predictRows(
  s: LayerLoaded,
  rows: { features: Float32Array; targets: Float32Array },
): { predictions: Float32Array; accuracy?: number } {
  const count = rows.targets.length;
  if (count === 0) return { predictions: new Float32Array(0) };
  const outputs = s.model.predict(rows.features);
  const classify = s.data.dataset?.task === "classification";
  const predictions = toPredictions(outputs, outputs.length / count, classify, thresholdFor(s.model.spec.loss));
  if (!classify) return { predictions };
  let right = 0;
  for (let i = 0; i < count; i++) if (predictions[i] === rows.targets[i]) right++;
  return { predictions, accuracy: right / count };
}

/** The L2 term fit minimises (l2 · Σ w² over weight matrices, not biases), added to the shown losses as tape graphs do. */
function penalty(s: LayerLoaded, weights: { shape: number[]; values: Float32Array }[]): number {
  let sum = 0;
  for (const w of weights) if (w.shape.length > 1) for (const v of w.values) sum += v * v;
  return s.training.l2 * sum;
}

/** A layer graph's part of a snapshot: losses, accuracy, the boundary, layer statistics and all weights. */
export function layerSnapshot(s: LayerLoaded, view: ViewSettings): SnapshotPart {
  const weights = s.model.weights();
  const l2 = penalty(s, weights);
  const train = { loss: s.model.evaluate(s.train).loss + l2, ...predictRows(s, s.train) };
  const test = s.test ? { loss: s.model.evaluate(s.test).loss + l2, ...predictRows(s, s.test) } : undefined;
  const grid = boundary(s, view.boundaryResolution);
  const params = new Float64Array(weights.reduce((n, w) => n + w.values.length, 0));
  let at = 0;
  for (const w of weights) {
    params.set(w.values, at);
    at += w.values.length;
  }
  const stats = layerStats(s);
  return {
    step: s.step,
    loss: train.loss,
    learningRate: s.lr,
    nodes: layerNodes(s),
    edges: {},
    params,
    ...(train.accuracy !== undefined ? { trainAccuracy: train.accuracy } : {}),
    ...(test ? { testLoss: test.loss, ...(test.accuracy !== undefined ? { testAccuracy: test.accuracy } : {}) } : {}),
    ...(stats ? { layerStats: stats } : {}),
    ...diagnosticsPart(s),
    predictions: { train: train.predictions, test: test?.predictions ?? new Float32Array(0) },
    ...(grid ? { boundary: grid } : {}),
  };
}
