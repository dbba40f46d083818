import type { Plan } from "../compile/plan.js";
import type { GraphDoc } from "../schema/types.js";
import { jsOps, literal } from "./code-ops.js";
import { trainRows } from "./rows.js";
import { checked, exportSteps, nodeLines, paramNote, planWithParams } from "./shared.js";
import type { ExportOptions, ExportResult } from "./shared.js";
import { tsDataLines, tsHeader, tsTrainingLines } from "./ts-training.js";
import { layersTypeScript } from "./typescript-layers.js";

const reserved = [
  "Value",
  "SGD",
  "Adam",
  "X",
  "T",
  "p",
  "x",
  "y",
  "Y",
  "t",
  "r",
  "out",
  "model",
  "sampleLoss",
  "objective",
  "minibatch",
  "all",
  "step",
  "steps",
  "total",
  "losses",
  "grads",
  "names",
  "optimizer",
  "penalty",
  "sum",
  "rows",
  "batch",
  "current",
  "dense",
  "kernels",
  "parameters",
];

function paramsBlock(plan: Plan, params: number[]): string[] {
  return [
    "// Trainable numbers: wire weights, neuron biases and parameters, in the editor's order.",
    "const p = [",
    ...params.map((v, i) => `  ${literal(v)}, // ${paramNote(plan, i)}`),
    "].map((v): Value => new Value(v));",
  ];
}

function modelBlock(plan: Plan, expression: boolean): string[] {
  const { lines, names } = nodeLines(
    plan,
    jsOps,
    (f) => `new Value(x[${f}]!)`,
    (i) => `p[${i}]!`,
    (n, e) => `  const ${n} = ${e};`,
    reserved,
  );
  const result = expression ? names[plan.root]! : `[${plan.outputs.map((o) => names[o]).join(", ")}]`;
  return [
    expression ? "function model(): Value {" : "function model(x: number[]): Value[] {",
    ...lines,
    `  return ${result};`,
    "}",
  ];
}

function expressionProgram(plan: Plan, params: number[]): string[] {
  const leafNames = plan.owners.map((_, i) => JSON.stringify(paramNote(plan, i)));
  return [
    ...paramsBlock(plan, params),
    "",
    ...modelBlock(plan, true),
    "",
    "const out = model();",
    "out.backward();",
    "export const losses: number[] = [out.data];",
    "export const grads: number[] = p.map((q) => q.grad);",
    `const names = [${leafNames.join(", ")}];`,
    "console.log(`value ${out.data.toFixed(4)}`);",
    "names.forEach((name, i) => console.log(`d/d ${name} = ${grads[i]!.toFixed(4)}`));",
  ];
}

function trainingProgram(doc: GraphDoc, plan: Plan, params: number[], steps: number): ExportResult {
  if (doc.data.kind !== "toy") return { ok: true, code: "" };
  const rows = trainRows(doc.data, doc.training.seed);
  if (!rows.ok) return rows;
  const body = [
    ...tsDataLines(rows.rows),
    "",
    ...paramsBlock(plan, params),
    "",
    "/** One data point through the network: the outputs, one per Output node. */",
    ...modelBlock(plan, false),
    "",
    ...tsTrainingLines(doc, {
      k: plan.outputs.length,
      lossName: plan.lossName,
      params: "p",
      penalised: "p",
      rows: rows.rows,
      steps,
    }),
  ];
  return { ok: true, code: [...tsHeader(doc), ...body, ""].join("\n") };
}

/**
 * Exports the document as a self-contained TypeScript program (strict; a small Value engine
 * inside): the same rows, initial weights, loss, optimiser, schedule and minibatches as Nudge,
 * so its losses after each step match the editor's.
 * @example
 * const result = exportTypeScript(doc, { steps: snapshot.step }); if (result.ok) download("model.ts", result.code);
 */
export function exportTypeScript(input: GraphDoc, options: ExportOptions = {}): ExportResult {
  const c = checked(input);
  if ("problems" in c) return { ok: false, problems: c.problems };
  const { doc } = c;
  const steps = exportSteps(doc, options);
  if (doc.mode === "layers") return layersTypeScript(doc, steps);
  const { plan, params } = planWithParams(doc);
  if (doc.mode === "expression")
    return { ok: true, code: [...tsHeader(doc), ...expressionProgram(plan, params), ""].join("\n") };
  return trainingProgram(doc, plan, params, steps);
}
