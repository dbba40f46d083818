import { numberOps } from "./arith.js";
import { predictedClass, sampleLoss, targetSlotValue } from "./losses.js";
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
export function evaluateRow(plan: Plan, params: ArrayLike<number>, features: ArrayLike<number>, row: number, dim: number, nudge?: Perturbation): number[] {
  const bind = nudge ? (node: { id: string }, v: number) => (plan.nodes[nudge.node]!.id === node.id ? v + nudge.delta : v) : undefined;
  return evaluatePlan(plan, numberOps, (f) => Number(features[row * dim + f]), (j) => params[j]!, bind);
}

/** The total loss (or expression value) in plain numbers: the same sum as the tape, for finite differences. */
export function numericTotal(plan: Plan, params: ArrayLike<number>, batch: Batch | null, l2: number, expression: boolean, nudge?: Perturbation): number {
  if (expression || !batch) {
    const vals = evaluateRow(plan, params, [], 0, 0, nudge);
    return vals[plan.root]!;
  }
  const dim = batch.dim ?? plan.featureCount;
  const k = plan.outputs.length;
  let data = 0;
  for (let s = 0; s < batch.count; s += 1) {
    const row = rowOf(batch, s);
    const vals = evaluateRow(plan, params, batch.features, row, dim, nudge && nudge.sample === s && nudge.node !== plan.loss ? nudge : undefined);
    const t = Number(batch.targets[row]);
    const onehot = Array.from({ length: k > 1 ? k : 0 }, (_, j) => (t === j ? 1 : 0));
    const loss = sampleLoss(numberOps, plan.lossName, plan.outputs.map((o) => vals[o]!), { y: targetSlotValue(plan.lossName, k, t), onehot });
    data += (1 / batch.count) * loss;
  }
  if (nudge && nudge.node === plan.loss) data += nudge.delta;
  let reg = 0;
  for (let p = 0; p < params.length; p += 1) reg += params[p]! * params[p]!;
  return data + l2 * reg;
}

/** Outputs for `count` points: `count × outputs` numbers. */
export function predictRows(plan: Plan, params: ArrayLike<number>, points: ArrayLike<number>, count: number, dim: number): Float64Array {
  const k = plan.outputs.length;
  const out = new Float64Array(count * k);
  for (let p = 0; p < count; p += 1) {
    const vals = evaluateRow(plan, params, points, p, dim);
    for (let j = 0; j < k; j += 1) out[p * k + j] = vals[plan.outputs[j]!]!;
  }
  return out;
}

/** Every node's value for each point. */
export function nodeMaps(plan: Plan, params: ArrayLike<number>, points: ArrayLike<number>, count: number, dim: number): Record<string, Float32Array> {
  const maps = plan.nodes.map(() => new Float32Array(count));
  for (let p = 0; p < count; p += 1) {
    const vals = evaluateRow(plan, params, points, p, dim);
    for (let i = 0; i < maps.length; i += 1) maps[i]![p] = vals[i]!;
  }
  return Object.fromEntries(plan.nodes.map((n, i) => [n.id, maps[i]!]));
}

/** Fraction of rows whose predicted class equals the target (classification only). */
export function accuracyOf(plan: Plan, params: ArrayLike<number>, batch: Batch): number | undefined {
  if (plan.task !== "classification" || batch.count < 1 || plan.outputs.length === 0) return undefined;
  const dim = batch.dim ?? plan.featureCount;
  let right = 0;
  for (let s = 0; s < batch.count; s += 1) {
    const row = rowOf(batch, s);
    const vals = evaluateRow(plan, params, batch.features, row, dim);
    if (predictedClass(plan.lossName, plan.outputs.map((o) => vals[o]!)) === Number(batch.targets[row])) right += 1;
  }
  return right / batch.count;
}
