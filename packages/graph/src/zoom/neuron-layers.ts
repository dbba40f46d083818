import { featureCount, indexGraph, inputsOn, type GraphIndex } from "../graph-index.js";
import type { DocNode, GraphDoc } from "../schema/types.js";
import { outputNodes } from "../validate/roles.js";

/** A neuron network read as layers: Inputs by feature, each layer's neurons in order, Outputs by index. */
export interface NeuronLayers {
  inputs: DocNode[];
  layers: DocNode[][];
  outputs: DocNode[];
  loss?: DocNode;
}

/** Why a neuron network is not layered, and at which node. */
export interface NotLayered {
  reason: string;
  nodeId: string;
}

const collapsible = new Set(["input", "neuron", "output", "loss"]);
const activationOf = (n: DocNode) => String(n.params.activation ?? "tanh");

/**
 * Reads a (valid) neuron document as dense layers: each neuron sits one layer after the deepest neuron it
 * reads, every neuron of a layer reads exactly every unit of the layer before (all features for the first)
 * with one activation, and the last layer feeds the Outputs one each. Otherwise names the first neuron
 * that breaks the rule ("h2_3 reads x1 but h2_1 does not").
 */
export function neuronLayers(doc: GraphDoc): NeuronLayers | NotLayered {
  const index = indexGraph(doc);
  const stray = doc.nodes.find((n) => !collapsible.has(n.kind));
  if (stray)
    return {
      nodeId: stray.id,
      reason: `${stray.id} is a ${stray.kind} node; only Inputs, Neurons and Outputs form layers`,
    };
  const inputs = doc.nodes.filter((n) => n.kind === "input").sort((a, b) => feature(a) - feature(b));
  const features = featureCount(doc.data);
  const gap = inputs.findIndex((n, i) => feature(n) !== i);
  if (gap >= 0 || inputs.length !== features) {
    const at = inputs[gap] ?? inputs[inputs.length - 1] ?? doc.nodes[0]!;
    return { nodeId: at.id, reason: `a Dense layer reads all ${features} features, one Input each, in order` };
  }
  const depth = new Map(inputs.map((n) => [n.id, 0]));
  const layers: DocNode[][] = [];
  for (const node of index.order) {
    if (node.kind !== "neuron") continue;
    const d = 1 + Math.max(...sources(index, node.id).map((s) => depth.get(s) ?? 0));
    depth.set(node.id, d);
    (layers[d - 1] ??= []).push(node);
  }
  const place = new Map(doc.nodes.map((n, i) => [n.id, i]));
  for (const layer of layers) layer.sort((a, b) => place.get(a.id)! - place.get(b.id)!);
  for (const [l, layer] of layers.entries()) {
    const before = l === 0 ? inputs : layers[l - 1]!;
    const broken = checkLayer(index, layer, before);
    if (broken) return broken;
  }
  const outputs = outputNodes(doc);
  const last = layers[layers.length - 1] ?? [];
  const fed: DocNode[] = [];
  for (const output of outputs) {
    const [from] = sources(index, output.id);
    const neuron = last.find((n) => n.id === from);
    if (!neuron || fed.includes(neuron))
      return { nodeId: output.id, reason: `${output.id} must read its own neuron of the last layer` };
    fed.push(neuron);
  }
  const unread = last.find((n) => !fed.includes(n));
  if (unread) return { nodeId: unread.id, reason: `${unread.id} is in the last layer but feeds no Output` };
  const loss = doc.nodes.find((n) => n.kind === "loss");
  return { inputs, layers: [...layers.slice(0, -1), fed], outputs, ...(loss ? { loss } : {}) };
}

function checkLayer(index: GraphIndex, layer: DocNode[], before: DocNode[]): NotLayered | undefined {
  const ref = layer[0]!;
  const wanted = new Set(before.map((n) => n.id));
  const refReads = new Set(sources(index, ref.id));
  for (const node of layer) {
    const reads = sources(index, node.id);
    const twice = reads.find((s, i) => reads.indexOf(s) !== i);
    if (twice) return { nodeId: node.id, reason: `${node.id} reads ${twice} twice` };
    for (const s of reads) {
      if (!refReads.has(s)) return { nodeId: node.id, reason: `${node.id} reads ${s} but ${ref.id} does not` };
      if (!wanted.has(s))
        return { nodeId: node.id, reason: `${node.id} reads ${s}, which is not in the layer before it` };
    }
    const missing = before.find((n) => !reads.includes(n.id));
    if (missing) {
      const detail = refReads.has(missing.id) ? `but ${ref.id} does` : "(a Dense layer reads every unit before it)";
      return { nodeId: node.id, reason: `${node.id} does not read ${missing.id} ${detail}` };
    }
    if (activationOf(node) !== activationOf(ref))
      return {
        nodeId: node.id,
        reason: `${node.id} uses ${activationOf(node)} but ${ref.id} uses ${activationOf(ref)}`,
      };
  }
  return undefined;
}

function sources(index: GraphIndex, nodeId: string): string[] {
  return inputsOn(index, nodeId, "in").map((e) => e.source);
}

function feature(n: DocNode): number {
  return typeof n.params.feature === "number" ? n.params.feature : 0;
}
