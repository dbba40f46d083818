import { sampleLoss } from "../compile/losses.js";
import type { GraphDoc } from "../schema/types.js";
import { literal, pyOps } from "./code-ops.js";
import { targetLines, type LoopSpec, type TrainRows } from "./rows.js";
import { pySampler } from "./sampler-code.js";
import { scheduleCode } from "./shared.js";

/** The embedded training rows as tensors `X` (one row per data point) and `T` (targets). */
export function pyDataLines(rows: TrainRows): string[] {
  return [
    "# The training rows, exactly as Nudge generated and split them.",
    "X = torch.tensor([",
    ...rows.features.map((f) => `    ${f},`),
    "])",
    "T = torch.tensor([",
    ...targetLines(rows.targets, "    "),
    "])",
  ];
}

/** The optimiser over `params` (Python source for the list of tensors), as the document sets it. */
export function pyOptimizer(doc: GraphDoc, params: string): string {
  const { optimizer } = doc.training;
  return optimizer.kind === "adam"
    ? `torch.optim.Adam(${params}, lr=${literal(optimizer.lr)})`
    : `torch.optim.SGD(${params}, lr=${literal(optimizer.lr)}, momentum=${literal(optimizer.momentum ?? 0)})`;
}

/** One optimiser step on `total` with the scheduled learning rate (indented for the training loop). */
export function pyUpdateLines(doc: GraphDoc): string[] {
  return [
    "    optimizer.zero_grad()",
    "    total.backward()",
    "    for group in optimizer.param_groups:",
    `        group["lr"] = ${scheduleCode(doc, "py")}`,
    "    optimizer.step()",
  ];
}

/** Loss, objective, sampler, optimiser and the training loop, as Nudge trains (losses[k]: loss after k steps). */
export function pyTraining(doc: GraphDoc, loop: LoopSpec): string[] {
  const { k, lossName } = loop;
  const out = Array.from({ length: k }, (_, j) => `out[${j}]`);
  const loss = sampleLoss(pyOps, lossName, out, { y: "y", onehot: out.map((_, j) => `Y[${j}]`) });
  const { batchSize, l2 } = doc.training;
  const opt = pyOptimizer(doc, loop.params);
  const target =
    lossName === "max-margin" && k === 1 ? "torch.where(t > 0, torch.ones_like(t), -torch.ones_like(t))" : "t";
  return [
    "",
    "def sample_loss(out, y, Y):",
    `    """The ${lossName} loss of each row: y is the target${k > 1 ? ", Y its one-hot columns" : ""}."""`,
    `    return ${loss}`,
    "",
    "",
    `def objective(rows${loop.batched ? ", training=False" : ""}):`,
    '    """The mean loss over some rows plus the L2 term: what Nudge minimises, and shows for all rows."""',
    "    t = T[rows]",
    `    Y = [(t == j).to(t.dtype) for j in range(${k > 1 ? k : 0})]`,
    `    y = ${target}`,
    `    penalty = sum((q * q).sum() for q in ${loop.penalised})`,
    `    return sample_loss(model(X[rows]${loop.batched ? ", training" : ""}), y, Y).mean() + ${literal(l2)} * penalty`,
    "",
    "",
    ...pySampler,
    "",
    "",
    `optimizer = ${opt}`,
    `steps = ${loop.steps}`,
    "all_rows = list(range(len(T)))",
    "with torch.no_grad():",
    "    losses = [objective(all_rows).item()]",
    "for step in range(steps):",
    `    total = objective(minibatch(all_rows, ${batchSize === "all" ? "len(all_rows)" : batchSize}, ${loop.rows.samplerSeed}, step)${loop.batched ? ", True" : ""})`,
    ...pyUpdateLines(doc),
    "    with torch.no_grad():",
    "        losses.append(objective(all_rows).item())",
    "    if step % 10 == 0 or step == steps - 1:",
    '        print(f"step {step + 1} loss {losses[-1]:.4f}")',
    "",
  ];
}
