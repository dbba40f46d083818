import { sampleLoss } from "../compile/losses.js";
import type { Plan } from "../compile/plan.js";
import type { GraphDoc } from "../schema/types.js";
import { commentText, jsOps, literal } from "./code-ops.js";
import { checked, nodeLines, paramNote, planWithParams, stepTailLines } from "./shared.js";
import type { ExportOptions, ExportResult } from "./shared.js";
import { layersTypeScript } from "./typescript-layers.js";

const reserved = ["Value", "SGD", "Adam", "makeToy", "trainTestSplit", "createRng", "p", "x", "y", "Y", "out", "model", "sampleLoss", "data", "rows", "step", "total", "losses", "grads", "optimizer", "target", "dim", "batch", "rng", "steps", "l2"];

function header(doc: GraphDoc): string[] {
  return [
    `// ${commentText(doc.title)}: exported from Nudge as a program on @nudge/autograd.`,
    "// Run it with Node 20: npm install @nudge/autograd @nudge/datasets tsx, save as model.ts, npx tsx model.ts",
  ];
}

function paramsBlock(plan: Plan, params: number[]): string[] {
  return [
    "// Trainable numbers: wire weights, neuron biases and parameters, in the editor's order.",
    "const p = [",
    ...params.map((v, i) => `  ${literal(v)}, // ${paramNote(plan, i)}`),
    "].map((v): Value => new Value(v));",
  ];
}

function modelBlock(plan: Plan, expression: boolean): string[] {
  const { lines, names } = nodeLines(plan, jsOps, (f) => `new Value(x[${f}]!)`, (i) => `p[${i}]!`, (n, e) => `  const ${n} = ${e};`, reserved);
  const result = expression ? names[plan.root]! : `[${plan.outputs.map((o) => names[o]).join(", ")}]`;
  return [expression ? "function model(): Value {" : "function model(x: number[]): Value[] {", ...lines, `  return ${result};`, "}"];
}

function expressionProgram(doc: GraphDoc, plan: Plan, params: number[]): string[] {
  const leafNames = plan.owners.map((_, i) => JSON.stringify(paramNote(plan, i)));
  return [
    'import { Value } from "@nudge/autograd";',
    "",
    ...paramsBlock(plan, params),
    "",
    ...modelBlock(plan, true),
    "",
    "const out = model();",
    "out.backward();",
    "export const losses: number[] = [out.data];",
    "export const grads: number[] = p.map((q) => q.grad);",
    `const names = [${leafNames.join(", ")}];`,
    'console.log(`value ${out.data.toFixed(4)}`);',
    "names.forEach((name, i) => console.log(`d/d ${name} = ${grads[i]!.toFixed(4)}`));",
  ];
}

function trainingProgram(doc: GraphDoc, plan: Plan, params: number[], steps: number): string[] {
  const data = doc.data.kind === "toy" ? doc.data : undefined;
  if (!data) return [];
  const { optimizer, batchSize, l2 } = doc.training;
  const k = plan.outputs.length;
  const out = plan.outputs.map((_, j) => `out[${j}]!`);
  const loss = sampleLoss(jsOps, plan.lossName, out, { y: "y", onehot: plan.outputs.map((_, j) => `Y[${j}]!`) });
  const opts = { n: data.n, noise: data.noise, seed: data.seed, ...(data.classes === undefined ? {} : { classes: data.classes }) };
  const rows = data.testFraction > 0 ? `trainTestSplit(data.shape[0], { testFraction: ${data.testFraction}, seed: ${data.seed} }).train` : "[...Array(data.shape[0]).keys()]";
  const opt = optimizer.kind === "adam" ? `new Adam(p, { lr: ${optimizer.lr} })` : `new SGD(p, { lr: ${optimizer.lr}${optimizer.momentum ? `, momentum: ${optimizer.momentum}` : ""} })`;
  const target = plan.lossName === "max-margin" && k === 1 ? "(t > 0 ? 1 : -1)" : "t";
  return [
    `import { ${optimizer.kind === "adam" ? "Adam" : "SGD"}, Value } from "@nudge/autograd";`,
    `import { createRng, makeToy${data.testFraction > 0 ? ", trainTestSplit" : ""} } from "@nudge/datasets";`,
    "",
    `const data = makeToy(${JSON.stringify(data.name)}, ${JSON.stringify(opts)});`,
    "const dim = data.shape[1]!;",
    `const rows: number[] = ${rows};`,
    "",
    ...paramsBlock(plan, params),
    "",
    "/** One data point through the network: the outputs, one per Output node. */",
    ...modelBlock(plan, false),
    "",
    `/** The ${plan.lossName} loss of one data point: y is the target${k > 1 ? ", Y its one-hot code" : ""}. */`,
    "function sampleLoss(out: Value[], y: Value, Y: Value[]): Value {",
    `  return ${loss};`,
    "}",
    "",
    `const l2 = ${l2};`,
    `const steps = ${steps};`,
    `const optimizer = ${opt};`,
    `const rng = createRng(${doc.training.seed});`,
    "export const losses: number[] = [];",
    "for (let step = 0; step < steps; step += 1) {",
    batchSize === "all" ? "  const batch = rows;" : `  const batch = rng.shuffle([...rows]).slice(0, ${batchSize});`,
    "  let sum = new Value(0);",
    "  for (const r of batch) {",
    "    const x = Array.from({ length: dim }, (_, f) => data.features[r * dim + f]!);",
    "    const t = data.targets[r]!;",
    `    const Y = Array.from({ length: ${k > 1 ? k : 0} }, (_, j) => new Value(t === j ? 1 : 0));`,
    `    sum = sum.add(sampleLoss(model(x), new Value(${target}), Y));`,
    "  }",
    "  const total = sum.mul(1 / batch.length).add(p.map((q) => q.mul(q)).reduce((a, b) => a.add(b), new Value(0)).mul(l2));",
    ...stepTailLines(doc, steps),
  ];
}

/**
 * Exports the document as a runnable TypeScript module (strict) on `@nudge/autograd`: the same
 * initial weights, data rows, loss and optimiser, so its first loss equals Nudge's.
 * @example
 * const result = exportTypeScript(doc); if (result.ok) download("model.ts", result.code);
 */
export function exportTypeScript(input: GraphDoc, options: ExportOptions = {}): ExportResult {
  const c = checked(input);
  if ("problems" in c) return { ok: false, problems: c.problems };
  const { doc } = c;
  const steps = options.steps ?? doc.training.schedule.steps ?? 100;
  if (doc.mode === "layers") return layersTypeScript(doc, steps);
  const { plan, params } = planWithParams(doc);
  const body = doc.mode === "expression" ? expressionProgram(doc, plan, params) : trainingProgram(doc, plan, params, steps);
  return { ok: true, code: [...header(doc), ...body, ""].join("\n") };
}
