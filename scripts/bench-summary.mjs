// Prints the figures every benchmark recorded in this `pnpm bench` as one table, each beside its
// target ("met" / "NOT met"), with the machine and its load. `--reset` forgets earlier figures.
import { cpus, loadavg } from "node:os";
import { clearBenchFigures, readBenchFigures } from "@nudge/vitest-config/bench";

if (process.argv.includes("--reset")) {
  clearBenchFigures();
  process.exit(0);
}

const figures = readBenchFigures();
const text = (v) => (Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(2));
const verdict = ({ value, target, better = "lower" }) =>
  target === undefined ? "" : (better === "lower" ? value <= target : value >= target) ? "met" : "NOT met";
const rows = figures.map((f) => [
  f.bench,
  f.figure,
  `${text(f.value)} ${f.unit}`,
  f.target === undefined ? "" : `${f.better === "higher" ? "≥" : "≤"} ${text(f.target)} ${f.unit}`,
  verdict(f),
  f.conditions ?? "",
]);
const head = ["bench", "figure", "value", "target", "", "conditions"];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (r) =>
  r
    .map((c, i) => c.padEnd(widths[i]))
    .join("  ")
    .trimEnd();
console.log(
  `\nBenchmark summary: ${cpus().length} cores (${cpus()[0]?.model ?? "unknown"}), load ${loadavg()[0].toFixed(1)} now`,
);
if (rows.length === 0) console.log("  (no figures recorded: run `pnpm bench`)");
else for (const r of [head, widths.map((w) => "-".repeat(w)), ...rows]) console.log(line(r));
