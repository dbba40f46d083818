import { formatNumber } from "../formula.js";
import { scheduleDefaults } from "../schema/schedule.js";
import type { RunRecord } from "../schema/run-types.js";

/** One setting of a run as a legend names it: `label` then `text` ("lr" "0.1"). */
export interface RunFact {
  key: string;
  label: string;
  text: string;
}

type Described = Pick<RunRecord, "settings" | "data" | "parameterCount">;

const schedule = ({ settings: { schedule: s } }: Described) =>
  s.kind === "constant"
    ? "constant"
    : `linear decay to ${formatNumber(s.final ?? scheduleDefaults.final)}× by step ${s.steps ?? scheduleDefaults.steps}`;

/** Everything that can differ between two runs, in the order a legend names it (learning rate first). */
export function runFacts(run: Described): RunFact[] {
  const { settings: t, data: d } = run;
  const facts: [string, string, string][] = [
    ["lr", "lr", formatNumber(t.optimizer.lr)],
    ["batch", "batch", t.batchSize === "all" ? "all" : String(t.batchSize)],
    ["optimizer", "optimizer", t.optimizer.kind === "adam" ? "Adam" : "SGD"],
    ["momentum", "momentum", formatNumber(t.optimizer.momentum ?? 0)],
    ["schedule", "schedule", schedule(run)],
    ["l2", "L2", formatNumber(t.l2)],
    ["loss", "loss", t.loss],
    ["seed", "seed", String(t.seed)],
    ["params", "params", String(run.parameterCount)],
  ];
  if (d.kind === "toy")
    facts.push(
      ["data", "data", d.name],
      ["points", "points", String(d.n)],
      ["noise", "noise", formatNumber(d.noise)],
      ["test", "test fraction", formatNumber(d.testFraction)],
      ["dataSeed", "data seed", String(d.seed)],
      ["classes", "classes", d.classes === undefined ? "default" : String(d.classes)],
    );
  else if (d.kind === "text")
    facts.push(
      ["data", "data", d.source === "words" ? d.name : "names"],
      ["split", "split", d.fractions.map(formatNumber).join("/")],
      ["dataSeed", "data seed", String(d.seed)],
    );
  else facts.push(["data", "data", "none"]);
  return facts.map(([key, label, text]) => ({ key, label, text }));
}

/**
 * A run's name: the learner's, else its learning rate and batch size.
 * @example runName(run) // "lr 0.1 · batch 16"
 */
export function runName(run: Described & { name?: string }): string {
  if (run.name) return run.name;
  const facts = runFacts(run);
  const text = (key: string) => facts.find((f) => f.key === key)!.text;
  return `lr ${text("lr")} · batch ${text("batch")}`;
}

/** How a set of runs differ: one legend line and one label per run (distinct, in the order given). */
export interface RunDifferences {
  /** e.g. "lr 0.1 vs 0.5 · batch 16 vs all", or "same settings". */
  legend: string;
  /** Per run, what is its own among the differences: "lr 0.1 · batch 16". */
  labels: string[];
}

/**
 * Names what differs between runs (their settings, data and model size), as the overlaid charts' legend says it.
 * @example runDifferences([a, b]) // { legend: "lr 0.1 vs 0.5", labels: ["lr 0.1", "lr 0.5"] }
 */
export function runDifferences(runs: readonly (Described & { name?: string })[]): RunDifferences {
  const facts = runs.map(runFacts);
  const differing = (facts[0] ?? []).filter((f) => new Set(facts.map((list) => text(list, f.key))).size > 1);
  const legend = differing
    .map((f) => `${f.label} ${[...new Set(facts.map((list) => text(list, f.key)))].join(" vs ")}`)
    .join(" · ");
  const base = facts.map((list, i) =>
    differing.length ? differing.map((f) => `${f.label} ${text(list, f.key)}`).join(" · ") : runName(runs[i]!),
  );
  const labels = base.map((label, i) =>
    base.indexOf(label) === base.lastIndexOf(label)
      ? label
      : `${label} (${base.slice(0, i + 1).filter((b) => b === label).length})`,
  );
  return { legend: legend || "same settings", labels };
}

const text = (facts: readonly RunFact[], key: string) => facts.find((f) => f.key === key)?.text ?? "";
