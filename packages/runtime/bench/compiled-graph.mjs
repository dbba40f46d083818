// Times @nudge/graph's CompiledGraph on the moons MLP (setBatch, forward, backward, a 40×40 grid
// predict and 16×16 node maps). Run after building autograd and graph: `node bench/compiled-graph.mjs`.
import { compile, createTemplate } from "@nudge/graph";
import { makeToy } from "@nudge/datasets";

const doc = createTemplate("moons-mlp");
const result = compile(doc);
if (!result.ok || result.kind !== "tape") throw new Error("compile failed");
const g = result.graph;
const data = makeToy("moons", { n: 100, noise: 0.1, seed: 1 });
const batch = { features: data.features, targets: data.targets, dim: 2, rows: null, count: 100 };
const grid = (size) => {
  const out = new Float32Array(size * size * 2);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      out[(y * size + x) * 2] = -2 + (4 * x) / size;
      out[(y * size + x) * 2 + 1] = -2 + (4 * y) / size;
    }
  return out;
};
const g40 = grid(40);
const g16 = grid(16);
const time = (name, fn, reps) => {
  for (let i = 0; i < Math.max(3, reps / 10); i++) fn();
  const samples = [];
  for (let r = 0; r < 5; r++) {
    const t0 = performance.now();
    for (let i = 0; i < reps; i++) fn();
    samples.push((performance.now() - t0) / reps);
  }
  samples.sort((a, b) => a - b);
  console.log(`${name.padEnd(34)} ${samples[2].toFixed(4)} ms`);
  return samples[2];
};
time("setBatch(100 rows)", () => g.setBatch(batch), 300);
time("forward", () => g.forward(1e-4), 300);
time("backward", () => g.backward(), 300);
time("nonFinite", () => g.nonFinite(), 300);
const step = () => {
  g.setBatch(batch);
  g.forward(1e-4);
  g.backward();
  g.nonFinite();
  for (let p = 0; p < g.params.length; p++) g.params[p] -= 1e-3 * g.grads[p];
};
time("moons step (set+fwd+bwd+check+sgd)", step, 300);
time("predict 40×40", () => g.predict(g40, 1600, 2), 10);
time("predictNodes 16×16", () => g.predictNodes(g16, 256, 2), 10);
time("accuracy(100 rows)", () => g.accuracy(batch), 30);
