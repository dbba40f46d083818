import { initialParams } from "../compile/init.js";
import { buildPlan, evaluatePlan } from "../compile/plan.js";
import type { Plan } from "../compile/plan.js";
import type { Arith } from "../kinds/types.js";
import { hasErrors } from "../problems.js";
import type { Problem } from "../problems.js";
import { parseCurrent } from "../schema/parse.js";
import type { GraphDoc } from "../schema/types.js";
import { validate } from "../validate/index.js";
import { scheduleDefaults } from "../schema/schedule.js";
import { commentText, identifiers, literal } from "./code-ops.js";

/** The outcome of a code export: source text, or the problems that stop it. */
export type ExportResult = { ok: true; code: string } | { ok: false; problems: Problem[] };

/** Options of the code exports. */
export interface ExportOptions {
  /** Training steps the program runs (default: the schedule's `steps`, else 100); pass the steps the learner trained. */
  steps?: number;
}

/** A validated document, or the problems to return. */
export function checked(input: GraphDoc): { doc: GraphDoc } | { problems: Problem[] } {
  const parsed = parseCurrent(input);
  if (!parsed.ok) return { problems: parsed.problems };
  const problems = validate(parsed.doc);
  return hasErrors(problems) ? { problems: problems.filter((p) => p.severity === "error") } : { doc: parsed.doc };
}

/** Plan plus initial params exactly as `compile` chooses them. */
export function planWithParams(doc: GraphDoc): { plan: Plan; params: number[] } {
  const plan = buildPlan(doc);
  return { plan, params: Array.from(initialParams(plan, doc.training.seed)) };
}

/** One line per node: `const name = expr;` in plan order, returning the lines and each node's name. */
export function nodeLines(
  plan: Plan,
  ops: Arith<string>,
  feature: (f: number) => string,
  param: (p: number) => string,
  declare: (name: string, expr: string) => string,
  reserved: readonly string[],
): { lines: string[]; names: string[] } {
  const ids = identifiers(
    plan.nodes.map((n) => n.id),
    reserved,
  );
  const lines: string[] = [];
  const names = evaluatePlan(plan, ops, feature, param, (node, expr) => {
    if (node.spec.kind === "loss") return expr;
    if (node.spec.kind === "output" || /^[A-Za-z_][A-Za-z0-9_]*$/.test(expr)) return expr;
    const name = ids.get(node.id)!;
    lines.push(declare(name, expr));
    return name;
  });
  return { lines, names };
}

/** Describes each param for a comment: "weight x1-h1_1-in", "bias h1_1", "a". */
export function paramNote(plan: Plan, p: number): string {
  const owner = plan.owners[p]!;
  if (owner.kind === "edge") return commentText(`weight ${owner.id}`);
  const node = plan.nodes.find((n) => n.id === owner.id);
  return commentText(node?.spec.leaf === "parameter" ? node.label : `bias ${owner.id}`);
}

/** The learning rate at `step` as TypeScript or Python source, following `learningRateAt` exactly. */
export function scheduleCode(doc: GraphDoc, language: "ts" | "py"): string {
  const lr = literal(doc.training.optimizer.lr);
  const { kind, final = scheduleDefaults.final, steps = scheduleDefaults.steps } = doc.training.schedule;
  if (kind !== "linear-decay") return lr;
  const min = language === "ts" ? "Math.min" : "min";
  return `${lr} * (1 - (1 - ${literal(final)}) * ${min}(step / ${steps}, 1))`;
}

/** Training steps of an export: the option, else the schedule's steps (default 100). */
export function exportSteps(doc: GraphDoc, options: ExportOptions): number {
  return options.steps ?? doc.training.schedule.steps ?? scheduleDefaults.steps;
}
