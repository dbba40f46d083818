import type { Boundary, LayerStats, Snapshot, ViewSettings } from "../protocol.js";
import { predictedClass } from "./engine/ops.js";
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
  const { model, plan } = s;
  const count = model.count;
  return plan.layers.map((layer) => {
    const acts: number[] = [];
    const grads: number[] = [];
    const weights: number[] = [];
    const updates: number[] = [];
    let saturated = 0;
    for (const i of layer) {
      const n = plan.nodes[i];
      if (n.op !== "neuron") continue;
      for (let b = 0; b < count; b++) {
        const v = model.value(i, b);
        acts.push(v);
        grads.push(model.grad(i, b));
        if (n.fn === "tanh" ? Math.abs(v) > 0.97 : n.fn === "relu" ? v === 0 : n.fn === "sigmoid" ? v < 0.03 || v > 0.97 : false) saturated++;
      }
      for (const k of n.weights) {
        weights.push(model.params[k]);
        updates.push(s.lr * model.grads[k]);
      }
    }
    const [activationMean, activationStd] = meanStd(acts);
    const [gradMean, gradStd] = meanStd(grads);
    const weightStd = meanStd(weights)[1];
    return {
      nodeIds: layer.map((i) => plan.nodes[i].id),
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

function evalGrid(s: Loaded, size: number): number {
  const { data, model } = s;
  const features = grid(size, data.xRange, data.yRange, data.dim);
  const count = features.length / data.dim;
  model.setBatch({ features, targets: new Float32Array(count), dim: data.dim, rows: null, count });
  model.forward(0);
  return count;
}

/** Decision boundary (2-D inputs) or prediction curve (1-D inputs), and per-node output maps. */
export function gridMaps(s: Loaded, view: ViewSettings, transfer: ArrayBuffer[]): Pick<Snapshot, "boundary" | "nodeMaps" | "nodeMapSize"> {
  const { data, model, plan } = s;
  if (!data.dataset || (data.dim !== 1 && data.dim !== 2)) return {};
  const out: Pick<Snapshot, "boundary" | "nodeMaps" | "nodeMapSize"> = {};
  if (view.boundaryResolution > 0) {
    const size = view.boundaryResolution;
    const count = evalGrid(s, size);
    const values = new Float32Array(count);
    const classes = plan.outputs.length > 1 && plan.lossKind ? plan.outputs.length : 0;
    const preds = new Float64Array(plan.outputs.length);
    for (let b = 0; b < count; b++) {
      if (classes === 0) values[b] = model.value(plan.prediction, b);
      else {
        plan.outputs.forEach((o, j) => (preds[j] = model.value(o, b)));
        values[b] = predictedClass(plan.lossKind!, preds);
      }
    }
    const boundary: Boundary = { size, dims: data.dim as 1 | 2, kind: classes ? "class" : "score", xRange: data.xRange, yRange: data.yRange, values };
    out.boundary = boundary;
    transfer.push(values.buffer);
  }
  if (view.nodeMapResolution > 0 && data.dim === 2) {
    const count = evalGrid(s, view.nodeMapResolution);
    const maps: Record<string, Float32Array> = {};
    plan.nodes.forEach((n, i) => {
      if (n.op === "loss" || n.op === "const" || n.op === "param") return;
      const values = new Float32Array(count);
      for (let b = 0; b < count; b++) values[b] = model.value(i, b);
      maps[n.id] = values;
      transfer.push(values.buffer);
    });
    out.nodeMaps = maps;
    out.nodeMapSize = view.nodeMapResolution;
  }
  return out;
}
