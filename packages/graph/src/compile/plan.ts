import { featureCount, indexGraph, inputsOn } from "../graph-index.js";
import { defaultParams, getKind } from "../kinds/registry.js";
import type { Arith, NodeKindSpec } from "../kinds/types.js";
import { toyInfo } from "../schema/constants.js";
import type { GraphDoc, LossName, ParamValue } from "../schema/types.js";
import { effectiveLoss, outputNodes } from "../validate/roles.js";

/** One node of the plan: its kind, resolved params, and where its inputs and trainables come from. */
export interface PlanNode {
  id: string;
  label: string;
  spec: NodeKindSpec;
  params: Record<string, ParamValue>;
  /** Per input port, plan indices of the wired nodes (document edge order). */
  inputs: Record<string, number[]>;
  /** Param indices of the weights of the wires into the weight port, aligned with `inputs[weightPort]`. */
  weights: number[];
  /** Param index of the node's own trainable (bias or parameter value). */
  own?: number;
  /** Feature column for Input nodes. */
  feature: number;
}

/** Who owns a trainable number: an edge (a weight) or a node (a bias or a Parameter's value). */
export interface ParamOwner {
  id: string;
  kind: "edge" | "node";
}

/** A document lowered to scalar evaluation order. */
export interface Plan {
  nodes: PlanNode[];
  owners: ParamOwner[];
  /** Initial value per param (document weights; missing weights are filled by the caller). */
  initial: (number | undefined)[];
  /** Plan indices of the Output nodes, by output index. */
  outputs: number[];
  /** Plan index of the Loss node, or -1. */
  loss: number;
  lossName: LossName;
  featureCount: number;
  task: "classification" | "regression" | "density" | "none";
  /** Plan index of the expression root (expression mode). */
  root: number;
}

/** Lowers a validated expression or neuron document (no cycles) to a plan. */
export function buildPlan(doc: GraphDoc): Plan {
  const index = indexGraph(doc);
  const owners: ParamOwner[] = [];
  const initial: (number | undefined)[] = [];
  const position = new Map<string, number>();
  const nodes: PlanNode[] = [];
  const addParam = (owner: ParamOwner, value: unknown) => {
    owners.push(owner);
    initial.push(typeof value === "number" ? value : undefined);
    return owners.length - 1;
  };
  for (const node of index.order) {
    const spec = getKind(node.kind)!;
    const params = { ...defaultParams(node.kind), ...node.params };
    const inputs: Record<string, number[]> = {};
    for (const port of spec.ports.inputs)
      inputs[port.name] = inputsOn(index, node.id, port.name).map((e) => position.get(e.source)!);
    const weights = spec.weightPort
      ? inputsOn(index, node.id, spec.weightPort).map((e) => addParam({ id: e.id, kind: "edge" }, e.weight))
      : [];
    const own = spec.trainable ? addParam({ id: node.id, kind: "node" }, params[spec.trainable]) : undefined;
    position.set(node.id, nodes.length);
    nodes.push({
      id: node.id,
      label: node.label ?? node.id,
      spec,
      params,
      inputs,
      weights,
      ...(own === undefined ? {} : { own }),
      feature: typeof params.feature === "number" ? params.feature : 0,
    });
  }
  const outputs = outputNodes(doc).map((n) => position.get(n.id)!);
  const { name: lossName, nodeId: lossId } = effectiveLoss(doc);
  const loss = lossId === undefined ? -1 : position.get(lossId)!;
  const sinks = nodes.map((_, i) => i).filter((i) => (index.outgoing.get(nodes[i]!.id) ?? []).length === 0);
  return {
    nodes,
    owners,
    initial,
    outputs,
    loss,
    lossName,
    featureCount: featureCount(doc.data),
    task: doc.data.kind === "toy" ? toyInfo[doc.data.name].task : "none",
    root: outputs[0] ?? sinks[sinks.length - 1] ?? -1,
  };
}

/** Thrown while evaluating a plan: which node failed (e.g. log of a negative number). */
export class PlanNodeError extends Error {
  constructor(
    readonly nodeId: string,
    readonly detail: string,
  ) {
    super(`node ${nodeId}: ${detail}`);
    this.name = "PlanNodeError";
  }
}

/**
 * Evaluates the plan for one sample with any arithmetic (numbers, Values, code strings); `bind`
 * may replace each node's result (code export names it as a variable).
 */
export function evaluatePlan<T>(
  plan: Plan,
  ops: Arith<T>,
  feature: (f: number) => T,
  param: (p: number) => T,
  bind?: (node: PlanNode, value: T) => T,
): T[] {
  const out: T[] = new Array<T>(plan.nodes.length);
  plan.nodes.forEach((node, i) => {
    const { spec } = node;
    try {
      if (spec.leaf === "feature") out[i] = feature(node.feature);
      else if (spec.leaf === "parameter") out[i] = param(node.own!);
      else if (spec.scalar) {
        const inputs: Record<string, T[]> = {};
        for (const [port, from] of Object.entries(node.inputs)) inputs[port] = from.map((j) => out[j]!);
        const own = node.own === undefined ? {} : { own: param(node.own) };
        out[i] = spec.scalar(ops, { params: node.params, inputs, weights: node.weights.map(param), ...own });
      } else out[i] = out[Object.values(node.inputs)[0]?.[0] ?? -1]!;
      if (bind) out[i] = bind(node, out[i]!);
    } catch (error) {
      throw new PlanNodeError(node.id, error instanceof Error ? error.message : String(error));
    }
  });
  return out;
}
