import { sampleLoss } from "../compile/losses.js";
import type { GraphDoc } from "../schema/types.js";
import { commentText, jsOps, literal } from "./code-ops.js";
import { targetLines, type LoopSpec, type TrainRows } from "./rows.js";
import { tsSampler } from "./sampler-code.js";
import { scheduleCode } from "./shared.js";
import { tsOptimizer, tsValue } from "./ts-engine.js";

/** The first lines of every TypeScript export: what it is and how to run it. */
export function tsHeader(doc: GraphDoc): string[] {
  return [
    `// ${commentText(doc.title)}: exported from Nudge as a self-contained TypeScript program (no packages needed).`,
    "// Run it with Node 20: save as model.ts, then `npx tsx model.ts`. It type-checks under `tsc --strict`.",
    "",
    ...tsValue,
    "",
  ];
}

/** The embedded training rows as `X` (features per row) and `T` (targets). */
export function tsDataLines(rows: TrainRows): string[] {
  return [
    "// The training rows, exactly as Nudge generated and split them.",
    "const X: number[][] = [",
    ...rows.features.map((f) => `  ${f},`),
    "];",
    "const T: number[] = [",
    ...targetLines(rows.targets, "  "),
    "];",
  ];
}

/** Loss, objective, sampler, optimiser and the training loop, as Nudge trains (losses[k]: loss after k steps). */
export function tsTrainingLines(doc: GraphDoc, loop: LoopSpec): string[] {
  const { k, lossName } = loop;
  const out = Array.from({ length: k }, (_, j) => `out[${j}]!`);
  const loss = sampleLoss(jsOps, lossName, out, { y: "y", onehot: out.map((_, j) => `Y[${j}]!`) });
  const { optimizer, batchSize, l2 } = doc.training;
  const target = lossName === "max-margin" && k === 1 ? "t > 0 ? 1 : -1" : "t";
  const Opt = optimizer.kind === "adam" ? "Adam" : "SGD";
  const momentum = optimizer.kind === "sgd" && optimizer.momentum ? `, ${literal(optimizer.momentum)}` : "";
  return [
    `/** The ${lossName} loss of one row: y is the target${k > 1 ? ", Y its one-hot code" : ""}. */`,
    "function sampleLoss(out: Value[], y: Value, Y: Value[]): Value {",
    `  return ${loss};`,
    "}",
    "",
    "/** The mean loss over some rows plus the L2 term: what Nudge minimises, and shows for all rows. */",
    `function objective(rows: number[]${loop.batched ? ", training = false" : ""}): Value {`,
    "  let sum = new Value(0);",
    ...(loop.batched ? ["  const outs = model(rows.map((r) => X[r]!), training);"] : []),
    `  rows.forEach((r${loop.batched ? ", i" : ""}) => {`,
    "    const t = T[r]!;",
    `    const Y = Array.from({ length: ${k > 1 ? k : 0} }, (_, j) => new Value(t === j ? 1 : 0));`,
    `    sum = sum.add(sampleLoss(${loop.batched ? "outs[i]!" : "model(X[r]!)"}, new Value(${target}), Y));`,
    "  });",
    `  const penalty = ${loop.penalised}.reduce((a, q) => a.add(q.mul(q)), new Value(0));`,
    `  return sum.mul(new Value(1 / rows.length)).add(penalty.mul(new Value(${literal(l2)})));`,
    "}",
    "",
    ...tsSampler,
    "",
    ...tsOptimizer(optimizer.kind),
    "",
    `const optimizer = new ${Opt}(${loop.params}, ${literal(optimizer.lr)}${momentum});`,
    `const steps = ${loop.steps};`,
    "const all = X.map((_, i) => i);",
    "let current = objective(all);",
    "/** The loss on all training rows before training and after each step, as the editor's chart shows it. */",
    "export const losses: number[] = [current.data];",
    "for (let step = 0; step < steps; step += 1) {",
    `  const batch = minibatch(all, ${batchSize === "all" ? "all.length" : batchSize}, ${loop.rows.samplerSeed}, step);`,
    loop.batched
      ? "  const total = objective(batch, true);"
      : "  const total = batch === all ? current : objective(batch);",
    "  optimizer.zeroGrad();",
    "  total.backward();",
    `  optimizer.lr = ${scheduleCode(doc, "ts")};`,
    "  optimizer.step();",
    "  current = objective(all);",
    "  losses.push(current.data);",
    "  if (step % 10 === 0 || step === steps - 1) console.log(`step ${step + 1} loss ${losses[step + 1]!.toFixed(4)}`);",
    "}",
  ];
}
