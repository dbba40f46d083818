import { loadNames, moons } from "@nudge/datasets";
import { it } from "vitest";
import type { BackendName } from "../src/index.js";
import { buildModel, createMlpLanguageModel, selectBackend } from "../src/index.js";

// Steps per second per backend, as ratios against tfjs-cpu (never asserted). Backends alternate
// over several rounds and the median is kept, so load from other work on the machine hits both.
const backends: BackendName[] = ["cpu", "wasm"];
const rounds = Number(process.env.NUDGE_BENCH_ROUNDS ?? 3);
const lmSteps = Number(process.env.NUDGE_BENCH_STEPS ?? 200);

/** Steps per second between the first and the last step callback (setup and data upload excluded). */
async function stepsPerSecond(run: (steps: number, onStep: () => void) => Promise<unknown>, steps: number): Promise<number> {
  await run(Math.max(10, Math.floor(steps / 10)), () => {});
  let first = 0;
  let last = 0;
  let count = 0;
  await run(steps + 1, () => {
    last = performance.now();
    if (count++ === 0) first = last;
  });
  return steps / ((last - first) / 1000);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

it("benchmarks the backends", async () => {
  const words = loadNames().slice(0, 5000);
  const points = moons({ n: 1024, noise: 0.1, seed: 1 });
  const workloads = ["MLP LM (batch 32)", "2-64-64-1 on 1,024 points"] as const;
  const samples = new Map<string, number[]>();
  const push = (key: string, value: number) => samples.set(key, [...(samples.get(key) ?? []), value]);
  for (let round = 0; round < rounds; round++) {
    for (const name of backends) {
      if ((await selectBackend({ prefer: [name] })).name !== name) continue;
      const lm = createMlpLanguageModel({ seed: 1 });
      push(`${workloads[0]}|${name}`, await stepsPerSecond((steps, onStep) => lm.fit(words, { steps, onStep }), lmSteps));
      lm.dispose();
      const mlp = buildModel({
        version: 1,
        input: { shape: [2] },
        task: "classification",
        loss: "binaryCrossEntropy",
        layers: [{ type: "dense", units: 64, activation: "tanh" }, { type: "dense", units: 64, activation: "tanh" }, { type: "dense", units: 1 }],
      });
      push(`${workloads[1]}|${name}`, await stepsPerSecond((steps, onStep) => mlp.fit(points, { steps, onStep }), Math.ceil(lmSteps / 5)));
      mlp.dispose();
    }
  }
  console.log([...samples].map(([k, v]) => `${k}: ${v.map((x) => x.toFixed(0)).join(", ")}`).join("\n"));
  const lines = workloads.map((workload) => {
    const rate = Object.fromEntries(backends.map((b) => [b, samples.has(`${workload}|${b}`) ? median(samples.get(`${workload}|${b}`)!) : 0]));
    const cells = backends.map((b) => (rate[b] ? `${b} ${rate[b].toFixed(0)} steps/s (${(1000 / rate[b]).toFixed(2)} ms)` : `${b} n/a`));
    const ratio = rate.wasm && rate.cpu ? `  wasm/cpu = ${(rate.wasm / rate.cpu).toFixed(1)}x` : "";
    return `${workload.padEnd(28)} ${cells.join("  ")}${ratio}`;
  });
  const fastest = (await selectBackend()).name;
  console.log(["", `median of ${rounds} alternating rounds`, ...lines, `default backend: ${fastest}`].join("\n"));
});
