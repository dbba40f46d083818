import { layerChain } from "../compile/layer-chain.js";
import { neuronStack, type LayerStack, type StackDenseLayer } from "../export/layer-stack.js";
import { indexGraph } from "../graph-index.js";
import { hasErrors, problem } from "../problems.js";
import type { ActivationName, DocEdge, DocNode, GraphDoc } from "../schema/types.js";
import { e } from "../templates/build.js";
import { validate } from "../validate/index.js";
import { placed, repeatedId, trainedFits, trainedFor, type ZoomResult } from "./values.js";

/** The widest layer that expands into neurons (wider ones stay boxes: too many wires to read). */
export const maxExpandUnits = 64;

/** The parameters of a layer stack in `@nudge/models`' order (per layer: kernel `[inputs, units]` row-major, bias). */
export function stackParamCount(stack: { inputs: number; layers: StackDenseLayer[] }): number {
  let inputs = stack.inputs;
  return stack.layers.reduce((sum, { units }) => {
    const size = inputs * units + units;
    inputs = units;
    return sum + size;
  }, 0);
}

const activationOf = (a: LayerStack["layers"][number]["activation"]): ActivationName =>
  a === "linear" ? "identity" : a;

/**
 * A layer graph as its neurons: every Dense layer (at most `maxExpandUnits` units) becomes one Neuron per
 * unit, wired to every unit before it (`<layer>_<k>`), Features become one Input per feature and the Output
 * one Output per unit. Wires start at the layer graph's initial kernel, biases at 0; a kept run maps across
 * (same step, each weight where it was), so training continues. A whole document changes level: a document
 * is neurons (trained on the tape) or layers (trained on tfjs), never both.
 * @example
 * const result = expandLayers(createTemplate("moons-layers")); // result.doc: 2 inputs, 16 + 16 + 1 neurons
 */
export function expandLayers(doc: GraphDoc): ZoomResult {
  if (doc.mode !== "layers") return refuse(`this is a ${doc.mode} graph, not a layer graph`);
  const problems = validate(doc);
  if (hasErrors(problems)) return { ok: false, problems };
  const stacked = neuronStack(doc, "expanding into neurons");
  if (!stacked.ok) return stacked;
  const { stack } = stacked;
  const wide = stack.layers.find((l) => l.units > maxExpandUnits);
  if (wide)
    return {
      ok: false,
      problems: [problem("too-wide", [wide.nodeId, wide.units, maxExpandUnits], { nodeId: wide.nodeId })],
    };
  const chain = layerChain(doc, indexGraph(doc));
  const features = chain.features!;
  const output = chain.output!;
  const loss = doc.nodes.find((n) => n.kind === "loss");
  const count = stackParamCount(stack);
  const kept = trainedFits(doc.trained, count) ? doc.trained : undefined;
  // A run kept at step 0 is a starting point (a collapsed hand-wired network): it becomes the wires' weights.
  const current = kept?.params ?? [];
  const start = (p: number, initial: number) => (kept && kept.step === 0 ? current[p]! : initial);

  const nodes: DocNode[] = [];
  const edges: DocEdge[] = [];
  const values = new Map<string, number>();
  const featureLabel = features.label ?? features.id;
  let previous = Array.from({ length: stack.inputs }, (_, i) => {
    const id = `${features.id}${i + 1}`;
    nodes.push({
      id,
      kind: "input",
      position: features.position,
      params: { feature: i },
      label: `${featureLabel}${i + 1}`,
    });
    return id;
  });
  let p = 0;
  for (const layer of stack.layers) {
    const ids = Array.from({ length: layer.units }, (_, u) => `${layer.nodeId}_${u + 1}`);
    const kernelAt = p;
    const biasAt = p + previous.length * layer.units;
    ids.forEach((id, u) => {
      nodes.push({
        id,
        kind: "neuron",
        position: features.position,
        params: { bias: start(biasAt + u, 0), activation: activationOf(layer.activation) },
      });
      values.set(id, current[biasAt + u] ?? 0);
      previous.forEach((source, i) => {
        const k = kernelAt + i * layer.units + u;
        const edge = e(source, id, "in", start(k, layer.kernel[k - kernelAt]!));
        edges.push(edge);
        values.set(edge.id, current[k] ?? 0);
      });
    });
    p = biasAt + layer.units;
    previous = ids;
  }
  const outputLabel = output.label ?? output.id;
  previous.forEach((source, i) => {
    const id = `${output.id}${i + 1}`;
    const label = previous.length > 1 ? `${outputLabel}${i + 1}` : outputLabel;
    nodes.push({ id, kind: "output", position: output.position, params: { index: i }, label });
    edges.push(e(source, id, "in"));
  });
  if (loss) previous.forEach((_, i) => edges.push(e(`${output.id}${i + 1}`, loss.id, "pred")));
  if (loss) nodes.push(loss);
  const repeated = repeatedId(nodes.map((n) => n.id));
  if (repeated) return refuse(`two nodes would be called "${repeated}"; rename a layer first`);
  const { trained: _, ...rest } = doc;
  const expanded: GraphDoc = { ...rest, mode: "neurons", nodes: placed(nodes, edges, doc.nodes), edges };
  if (!kept || kept.step === 0) return { ok: true, doc: expanded };
  return { ok: true, doc: { ...expanded, trained: trainedFor(expanded, kept, (id) => values.get(id)!) } };
}

function refuse(detail: string): ZoomResult {
  return { ok: false, problems: [problem("cannot-expand", [detail])] };
}

/**
 * Expands the layer graph holding `layerId` (the whole document changes level, see `expandLayers`) and
 * names the new neurons of that layer, so an editor can bring them into view.
 */
export function expandLayer(doc: GraphDoc, layerId: string): ZoomResult & { neuronIds?: string[] } {
  const layer = doc.nodes.find((n) => n.id === layerId);
  if (!layer || layer.kind !== "dense")
    return { ok: false, problems: [problem("cannot-expand", [`${layerId} is not a Dense layer of this graph`])] };
  const result = expandLayers(doc);
  if (!result.ok) return result;
  const prefix = `${layerId}_`;
  const neuronIds = result.doc.nodes
    .filter((n) => n.kind === "neuron" && n.id.startsWith(prefix) && /^\d+$/.test(n.id.slice(prefix.length)))
    .map((n) => n.id);
  return { ...result, neuronIds };
}
