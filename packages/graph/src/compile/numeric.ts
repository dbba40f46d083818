import { numberOps } from "./arith.js";
import { sampleLoss, targetSlotValue } from "./losses.js";
import { evaluatePlan } from "./plan.js";
import type { Plan } from "./plan.js";
import type { Batch } from "./types.js";

/** A nudge to one node's value in one sample, for finite differences. */
export interface Perturbation {
  node: number;
  sample: number;
  delta: number;
}

const rowOf = (batch: Batch, s: number) => (batch.rows ? Number(batch.rows[s]) : s);

/** All node values for one row of `features` (plain numbers), optionally nudging one node. */
export function evaluateRow(
  plan: Plan,
  params: ArrayLike<number>,
  features: ArrayLike<number>,
  row: number,
  dim: number,
  nudge?: Perturbation,
): number[] {
  const bind = nudge
    ? (node: { id: string }, v: number) => (plan.nodes[nudge.node]!.id === node.id ? v + nudge.delta : v)
    : undefined;
  return evaluatePlan(
    plan,
    numberOps,
    (f) => Number(features[row * dim + f]),
    (j) => params[j]!,
    bind,
  );
}

/** The total loss (or expression value) in plain numbers: the same sum as the tape, for finite differences. */
export function numericTotal(
  plan: Plan,
  params: ArrayLike<number>,
  batch: Batch | null,
  l2: number,
  expression: boolean,
  nudge?: Perturbation,
): number {
  if (expression || !batch) {
    const vals = evaluateRow(plan, params, [], 0, 0, nudge);
    return vals[plan.root]!;
  }
  const dim = batch.dim ?? plan.featureCount;
  const k = plan.outputs.length;
  let data = 0;
  for (let s = 0; s < batch.count; s += 1) {
    const row = rowOf(batch, s);
    const mine = nudge && nudge.sample === s ? nudge : undefined;
    const vals = evaluateRow(
      plan,
      params,
      batch.features,
      row,
      dim,
      mine && mine.node !== plan.loss ? mine : undefined,
    );
    const t = Number(batch.targets[row]);
    const onehot = Array.from({ length: k > 1 ? k : 0 }, (_, j) => (t === j ? 1 : 0));
    let loss = sampleLoss(
      numberOps,
      plan.lossName,
      plan.outputs.map((o) => vals[o]!),
      { y: targetSlotValue(plan.lossName, k, t), onehot },
    );
    if (mine && mine.node === plan.loss) loss += mine.delta;
    data += (1 / batch.count) * loss;
  }
  let reg = 0;
  for (let p = 0; p < params.length; p += 1) reg += params[p]! * params[p]!;
  return data + l2 * reg;
}
