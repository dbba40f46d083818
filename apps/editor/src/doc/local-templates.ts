import type { DocEdge, DocNode, GraphDoc, TrainingSettings } from "./types";

/** A template as the editor lists it. */
export interface TemplateView {
  id: string;
  title: string;
  hint: string;
  build: () => GraphDoc;
}

const training: TrainingSettings = {
  loss: "hinge", optimizer: { kind: "sgd", lr: 0.1 }, schedule: { kind: "linear-decay", final: 0.01 },
  batchSize: "all", l2: 1e-4, seed: 1,
};

/** Builds a neuron-level MLP document: inputs, hidden neurons, one output neuron, output and loss. */
export function mlpDoc(title: string, sizes: number[], activation = "tanh"): GraphDoc {
  const nodes: DocNode[] = [];
  const edges: DocEdge[] = [];
  let prev: string[] = [];
  sizes.forEach((size, layer) => {
    const ids: string[] = [];
    for (let i = 0; i < size; i++) {
      const id = layer === 0 ? `x${i + 1}` : `h${layer}-${i + 1}`;
      const last = layer === sizes.length - 1;
      nodes.push(layer === 0
        ? { id, kind: "input", position: { x: 0, y: i * 90 }, params: { feature: i }, label: `x${i + 1}` }
        : { id, kind: "neuron", position: { x: layer * 220, y: i * 90 }, params: { bias: 0, activation: last ? "linear" : activation } });
      for (const p of prev) edges.push({ id: `${p}->${id}`, source: p, sourceHandle: "out", target: id, targetHandle: "in" });
      ids.push(id);
    }
    prev = ids;
  });
  const x = sizes.length * 220;
  nodes.push({ id: "out", kind: "output", position: { x, y: 0 }, params: {} });
  nodes.push({ id: "loss", kind: "loss", position: { x: x + 200, y: 0 }, params: { loss: "hinge" } });
  edges.push({ id: `${prev[0]}->out`, source: prev[0]!, sourceHandle: "out", target: "out", targetHandle: "in" });
  edges.push({ id: "out->loss", source: "out", sourceHandle: "out", target: "loss", targetHandle: "pred" });
  return { version: 1, title, mode: "neurons", nodes, edges, training: { ...training },
    data: { kind: "toy", name: "moons", n: 100, noise: 0.1, seed: 1, testFraction: 0.2 } };
}

/** Fallback templates until @nudge/graph's `templates` land. */
export const localTemplates: TemplateView[] = [
  { id: "moons-mlp", title: "Moons MLP 2-16-16-1", hint: "Press Play and watch the boundary bend around the two moons.",
    build: () => mlpDoc("Moons MLP 2-16-16-1", [2, 16, 16, 1]) },
  { id: "xor", title: "XOR with two hidden neurons", hint: "Press Play: two neurons are enough to separate XOR.",
    build: () => ({ ...mlpDoc("XOR 2-2-1", [2, 2, 1]), data: { kind: "toy", name: "xor", n: 200, noise: 0.1, seed: 1, testFraction: 0.2 } }) },
];
