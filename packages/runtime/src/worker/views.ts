import type { Boundary, LayerStats, Snapshot, ViewSettings } from "../protocol.js";
import type { Loaded } from "./session.js";

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
  const { graph, info } = s;
  const count = graph.count;
  return info.layers.map((layer) => {
    const acts: number[] = [];
    const grads: number[] = [];
    const weights: number[] = [];
    const updates: number[] = [];
    let saturated = 0;
    for (const i of layer) {
      const fn = info.activations[i];
      for (let b = 0; b < count; b++) {
        const v = graph.value(i, b);
        acts.push(v);
        grads.push(graph.grad(i, b));
        if (fn === "tanh" ? Math.abs(v) > 0.97 : fn === "relu" ? v === 0 : fn === "sigmoid" ? v < 0.03 || v > 0.97 : false) saturated++;
      }
      for (const k of info.weights[i]!) {
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

function grid(size: number, xRange: [number, number], yRange: [number, number], dim: number): Float32Array {
  const rows = dim === 2 ? size : 1;
  const out = new Float32Array(size * rows * dim);
  const at = (r: [number, number], i: number) => r[0] + ((r[1] - r[0]) * (i + 0.5)) / size;
  for (let y = 0; y < rows; y++) {
    for (let x = 0; x < size; x++) {
      const p = (y * size + x) * dim;
      out[p] = at(xRange, x);
      if (dim === 2) out[p + 1] = at(yRange, y);
    }
  }
  return out;
}

const argmax = (xs: Float64Array, from: number, k: number): number => {
  let best = 0;
  for (let j = 1; j < k; j++) if (xs[from + j] > xs[from + best]) best = j;
  return best;
};

const hidden = new Set(["loss", "constant", "parameter"]);

/** Decision boundary (2-D inputs) or prediction curve (1-D inputs), and per-node output maps. */
export function gridMaps(s: Loaded, view: ViewSettings, transfer: ArrayBuffer[]): Pick<Snapshot, "boundary" | "nodeMaps" | "nodeMapSize"> {
  const { data, graph, info } = s;
  if (!data.dataset || (data.dim !== 1 && data.dim !== 2)) return {};
  const out: Pick<Snapshot, "boundary" | "nodeMaps" | "nodeMapSize"> = {};
  if (view.boundaryResolution > 0) {
    const size = view.boundaryResolution;
    const points = grid(size, data.xRange, data.yRange, data.dim);
    const count = points.length / data.dim;
    const k = graph.outputCount;
    const preds = graph.predict(points, count, data.dim);
    const values = new Float32Array(count);
    if (k > 1) for (let b = 0; b < count; b++) values[b] = argmax(preds, b * k, k);
    else if (k === 1) values.set(preds);
    else {
      const maps = graph.predictNodes(points, count, data.dim);
      values.set(maps[graph.nodeIds[info.prediction]] ?? values);
    }
    const boundary: Boundary = { size, dims: data.dim as 1 | 2, kind: k > 1 ? "class" : "score", xRange: data.xRange, yRange: data.yRange, values };
    out.boundary = boundary;
    transfer.push(values.buffer);
  }
  if (view.nodeMapResolution > 0 && data.dim === 2) {
    const points = grid(view.nodeMapResolution, data.xRange, data.yRange, data.dim);
    const all = graph.predictNodes(points, points.length / 2, 2);
    const maps: Record<string, Float32Array> = {};
    graph.nodeIds.forEach((id, i) => {
      const values = all[id];
      if (hidden.has(info.kinds[i]) || !values) return;
      maps[id] = values;
      transfer.push(values.buffer as ArrayBuffer);
    });
    out.nodeMaps = maps;
    out.nodeMapSize = view.nodeMapResolution;
  }
  return out;
}
