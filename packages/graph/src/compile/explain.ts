import { AutogradError, Value } from "@nudge/autograd";
import { indexGraph, inputsOn } from "../graph-index.js";
import { defaultParams, getKind } from "../kinds/registry.js";
import type { GraphDoc } from "../schema/types.js";
import { formatNumber } from "../formula.js";
import { valueOps } from "./arith.js";

/**
 * Why a node's value is not a finite number, in words, when it arose there (its inputs are finite):
 * the op re-run on its input values with `@nudge/autograd`'s domain checks, e.g. "log(−16) at node
 * log-1: log needs a positive input; …". `undefined` when the node's value is finite, an input is
 * not (the NaN came from upstream), or an input's value is unknown.
 * @example
 * whyNotFinite(doc, "log-1", (id) => snapshot.nodes[id]?.value);
 */
export function whyNotFinite(
  doc: GraphDoc,
  nodeId: string,
  valueOf: (nodeId: string) => number | null | undefined,
): string | undefined {
  const own = valueOf(nodeId);
  if (typeof own !== "number" || Number.isFinite(own)) return undefined;
  const index = indexGraph(doc);
  const node = index.nodes.get(nodeId);
  const spec = node && getKind(node.kind);
  if (!node || !spec?.scalar || spec.leaf || spec.weightPort || spec.trainable) return undefined;
  const name = node.label ?? node.id;
  const inputs: Record<string, Value[]> = {};
  for (const port of spec.ports.inputs) {
    inputs[port.name] = [];
    for (const edge of inputsOn(index, nodeId, port.name)) {
      const x = valueOf(edge.source);
      if (typeof x !== "number" || !Number.isFinite(x)) return undefined;
      inputs[port.name]!.push(new Value(x, name));
    }
  }
  const shown = Object.values(inputs)
    .flat()
    .map((v) => formatNumber(v.data))
    .join(", ");
  try {
    const params = { ...defaultParams(node.kind), ...node.params };
    spec.scalar(valueOps, { params, inputs, weights: [] });
  } catch (error) {
    if (error instanceof AutogradError) return error.message;
    throw error;
  }
  return `${spec.label} of ${shown} at node ${name} is ${formatNumber(own)}: the result is too large for a number; check the values feeding this node.`;
}
