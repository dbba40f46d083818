// Benchmarks record their headline figures here so `pnpm bench` can end with one table of every
// figure beside its target (issue 18). Figures are measured, never asserted: a bench records, a
// person reads. The file lives at the workspace root, in bench-results/ (git-ignored).
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";

/** The workspace root: the nearest folder above `from` that holds pnpm-workspace.yaml. */
function workspaceRoot(from = process.cwd()) {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "pnpm-workspace.yaml"))) return dir;
    if (dirname(dir) === dir) return from;
  }
}

export const figuresFile = () => join(workspaceRoot(), "bench-results", "figures.jsonl");

/**
 * Records one figure, e.g. `{ bench: "autograd", figure: "Value path / fused tape", value: 3.2, unit: "x",
 * target: 4, better: "lower", conditions: "load 2.1 on 2 cores" }`.
 */
export function recordBenchFigure(figure) {
  const file = figuresFile();
  mkdirSync(dirname(file), { recursive: true });
  appendFileSync(file, `${JSON.stringify({ ...figure, at: new Date().toISOString() })}\n`);
}

/** Every recorded figure, oldest first (empty when none). */
export function readBenchFigures() {
  const file = figuresFile();
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line));
}

/** Forgets recorded figures (the start of a `pnpm bench`). */
export function clearBenchFigures() {
  rmSync(figuresFile(), { force: true });
}
