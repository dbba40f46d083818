import type { Snapshot, TrainDoc } from "../src/index.js";

const act: Record<string, (x: number) => number> = {
  tanh: Math.tanh,
  relu: (x) => Math.max(0, x),
  sigmoid: (x) => 1 / (1 + Math.exp(-x)),
  identity: (x) => x,
};

/**
 * An independent forward pass of a neuron-level document (inputs, neurons, one output), written
 * straight from the definition act(Σ w·x + b), with weights and biases read from a snapshot.
 */
export function referencePredict(doc: TrainDoc, snapshot: Snapshot, x: ArrayLike<number>): number {
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
      const sum = incoming.reduce((s, e) => s + snapshot.edges[e.id].weight * value(e.source), snapshot.nodes[id].param!);
      v = act[node.params.activation as string](sum);
    } else v = value(incoming[0].source);
    memo.set(id, v);
    return v;
  };
  return value(doc.nodes.find((n) => n.kind === "output")!.id);
}
