import { featureCount } from "../graph-index.js";
import { defaultParams } from "../kinds/registry.js";
import { effectiveLoss } from "../validate/roles.js";
import type { Connection } from "../connect.js";
import type { GraphDoc, ParamValue } from "../schema/types.js";
import { outputActivation } from "./task-loss.js";

/** The smallest whole number ≥ 0 that no node of `kind` uses for `param` yet (below `limit` if there is a free one). */
function nextFree(doc: GraphDoc, kind: string, param: string, limit: number): number {
  const used = new Set(doc.nodes.filter((n) => n.kind === kind).map((n) => Number(n.params[param] ?? 0)));
  let k = 0;
  while (used.has(k)) k++;
  return k < limit || limit === 0 ? k : 0;
}

/**
 * The parameters a node dropped into `doc` starts with: its kind's defaults, except that an Input
 * reads the next feature no Input reads yet (x₁, then x₂), an Output takes the next index, and a
 * Loss node takes the loss the document trains with.
 * @example
 * newNodeParams(docWithOneInput, "input"); // { feature: 1 }
 */
export function newNodeParams(doc: GraphDoc, kind: string): Record<string, ParamValue> {
  const params = defaultParams(kind);
  if (kind === "input") params.feature = nextFree(doc, "input", "feature", featureCount(doc.data));
  if (kind === "output") params.index = nextFree(doc, "output", "index", 0);
  if (kind === "loss") params.fn = effectiveLoss(doc).name;
  return params;
}

/**
 * Parameter changes that a new wire implies, by node id: a neuron still on its default link that is
 * wired into an Output takes the link its loss reads (`outputActivation`: identity for MSE,
 * max-margin and softmax cross-entropy); a link the learner chose stays.
 * @example
 * wireDefaults(doc, { source: "h", target: "y" }); // { h: { activation: "identity" } }
 */
export function wireDefaults(doc: GraphDoc, wire: Connection): Record<string, Record<string, ParamValue>> {
  const source = doc.nodes.find((n) => n.id === wire.source);
  const target = doc.nodes.find((n) => n.id === wire.target);
  if (source?.kind !== "neuron" || target?.kind !== "output") return {};
  const current = source.params.activation ?? defaultParams("neuron").activation;
  const activation = outputActivation(effectiveLoss(doc).name);
  return current !== defaultParams("neuron").activation || current === activation
    ? {}
    : { [source.id]: { activation } };
}
