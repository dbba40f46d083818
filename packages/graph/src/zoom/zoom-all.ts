import { indexGraph } from "../graph-index.js";
import type { GraphDoc } from "../schema/types.js";
import { collapseToLayers } from "./collapse-layers.js";
import { collapseNeuron, neuronTerms } from "./collapse-neuron.js";
import { expandLayers } from "./expand-layers.js";
import { expandNeuron } from "./expand-neuron.js";
import type { ZoomResult } from "./values.js";

/**
 * One level down: a layer graph into its neurons, a neuron graph's every neuron into its ops.
 * @example
 * const neurons = expandAll(createTemplate("moons-layers")); // then expandAll(neurons.doc) for the ops
 */
export function expandAll(doc: GraphDoc): ZoomResult {
  if (doc.mode === "layers") return expandLayers(doc);
  let current = doc;
  for (const node of doc.nodes) {
    if (node.kind !== "neuron") continue;
    const next = expandNeuron(current, node.id);
    if (!next.ok) return next;
    current = next.doc;
  }
  return { ok: true, doc: current };
}

/** Every op graph that reads as a neuron back into its Neuron (the rest stays as it is). */
export function collapseOps(doc: GraphDoc): ZoomResult {
  let current = doc;
  for (const node of doc.nodes) {
    if (node.kind !== "activation" || "reason" in neuronTerms(current, indexGraph(current), node.id)) continue;
    const next = collapseNeuron(current, node.id);
    if (!next.ok) return next;
    current = next.doc;
  }
  return { ok: true, doc: current };
}

/** All the way up: op graphs into neurons, then a neuron graph into layers (or why its neurons are not layered). */
export function collapseAll(doc: GraphDoc): ZoomResult {
  if (doc.mode === "layers") return { ok: true, doc };
  const neurons = collapseOps(doc);
  if (!neurons.ok || neurons.doc.mode !== "neurons") return neurons;
  return collapseToLayers(neurons.doc);
}
