import type { DocNode, GraphDoc } from "../schema/types.js";
import { collapseToLayers } from "./collapse-layers.js";
import { collapseNeuron } from "./collapse-neuron.js";
import { expandLayer } from "./expand-layers.js";
import { expandNeuron } from "./expand-neuron.js";
import type { ZoomResult } from "./values.js";

/** One zoom step a node offers: a button's words and what it does to the document. */
export interface ZoomAction {
  label: string;
  run(doc: GraphDoc): ZoomResult;
}

const offers: Record<string, (id: string) => ZoomAction[]> = {
  dense: (id) => [{ label: "Expand into neurons", run: (doc) => expandLayer(doc, id) }],
  neuron: (id) => [
    { label: "Expand into ops", run: (doc) => expandNeuron(doc, id) },
    { label: "Collapse into layers", run: collapseToLayers },
  ],
  activation: (id) => [{ label: "Collapse into a neuron", run: (doc) => collapseNeuron(doc, id) }],
};

/**
 * The zoom steps a node offers (a Dense layer expands, a Neuron expands or collapses, an Activation
 * collapses into a Neuron); each may still refuse with a problem saying why.
 * @example
 * zoomActions(doc.nodes[1]).map((a) => a.label); // ["Expand into neurons"] for a Dense layer
 */
export function zoomActions(node: DocNode): ZoomAction[] {
  return Object.hasOwn(offers, node.kind) ? offers[node.kind]!(node.id) : [];
}
