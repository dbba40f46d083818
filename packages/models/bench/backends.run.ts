import { loadNames, moons } from "@nudge/datasets";
import { it } from "vitest";
import type { BackendName } from "../src/index.js";
import { buildModel, createMlpLanguageModel, selectBackend } from "../src/index.js";

// Steps per second per backend, printed as ratios against tfjs-cpu (never asserted).
const backends: BackendName[] = ["cpu", "wasm"];
const lmSteps = Number(process.env.NUDGE_BENCH_STEPS ?? 300);

async function stepsPerSecond(run: (steps: number) => Promise<unknown>, steps: number): Promise<number> {
  await run(Math.max(10, Math.floor(steps / 10)));
  const t0 = performance.now();
  await run(steps);
  return steps / ((performance.now() - t0) / 1000);
}

it("benchmarks the backends", async () => {
  const words = loadNames().slice(0, 5000);
  const points = moons({ n: 1024, noise: 0.1, seed: 1 });
  const results: Record<string, Record<string, number>> = { "MLP LM (batch 32)": {}, "2-64-64-1 on 1,024 points": {} };
  for (const name of backends) {
    const report = await selectBackend({ prefer: [name] });
    if (report.name !== name) continue;
    const lm = createMlpLanguageModel({ seed: 1 });
    results["MLP LM (batch 32)"]![name] = await stepsPerSecond((steps) => lm.fit(words, { steps }), lmSteps);
    lm.dispose();
    const mlp = buildModel({
      version: 1,
      input: { shape: [2] },
      task: "classification",
      loss: "binaryCrossEntropy",
      layers: [{ type: "dense", units: 64, activation: "tanh" }, { type: "dense", units: 64, activation: "tanh" }, { type: "dense", units: 1 }],
    });
    results["2-64-64-1 on 1,024 points"]![name] = await stepsPerSecond((steps) => mlp.fit(points, { steps }), Math.ceil(lmSteps / 5));
    mlp.dispose();
  }
  const lines = Object.entries(results).map(([workload, r]) => {
    const cells = backends.map((b) => (r[b] ? `${b} ${r[b].toFixed(0)} steps/s (${(1000 / r[b]).toFixed(2)} ms)` : `${b} n/a`));
    const ratio = r.wasm && r.cpu ? `  wasm/cpu = ${(r.wasm / r.cpu).toFixed(1)}x` : "";
    return `${workload.padEnd(28)} ${cells.join("  ")}${ratio}`;
  });
  const fastest = (await selectBackend()).name;
  console.log(["", ...lines, `default backend: ${fastest}`].join("\n"));
});
