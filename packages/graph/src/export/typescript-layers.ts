import { sampleLoss } from "../compile/losses.js";
import { problem } from "../problems.js";
import type { GraphDoc } from "../schema/types.js";
import { commentText, jsOps } from "./code-ops.js";
import { layerStack } from "./layer-stack.js";
import { stepTailLines } from "./shared.js";
import type { ExportResult } from "./shared.js";

/** A layer graph as an `MLP` of `@nudge/autograd` (Xavier init from the training seed). */
export function layersTypeScript(doc: GraphDoc, steps: number): ExportResult {
  const result = layerStack(doc);
  if (!result.ok) return result;
  const { stack } = result;
  const exp = stack.layers.find((l) => l.activation === "exp");
  if (exp) return { ok: false, problems: [problem("not-supported", ["The exp link in an autograd MLP export"], { nodeId: exp.nodeId })] };
  if (doc.data.kind !== "toy") return { ok: true, code: "" };
  const data = doc.data;
  const k = stack.layers[stack.layers.length - 1]!.units;
  const out = Array.from({ length: k }, (_, j) => `out[${j}]!`);
  const loss = sampleLoss(jsOps, stack.loss, out, { y: "y", onehot: out.map((_, j) => `Y[${j}]!`) });
  const { optimizer, batchSize, l2, seed } = doc.training;
  const opts = { n: data.n, noise: data.noise, seed: data.seed, ...(data.classes === undefined ? {} : { classes: data.classes }) };
  const rows = data.testFraction > 0 ? `trainTestSplit(data.shape[0], { testFraction: ${data.testFraction}, seed: ${data.seed} }).train` : "[...Array(data.shape[0]).keys()]";
  const Opt = optimizer.kind === "adam" ? "Adam" : "SGD";
  const target = stack.loss === "max-margin" && k === 1 ? "(t > 0 ? 1 : -1)" : "t";
  return {
    ok: true,
    code: [
      `// ${commentText(doc.title)}: exported from Nudge as a program on @nudge/autograd.`,
      "// Run it with Node 20: npm install @nudge/autograd @nudge/datasets tsx, save as model.ts, npx tsx model.ts",
      `import { ${Opt}, MLP, Value } from "@nudge/autograd";`,
      `import { createRng, makeToy${data.testFraction > 0 ? ", trainTestSplit" : ""} } from "@nudge/datasets";`,
      "",
      `const data = makeToy(${JSON.stringify(data.name)}, ${JSON.stringify(opts)});`,
      "const dim = data.shape[1]!;",
      `const rows: number[] = ${rows};`,
      `const model = new MLP(${stack.inputs}, ${JSON.stringify(stack.layers.map((l) => l.units))}, { activations: ${JSON.stringify(stack.layers.map((l) => l.activation))}, init: "xavier", seed: ${seed} });`,
      "const p = model.parameters();",
      "",
      `/** The ${stack.loss} loss of one data point. */`,
      "function sampleLoss(out: Value[], y: Value, Y: Value[]): Value {",
      `  return ${loss};`,
      "}",
      "",
      `const optimizer = new ${Opt}(p, { lr: ${optimizer.lr}${optimizer.kind === "sgd" && optimizer.momentum ? `, momentum: ${optimizer.momentum}` : ""} });`,
      `const rng = createRng(${seed});`,
      `const steps = ${steps};`,
      "export const losses: number[] = [];",
      "for (let step = 0; step < steps; step += 1) {",
      batchSize === "all" ? "  const batch = rows;" : `  const batch = rng.shuffle([...rows]).slice(0, ${batchSize});`,
      "  let sum = new Value(0);",
      "  for (const r of batch) {",
      "    const t = data.targets[r]!;",
      `    const Y = Array.from({ length: ${k > 1 ? k : 0} }, (_, j) => new Value(t === j ? 1 : 0));`,
      "    const x = Array.from({ length: dim }, (_, f) => data.features[r * dim + f]!);",
      `    sum = sum.add(sampleLoss(model.forward(x), new Value(${target}), Y));`,
      "  }",
      `  const total = sum.mul(1 / batch.length).add(p.map((q) => q.mul(q)).reduce((a, b) => a.add(b), new Value(0)).mul(${l2}));`,
      ...stepTailLines(doc, steps),
      "",
    ].join("\n"),
  };
}
