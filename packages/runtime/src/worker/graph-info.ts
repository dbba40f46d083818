import type { CompiledGraph } from "@nudge/graph";
import type { TrainDoc } from "../protocol.js";

/** What the worker reads about each compiled node (by `graph.nodeIds` index), from the document. */
export interface GraphInfo {
  /** Doc node kind per node. */
  kinds: string[];
  /** A neuron's activation ("" for other nodes). */
  activations: string[];
  /** Param indices of each neuron's incoming weights. */
  weights: number[][];
  /** Node indices each node reads. */
  inputs: number[][];
  /** Input, Constant and Parameter nodes: known before any op runs. */
  leaf: boolean[];
  /** Index of the Loss node, or -1. */
  loss: number;
  /** Output nodes by their `index` parameter. */
  outputs: number[];
  /** The first output, or an expression's root (what grids and the op walk show). */
  prediction: number;
  /** Neurons grouped by distance from the inputs, for per-layer statistics. */
  layers: number[][];
}

const leafKinds = new Set(["input", "constant", "parameter"]);

/** Read node kinds, wiring, outputs and layers of a compiled document. */
export function graphInfo(doc: TrainDoc, graph: CompiledGraph): GraphInfo {
  const byId = new Map(doc.nodes.map((n) => [n.id, n]));
  const ids = graph.nodeIds;
  const kinds = ids.map((id) => byId.get(id)?.kind ?? "");
  const activations = ids.map((id, i) => (kinds[i] === "neuron" ? String(byId.get(id)?.params.activation ?? "tanh") : ""));
  const incoming = ids.map((id) => doc.edges.filter((e) => e.target === id));
  const inputs = incoming.map((edges) => edges.map((e) => graph.nodeIndex(e.source)).filter((j) => j >= 0));
  const weights = incoming.map((edges, i) => (kinds[i] === "neuron" ? edges.map((e) => graph.paramIndex(e.id, "edge")).filter((p) => p >= 0) : []));
  const outputIndex = (i: number) => Number(byId.get(ids[i]!)?.params.index ?? 0);
  const outputs = ids.flatMap((_, i) => (kinds[i] === "output" ? [i] : [])).sort((a, b) => outputIndex(a) - outputIndex(b));
  const used = new Set(inputs.flat());
  let prediction = outputs[0] ?? -1;
  for (let i = ids.length - 1; i >= 0 && prediction < 0; i--) if (!used.has(i) && kinds[i] !== "loss") prediction = i;
  return {
    kinds, activations, weights, inputs, outputs, prediction,
    leaf: kinds.map((k) => leafKinds.has(k)),
    loss: kinds.indexOf("loss"),
    layers: neuronLayers(kinds, inputs),
  };
}

function neuronLayers(kinds: string[], inputs: number[][]): number[][] {
  const depth = kinds.map(() => 0);
  const layers: number[][] = [];
  kinds.forEach((kind, i) => {
    const d = Math.max(0, ...inputs[i]!.map((j) => depth[j]!));
    depth[i] = kind === "neuron" ? d + 1 : d;
    if (kind === "neuron") (layers[d] ??= []).push(i);
  });
  return layers.filter((l) => l !== undefined);
}

/** Which nodes' values reach `root` (a gradient flows back to them). */
export function reaches(info: GraphInfo, root: number): boolean[] {
  const seen = info.kinds.map(() => false);
  if (root < 0) return seen;
  seen[root] = true;
  for (let i = root; i >= 0; i--) {
    if (!seen[i]) continue;
    for (const j of info.inputs[i]!) seen[j] = true;
  }
  return seen;
}
