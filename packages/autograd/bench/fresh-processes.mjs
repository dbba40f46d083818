// micrograd's README expression (forward + backward) in 10 fresh Node processes: V8 can fall into
// a deoptimisation loop in some processes only (PERF-NOTES), so the worst process is the figure.
import { execFileSync } from "node:child_process";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { recordBenchFigure } from "@nudge/vitest-config/bench";

const child = fileURLToPath(new URL("./readme-expression.mjs", import.meta.url));
const runs = Array.from({ length: 10 }, () =>
  JSON.parse(execFileSync(process.execPath, [child], { encoding: "utf8" })),
);
const us = (x) => `${x.toFixed(2)} µs`;
console.log("\nmicrograd README expression, forward + backward, per call (median after warm-up), 10 fresh processes");
console.log(`  per process: ${runs.map((r) => r.median.toFixed(2)).join(" ")} µs`);
const worst = Math.max(...runs.map((r) => r.median));
console.log(`  worst process: ${us(worst)} (target ≤ 2 µs)`);
recordBenchFigure({
  bench: "autograd",
  figure: "micrograd README expression, worst of 10 fresh processes",
  value: worst,
  unit: "µs",
  target: 2,
  conditions: `load ${loadavg()[0].toFixed(1)}`,
});
