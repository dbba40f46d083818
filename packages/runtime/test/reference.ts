import type { Snapshot, TrainDoc } from "../src/index.js";

const act: Record<string, (x: number) => number> = {
  tanh: Math.tanh,
  relu: (x) => Math.max(0, x),
  sigmoid: (x) => 1 / (1 + Math.exp(-x)),
  identity: (x) => x,
  exp: Math.exp,
};

/** Where a reference pass reads trainable numbers: a wire's weight and a neuron's bias. */
export interface Weights {
  weight(edgeId: string): number;
  bias(nodeId: string): number;
}

/**
 * An independent forward pass of a neuron-level document (inputs, neurons, outputs), written
 * straight from the definition act(Σ w·x + b): the outputs ordered by their `index`.
 */
export function referenceOutputs(doc: TrainDoc, w: Weights, x: ArrayLike<number>): number[] {
  const memo = new Map<string, number>();
  const byId = new Map(doc.nodes.map((n) => [n.id, n]));
  const value = (id: string): number => {
    const hit = memo.get(id);
    if (hit !== undefined) return hit;
    const node = byId.get(id)!;
    const incoming = doc.edges.filter((e) => e.target === id);
    let v: number;
    if (node.kind === "input") v = x[node.params.feature as number];
    else if (node.kind === "neuron") {
      const sum = incoming.reduce((s, e) => s + w.weight(e.id) * value(e.source), w.bias(id));
      v = act[(node.params.activation as string | undefined) ?? "tanh"](sum);
    } else v = value(incoming[0].source);
    memo.set(id, v);
    return v;
  };
  const outputs = doc.nodes
    .filter((n) => n.kind === "output")
    .sort((a, b) => Number(a.params.index ?? 0) - Number(b.params.index ?? 0));
  return outputs.map((n) => value(n.id));
}

/** The first output's value, reading weights and biases from a snapshot. */
export function referencePredict(doc: TrainDoc, snapshot: Snapshot, x: ArrayLike<number>): number {
  return referenceOutputs(
    doc,
    { weight: (id) => snapshot.edges[id].weight, bias: (id) => snapshot.nodes[id].param! },
    x,
  )[0];
}

const EPS = 1e-7;
const bce = (p: number, y: number) => -(y * Math.log(p + EPS) + (1 - y) * Math.log(1 - p + EPS));

/**
 * One sample's loss from its definition (as @nudge/graph documents them): one output: (p − t)²,
 * relu(1 − y·p) with y = ±1, bce (= nll) on a probability, softmax-ce on logits [0, p]; k outputs
 * against class t: mean squared error to one-hot, multi-class hinge, mean bce, −log p[t], softmax-ce.
 */
export function referenceLoss(name: string, preds: number[], t: number): number {
  const k = preds.length;
  if (k === 1) {
    const p = preds[0];
    if (name === "mse") return (p - t) ** 2;
    if (name === "max-margin") return Math.max(0, 1 - (t > 0 ? 1 : -1) * p);
    if (name === "bce" || name === "nll") return bce(p, t);
    return Math.log(1 + Math.exp(p)) - t * p;
  }
  const hot = preds.map((_, j) => (j === t ? 1 : 0));
  if (name === "mse") return preds.reduce((s, p, j) => s + (p - hot[j]) ** 2, 0) / k;
  if (name === "max-margin") return preds.reduce((s, p, j) => s + (j === t ? 0 : Math.max(0, 1 + p - preds[t])), 0);
  if (name === "bce") return preds.reduce((s, p, j) => s + bce(p, hot[j]), 0) / k;
  if (name === "nll") return -Math.log(preds[t] + EPS);
  const z = preds.reduce((s, p) => s + Math.exp(p), 0);
  return Math.log(z) - preds[t];
}
