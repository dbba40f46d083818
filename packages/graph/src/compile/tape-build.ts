import { Value, compileTape } from "@nudge/autograd";
import type { Tape } from "@nudge/autograd";
import { buildOps } from "./arith.js";
import { sampleLoss } from "./losses.js";
import { evaluatePlan } from "./plan.js";
import type { Plan } from "./plan.js";

/** One sample's tape of a plan (run over a batch one lane per sample), with the slot of every doc node and input. */
export interface BuiltTape {
  tape: Tape;
  /** One sample's weighted data loss `(1/n)·loss(prediction, y)`, or the expression's root. */
  root: Value;
  /** Per plan node, its slot (the Loss node: the sample's loss). */
  nodeSlots: Int32Array;
  paramSlots: Int32Array;
  featureSlots: Int32Array;
  targetSlot: number;
  onehotSlots: Int32Array;
  sampleWeightSlot: number;
  /** Slots `nonFinite` checks per lane, ascending: every node's but the params', and the sample's loss term. */
  checkSlots: Int32Array;
  /** Plan node index each slot belongs to (inner slots of a node, e.g. a neuron's products, belong to it). */
  slotOwner: Int32Array;
}

const paramLabel = (plan: Plan, p: number): string => {
  const owner = plan.owners[p]!;
  if (owner.kind === "edge") return `w ${owner.id}`;
  const node = plan.nodes.find((n) => n.id === owner.id);
  return node?.spec.leaf === "parameter" ? node.label : `b ${owner.id}`;
};

/**
 * Builds one sample's autograd Value graph (network, then its weighted loss) and compiles it to a
 * tape. Nothing is evaluated for real here: features are placeholders and domain errors of
 * placeholder numbers are ignored (see `buildOps`).
 */
export function buildTape(plan: Plan, params: Float64Array, expression: boolean): BuiltTape {
  const paramValues = plan.owners.map((_, p) => new Value(params[p]!, paramLabel(plan, p)));
  const k = plan.outputs.length;
  const xs = Array.from({ length: plan.featureCount }, (_, f) => new Value(0, `x${f + 1}`));
  const vals = evaluatePlan(
    plan,
    buildOps,
    (f) => xs[f] ?? new Value(0),
    (p) => paramValues[p]!,
  );
  plan.nodes.forEach((node, i) => {
    if (node.spec.kind !== "loss" && vals[i]!.label === "") vals[i]!.label = node.label;
  });
  const y = new Value(0, "y");
  const onehot = k > 1 ? Array.from({ length: k }, (_, j) => new Value(0, `y${j}`)) : [];
  const weight = new Value(1, "1/n");
  let root: Value;
  let lossValue: Value | undefined;
  if (expression) {
    // An expression's root is its Output or its one final node; `validate` refuses a document without one.
    const found = vals[plan.root];
    if (!found) throw new Error("the expression has no final node to evaluate; add a node to the canvas");
    root = found;
  } else {
    lossValue = sampleLoss(
      buildOps,
      plan.lossName,
      plan.outputs.map((o) => vals[o]!),
      { y, onehot },
    );
    lossValue.label = "loss";
    root = buildOps.mul(weight, lossValue);
    root.label = "loss/n";
  }
  const consumed = new Set(plan.nodes.flatMap((n) => Object.values(n.inputs).flat()));
  const sinks = plan.nodes
    .map((_, i) => i)
    .filter((i) => !consumed.has(i) && i !== plan.loss && i !== plan.root)
    .map((i) => vals[i]!);
  const inputs = expression ? [] : [...xs, y, ...onehot, weight];
  const tape = compileTape([root, ...sinks], { inputs, params: paramValues });
  const nodeSlots = Int32Array.from(plan.nodes, (_, i) =>
    tape.indexOf(i === plan.loss && lossValue ? lossValue : vals[i]!),
  );
  return {
    tape,
    root,
    nodeSlots,
    paramSlots: tape.paramSlots,
    featureSlots: expression ? new Int32Array(0) : tape.inputSlots.slice(0, xs.length),
    targetSlot: expression ? -1 : tape.inputSlots[xs.length]!,
    onehotSlots: expression ? new Int32Array(0) : tape.inputSlots.slice(xs.length + 1, xs.length + 1 + onehot.length),
    sampleWeightSlot: expression ? -1 : tape.inputSlots[xs.length + 1 + onehot.length]!,
    checkSlots: Int32Array.from(
      new Set([...nodeSlots, tape.outputSlots[0]!].filter((x) => x >= 0 && !tape.paramSlots.includes(x))),
    ).sort(),
    slotOwner: owners(tape.size, nodeSlots, plan),
  };
}

/** Each slot's node: its own, else the next node slot in topological order (the node its inner ops build), else the loss or output. */
function owners(size: number, nodeSlots: Int32Array, plan: Plan): Int32Array {
  const owner = new Int32Array(size).fill(-1);
  nodeSlots.forEach((slot, i) => {
    if (slot >= 0 && owner[slot] === -1) owner[slot] = i;
  });
  let next = plan.loss >= 0 ? plan.loss : (plan.outputs[0] ?? plan.root);
  for (let s = size - 1; s >= 0; s -= 1) {
    if (owner[s] === -1) owner[s] = next;
    else next = owner[s]!;
  }
  return owner;
}
