import { Value, compileTape } from "@nudge/autograd";
import type { Tape } from "@nudge/autograd";
import { valueOps } from "./arith.js";
import { sampleLoss } from "./losses.js";
import { PlanNodeError, evaluatePlan } from "./plan.js";
import type { Plan } from "./plan.js";

/** The tape of a plan for `capacity` samples, with the slot of every doc node per sample and every input. */
export interface BuiltTape {
  tape: Tape;
  root: Value;
  capacity: number;
  /** Per plan node, its slot for each sample (Loss: the batch data loss, same for every sample). */
  nodeSlots: Int32Array[];
  paramSlots: Int32Array;
  featureSlots: Int32Array;
  targetSlots: Int32Array;
  onehotSlots: Int32Array;
  sampleWeightSlots: Int32Array;
  l2Slot: number;
  totalSlot: number;
  dataLossSlot: number;
  /** Plan node index owning each slot (-1 for loss internals and inputs). */
  slotOwner: Int32Array;
  slotSample: Int32Array;
}

const paramLabel = (plan: Plan, p: number): string => {
  const owner = plan.owners[p]!;
  if (owner.kind === "edge") return `w ${owner.id}`;
  const node = plan.nodes.find((n) => n.id === owner.id);
  return node?.spec.leaf === "parameter" ? node.label : `b ${owner.id}`;
};

/** Builds the autograd Value graph (one copy of the network per sample) and compiles it to a tape. */
export function buildTape(plan: Plan, params: Float64Array, capacity: number, l2: number, expression: boolean): BuiltTape {
  const paramValues = plan.owners.map((_, p) => new Value(params[p]!, paramLabel(plan, p)));
  const k = plan.outputs.length;
  const cap = expression ? 1 : capacity;
  const F = plan.featureCount;
  const features: Value[] = [];
  const targets: Value[] = [];
  const onehot: Value[] = [];
  const weights: Value[] = [];
  const perSample: Value[][] = [];
  const terms: Value[] = [];
  for (let s = 0; s < cap; s += 1) {
    const xs = Array.from({ length: F }, (_, f) => new Value(0, `x${f + 1}[${s}]`));
    features.push(...xs);
    const vals = evaluatePlan(plan, valueOps, (f) => xs[f] ?? new Value(0), (p) => paramValues[p]!);
    plan.nodes.forEach((node, i) => {
      if (node.spec.kind !== "loss" && vals[i]!.label === "") vals[i]!.label = node.label;
    });
    perSample.push(vals);
    if (expression) continue;
    const y = new Value(0, `y[${s}]`);
    const hot = k > 1 ? Array.from({ length: k }, (_, j) => new Value(0, `y${j}[${s}]`)) : [];
    const w = new Value(0, `1/n[${s}]`);
    targets.push(y);
    onehot.push(...hot);
    weights.push(w);
    try {
      terms.push(w.mul(sampleLoss(valueOps, plan.lossName, plan.outputs.map((o) => vals[o]!), { y, onehot: hot })));
    } catch (error) {
      throw new PlanNodeError(plan.nodes[plan.loss]?.id ?? plan.nodes[plan.outputs[0]!]?.id ?? "loss", error instanceof Error ? error.message : String(error));
    }
  }
  const l2Leaf = new Value(l2, "l2");
  let root: Value;
  let dataLoss: Value;
  if (expression) {
    root = perSample[0]![plan.root]!;
    dataLoss = root;
  } else {
    dataLoss = terms.reduce((a, b) => a.add(b));
    dataLoss.label = "loss";
    const reg = paramValues.length > 0 ? paramValues.map((p) => p.mul(p)).reduce((a, b) => a.add(b)) : new Value(0);
    root = dataLoss.add(l2Leaf.mul(reg));
    root.label = "loss + l2·Σp²";
  }
  const consumed = new Set(plan.nodes.flatMap((n) => Object.values(n.inputs).flat()));
  const sinks = perSample.flatMap((vals) => plan.nodes.map((_, i) => i).filter((i) => !consumed.has(i) && i !== plan.loss && i !== plan.root).map((i) => vals[i]!));
  const inputs = expression ? [] : [...features, ...targets, ...onehot, ...weights, l2Leaf];
  const tape = compileTape([root, ...sinks], { inputs, params: paramValues });
  const slot = (v: Value) => tape.indexOf(v);
  const nodeSlots = plan.nodes.map((_, i) => Int32Array.from(perSample, (vals) => (i === plan.loss ? slot(dataLoss) : slot(vals[i]!))));
  const slotOwner = new Int32Array(tape.size).fill(-1);
  const slotSample = new Int32Array(tape.size).fill(-1);
  nodeSlots.forEach((slots, i) =>
    slots.forEach((sl, s) => {
      if (sl >= 0 && slotOwner[sl] === -1) {
        slotOwner[sl] = i;
        slotSample[sl] = s;
      }
    }),
  );
  const inputSlots = tape.inputSlots;
  let at = 0;
  const take = (n: number) => inputSlots.slice(at, (at += n));
  return {
    tape,
    root,
    capacity: cap,
    nodeSlots,
    paramSlots: tape.paramSlots,
    featureSlots: expression ? new Int32Array(0) : take(features.length),
    targetSlots: expression ? new Int32Array(0) : take(targets.length),
    onehotSlots: expression ? new Int32Array(0) : take(onehot.length),
    sampleWeightSlots: expression ? new Int32Array(0) : take(weights.length),
    l2Slot: expression ? -1 : inputSlots[at]!,
    totalSlot: slot(root),
    dataLossSlot: slot(dataLoss),
    slotOwner,
    slotSample,
  };
}
