import type { Boundary, LayerStats, Snapshot, ViewSettings } from "../../protocol.js";
import { gridPoints } from "../grid.js";
import type { Loaded } from "./tape-state.js";

function meanStd(xs: ArrayLike<number>): [number, number] {
  if (xs.length === 0) return [0, 0];
  let m = 0;
  for (let i = 0; i < xs.length; i++) m += xs[i];
  m /= xs.length;
  let v = 0;
  for (let i = 0; i < xs.length; i++) v += (xs[i] - m) ** 2;
  return [m, Math.sqrt(v / xs.length)];
}

/** Activation and gradient statistics per layer of neurons, over the rows last evaluated. */
export function layerStats(s: Loaded): LayerStats[] {
  const { graph } = s;
  const { activations, neuronLayers, weights: weightsOf } = graph.roles;
  const count = graph.count;
  return neuronLayers.map((layer) => {
    const acts: number[] = [];
    const grads: number[] = [];
    const weights: number[] = [];
    const updates: number[] = [];
    let saturated = 0;
    for (const i of layer) {
      const fn = activations[i];
      for (let b = 0; b < count; b++) {
        const v = graph.value(i, b);
        acts.push(v);
        grads.push(graph.grad(i, b));
        if (
          fn === "tanh" ? Math.abs(v) > 0.97 : fn === "relu" ? v === 0 : fn === "sigmoid" ? v < 0.03 || v > 0.97 : false
        )
          saturated++;
      }
      for (const k of weightsOf[i]!) {
        weights.push(graph.params[k]);
        updates.push(s.lr * graph.grads[k]);
      }
    }
    const [activationMean, activationStd] = meanStd(acts);
    const [gradMean, gradStd] = meanStd(grads);
    const weightStd = meanStd(weights)[1];
    return {
      nodeIds: layer.map((i) => graph.nodeIds[i]),
      activationMean,
      activationStd,
      saturated: acts.length ? saturated / acts.length : 0,
      gradMean,
      gradStd,
      updateRatio: weightStd > 0 ? meanStd(updates)[1] / weightStd : 0,
    };
  });
}

const argmax = (xs: Float64Array, from: number, k: number): number => {
  let best = 0;
  for (let j = 1; j < k; j++) if (xs[from + j] > xs[from + best]) best = j;
  return best;
};

/** Decision boundary (2-D inputs) or prediction curve (1-D inputs), and per-node output maps. */
export function gridMaps(s: Loaded, view: ViewSettings): Pick<Snapshot, "boundary" | "nodeMaps" | "nodeMapSize"> {
  const { data, graph } = s;
  const { roles } = graph;
  if (!data.dataset || (data.dim !== 1 && data.dim !== 2)) return {};
  const out: Pick<Snapshot, "boundary" | "nodeMaps" | "nodeMapSize"> = {};
  if (view.boundaryResolution > 0) {
    const size = view.boundaryResolution;
    const points = gridPoints(size, data.dim, data.xRange, data.yRange);
    const count = points.length / data.dim;
    const k = graph.outputCount;
    const preds = graph.predict(points, count, data.dim);
    const values = new Float32Array(count);
    if (k > 1) for (let b = 0; b < count; b++) values[b] = argmax(preds, b * k, k);
    else if (k === 1) values.set(preds);
    else {
      const maps = graph.predictNodes(points, count, data.dim);
      values.set(maps[graph.nodeIds[roles.prediction]!] ?? values);
    }
    const boundary: Boundary = {
      size,
      dims: data.dim as 1 | 2,
      kind: k > 1 ? "class" : "score",
      xRange: data.xRange,
      yRange: data.yRange,
      values,
    };
    out.boundary = boundary;
  }
  if (view.nodeMapResolution > 0 && data.dim === 2) {
    const points = gridPoints(view.nodeMapResolution, data.dim, data.xRange, data.yRange);
    const all = graph.predictNodes(points, points.length / 2, 2);
    const maps: Record<string, Float32Array> = {};
    graph.nodeIds.forEach((id, i) => {
      const values = all[id];
      if (roles.fromData[i] && values) maps[id] = values;
    });
    out.nodeMaps = maps;
    out.nodeMapSize = view.nodeMapResolution;
  }
  return out;
}
