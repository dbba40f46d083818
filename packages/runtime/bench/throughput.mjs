// Steps per second through the worker vs the same loop run directly, and snapshot bytes per second.
// Run after `pnpm --filter @nudge/runtime build`: `pnpm --filter @nudge/runtime bench`.
import { serialize } from "node:v8";
import { Worker } from "node:worker_threads";
import { createTemplate } from "@nudge/graph";
import { createTrainer } from "../dist/node/index.js";
import { loadTape } from "../dist/worker/tape/tape-state.js";
import { trainStep } from "../dist/worker/tape/tape-train.js";
import { loadavg } from "node:os";
import { recordBenchFigure } from "@nudge/vitest-config/bench";

const seconds = Number(process.env.BENCH_SECONDS ?? 1);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function direct(doc) {
  const { loaded } = loadTape(doc);
  const t0 = performance.now();
  let steps = 0;
  while (performance.now() - t0 < seconds * 1000) {
    for (let i = 0; i < 20; i++) trainStep(loaded);
    steps += 20;
  }
  return (steps * 1000) / (performance.now() - t0);
}

async function throughWorker(doc, patch) {
  const trainer = createTrainer({ worker: () => new Worker(new URL("../dist/node-worker.js", import.meta.url)) });
  let bytes = 0;
  let count = 0;
  trainer.subscribe((s) => {
    bytes += serialize(s).length;
    count++;
  });
  await trainer.load(doc);
  await trainer.update(patch);
  await trainer.step(1);
  await sleep(100);
  [bytes, count] = [0, 0];
  const start = (await trainer.step(1)).step;
  const t0 = performance.now();
  await trainer.play();
  await sleep(seconds * 1000);
  await trainer.pause();
  const elapsed = performance.now() - t0;
  const end = (await trainer.step(1)).step - 1;
  trainer.destroy();
  return {
    stepsPerSecond: ((end - start) * 1000) / elapsed,
    snapshotsPerSecond: (count * 1000) / elapsed,
    bytesPerSecond: (bytes * 1000) / elapsed,
    bytesPerSnapshot: count ? bytes / count : 0,
  };
}

const fmt = (x) => x.toLocaleString("en", { maximumFractionDigits: 0 });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const variants = [
  ["default view (30/s, boundary 40², node maps 16²)", {}],
  ["no grids", { boundaryResolution: 0, nodeMapResolution: 0 }],
  ["5 snapshots/s", { maxSnapshotsPerSecond: 5 }],
];
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
// The machine is shared: rounds alternate direct and worker runs, and medians are reported.
for (const id of ["moons-mlp", "xor"]) {
  const doc = createTemplate(id);
  doc.training.schedule = { kind: "constant" };
  doc.training.optimizer.lr = 0.01;
  const direct_ = [];
  const worker_ = variants.map(() => []);
  for (let r = 0; r < rounds; r++) {
    direct_.push(direct(doc));
    for (const [i, [, patch]] of variants.entries()) worker_[i].push(await throughWorker(doc, patch));
  }
  const base = median(direct_);
  console.log(`\n${id}: direct loop ${fmt(base)} steps/s (median of ${rounds})`);
  variants.forEach(([name], i) => {
    const runs = worker_[i];
    const sps = median(runs.map((r) => r.stepsPerSecond));
    const bytes = median(runs.map((r) => r.bytesPerSecond));
    const per = median(runs.map((r) => r.bytesPerSnapshot));
    const snaps = median(runs.map((r) => r.snapshotsPerSecond));
    recordBenchFigure({
      bench: "runtime",
      figure: `${id} in the worker (${name}) / direct loop`,
      value: sps / base,
      unit: "x",
      better: "higher",
      conditions: `${fmt(sps)} steps/s, load ${loadavg()[0].toFixed(1)}`,
    });
    console.log(
      `  worker, ${name}: ${fmt(sps)} steps/s = ${(sps / base).toFixed(2)}x direct; ${snaps.toFixed(1)} snapshots/s, ${fmt(per)} B/snapshot, ${fmt(bytes / 1024)} KiB/s`,
    );
  });
}
