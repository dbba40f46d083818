import * as tf from "@tensorflow/tfjs";
import { loadNames, moons } from "@nudge/datasets";
import { it } from "vitest";
import type { BackendName, StepInfo } from "../src/index.js";
import { buildModel, createBatchNormMlp, createMlpLanguageModel, selectBackend } from "../src/index.js";
import { loadavg } from "node:os";
import { recordBenchFigure } from "@nudge/vitest-config/bench";

// Steps per second per backend, as ratios against tfjs-cpu (never asserted). One warm-up round
// on every backend first (JIT, wasm compile, kernel caches), then backends alternate over several
// rounds and the median is kept, so load from other work on the machine hits both.
const backends: BackendName[] = ["cpu", "wasm"];
const rounds = Number(process.env.NUDGE_BENCH_ROUNDS ?? 5);
const lmSteps = Number(process.env.NUDGE_BENCH_STEPS ?? 300);

type Fit = (steps: number, onStep?: (info: StepInfo) => void) => Promise<unknown>;

interface Workload {
  name: string;
  steps: number;
  /** Build the model and return its fit and dispose. */
  make(): { fit: Fit; dispose(): void };
}

const words = loadNames().slice(0, 5000);
const points = moons({ n: 1024, noise: 0.1, seed: 1 });
const workloads: Workload[] = [
  {
    name: "MLP LM (batch 32)",
    steps: lmSteps,
    make: () => {
      const lm = createMlpLanguageModel({ seed: 1 });
      return { fit: (steps, onStep) => lm.fit(words, { steps, onStep }), dispose: () => lm.dispose() };
    },
  },
  {
    name: "BatchNorm MLP (batch 32)",
    steps: Math.ceil(lmSteps / 2),
    make: () => {
      const lm = createBatchNormMlp({ seed: 1, hidden: [200] });
      return { fit: (steps, onStep) => lm.fit(words, { steps, onStep }), dispose: () => lm.dispose() };
    },
  },
  {
    name: "2-64-64-1 on 1,024 points",
    steps: Math.ceil(lmSteps / 5),
    make: () => {
      const mlp = buildModel({
        version: 1,
        input: { shape: [2] },
        task: "classification",
        loss: "binaryCrossEntropy",
        layers: [
          { type: "dense", units: 64, activation: "tanh" },
          { type: "dense", units: 64, activation: "tanh" },
          { type: "dense", units: 1 },
        ],
      });
      return { fit: (steps, onStep) => mlp.fit(points, { steps, onStep }), dispose: () => mlp.dispose() };
    },
  },
];

/** Steps per second between the first and the last step callback (setup and data upload excluded). */
async function stepsPerSecond(fit: Fit, steps: number): Promise<number> {
  await fit(Math.max(10, Math.floor(steps / 10)));
  let first = 0;
  let last = 0;
  let count = 0;
  await fit(steps + 1, () => {
    last = performance.now();
    if (count++ === 0) first = last;
  });
  return steps / ((last - first) / 1000);
}

/** tfjs kernels one step runs (tf.profile lists every kernel call; the difference cancels setup). */
async function kernelsPerStep(fit: Fit): Promise<number> {
  const one = (await tf.profile(async () => void (await fit(1)))).kernels.length;
  const six = (await tf.profile(async () => void (await fit(6)))).kernels.length;
  return (six - one) / 5;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

it("benchmarks the backends", async () => {
  const samples = new Map<string, number[]>();
  const kernels = new Map<string, number>();
  const push = (key: string, value: number) => samples.set(key, [...(samples.get(key) ?? []), value]);
  for (let round = -1; round < rounds; round++) {
    for (const name of round % 2 === 0 ? backends : [...backends].reverse()) {
      if ((await selectBackend({ prefer: [name] })).name !== name) continue;
      for (const workload of workloads) {
        const model = workload.make();
        const rate = await stepsPerSecond(model.fit, round < 0 ? Math.ceil(workload.steps / 5) : workload.steps);
        if (round >= 0) push(`${workload.name}|${name}`, rate);
        if (round < 0 && name === "wasm") kernels.set(workload.name, await kernelsPerStep(model.fit));
        model.dispose();
      }
    }
  }
  console.log([...samples].map(([k, v]) => `${k}: ${v.map((x) => x.toFixed(0)).join(", ")}`).join("\n"));
  const lines = workloads.map(({ name: workload }) => {
    const rate = Object.fromEntries(
      backends.map((b) => [b, samples.has(`${workload}|${b}`) ? median(samples.get(`${workload}|${b}`)!) : 0]),
    );
    const cells = backends.map((b) =>
      rate[b] ? `${b} ${rate[b].toFixed(0)} steps/s (${(1000 / rate[b]).toFixed(2)} ms)` : `${b} n/a`,
    );
    const ratio = rate.wasm && rate.cpu ? `  wasm/cpu = ${(rate.wasm / rate.cpu).toFixed(1)}x` : "";
    if (rate.wasm && rate.cpu)
      recordBenchFigure({
        bench: "models",
        figure: `${workload}: wasm / cpu steps per second`,
        value: rate.wasm / rate.cpu,
        unit: "x",
        target: 5,
        better: "higher",
        conditions: `load ${loadavg()[0].toFixed(1)}`,
      });
    return `${workload.padEnd(26)} ${String(kernels.get(workload) ?? "?").padStart(4)} kernels/step  ${cells.join("  ")}${ratio}`;
  });
  const fastest = (await selectBackend()).name;
  console.log(
    ["", `median of ${rounds} alternating rounds after a warm-up round`, ...lines, `default backend: ${fastest}`].join(
      "\n",
    ),
  );
});
