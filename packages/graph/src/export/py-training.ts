import { sampleLoss } from "../compile/losses.js";
import type { LossName } from "../schema/types.js";
import type { GraphDoc } from "../schema/types.js";
import { literal, pyOps } from "./code-ops.js";

/** Python for the learning rate at `step`. */
export function pySchedule(doc: GraphDoc, steps: number): string {
  const { lr } = doc.training.optimizer;
  const { schedule } = doc.training;
  if (schedule.kind === "constant") return literal(lr);
  const over = schedule.steps ?? steps;
  return `${literal(lr)} - (${literal(lr)} - ${literal(schedule.final ?? 0)}) * min(step, ${over}) / ${over}`;
}

/** The training loop shared by neuron and layer exports: `model(x)` returns a list of output columns. */
export function pyTraining(doc: GraphDoc, k: number, lossName: LossName, params: string, steps: number): string[] {
  const out = Array.from({ length: k }, (_, j) => `out[${j}]`);
  const loss = sampleLoss(pyOps, lossName, out, { y: "y", onehot: out.map((_, j) => `Y[${j}]`) });
  const { optimizer, batchSize, l2 } = doc.training;
  const opt =
    optimizer.kind === "adam"
      ? `torch.optim.Adam(${params}, lr=${literal(optimizer.lr)})`
      : `torch.optim.SGD(${params}, lr=${literal(optimizer.lr)}, momentum=${literal(optimizer.momentum ?? 0)})`;
  const target = lossName === "max-margin" && k === 1 ? "torch.where(t > 0, 1.0, -1.0)" : "t";
  return [
    "",
    `def sample_loss(out, y, Y):`,
    `    """The ${lossName} loss of each row: y is the target${k > 1 ? ", Y its one-hot columns" : ""}."""`,
    `    return ${loss}`,
    "",
    "",
    `optimizer = ${opt}`,
    `l2 = ${literal(l2)}`,
    `steps = ${steps}`,
    "losses = []",
    "for step in range(steps):",
    batchSize === "all" ? "    batch = torch.arange(len(T))" : `    batch = torch.randperm(len(T))[:${batchSize}]`,
    "    t = T[batch]",
    `    Y = [(t == j).double() for j in range(${k > 1 ? k : 0})]`,
    `    y = ${target}`,
    "    total = sample_loss(model(X[batch]), y, Y).mean() + l2 * sum((q * q).sum() for q in optimizer.param_groups[0][\"params\"])",
    "    optimizer.zero_grad()",
    "    total.backward()",
    "    for group in optimizer.param_groups:",
    `        group["lr"] = ${pySchedule(doc, steps)}`,
    "    optimizer.step()",
    "    losses.append(total.item())",
    "    if step % 10 == 0 or step == steps - 1:",
    '        print(f"step {step} loss {total.item():.4f}")',
    "",
  ];
}
