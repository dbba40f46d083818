import { neuronStack } from "../export/layer-stack.js";
import { hasErrors, problem } from "../problems.js";
import type { DocEdge, DocNode, GraphDoc, TrainedState } from "../schema/types.js";
import { e } from "../templates/build.js";
import { validate } from "../validate/index.js";
import { neuronLayers } from "./neuron-layers.js";
import { placed, tapeValues, trainedFits, type ZoomResult } from "./values.js";

/**
 * A layered neuron network as a layer graph: Inputs become one Features node, each layer of neurons one
 * Dense layer (`h1_1 … h1_16` → `h1`), the Outputs one Output. The network's current weights and biases
 * (its kept run, else its wires) become the layer graph's: a kept run keeps its step, so training continues;
 * an untrained network whose wires are not the layer graph's seeded start is kept as a run at step 0.
 * When the neurons are not layered, says which neuron breaks the rule.
 * @example
 * const result = collapseToLayers(createTemplate("moons-mlp")); // 2-16-16-1: Features → h1 → h2 → h3 → Output
 */
export function collapseToLayers(doc: GraphDoc): ZoomResult {
  if (doc.mode !== "neurons")
    return { ok: false, problems: [problem("not-layered", [`this is a ${doc.mode} graph, not a neuron graph`])] };
  const problems = validate(doc);
  if (hasErrors(problems)) return { ok: false, problems };
  const read = neuronLayers(doc);
  if ("reason" in read)
    return { ok: false, problems: [problem("not-layered", [read.reason], { nodeId: read.nodeId })] };
  const used = new Set<string>();
  const name = (group: DocNode[], fallback: string) => {
    const stems = new Set(group.map((n) => n.id.replace(/_?\d+$/, "")));
    let id = stems.size === 1 ? [...stems][0]! : fallback;
    if (id === "") id = fallback;
    for (let k = 2; used.has(id); k += 1) id = `${fallback}${k}`;
    used.add(id);
    return id;
  };
  const stemLabel = (n: DocNode) => (n.label ?? n.id).replace(/\d+$/, "") || n.id;
  const loss = read.loss;
  if (loss) used.add(loss.id);
  const featuresId = name(read.inputs, "x");
  const layerIds = read.layers.map((layer, l) => name(layer, `layer${l + 1}`));
  const outputId = name(read.outputs, "y");
  const nodes: DocNode[] = [
    {
      id: featuresId,
      kind: "features",
      position: read.inputs[0]!.position,
      params: {},
      label: stemLabel(read.inputs[0]!),
    },
    ...read.layers.map((layer, l) => ({
      id: layerIds[l]!,
      kind: "dense",
      position: layer[0]!.position,
      params: { units: layer.length, activation: layer[0]!.params.activation ?? "tanh", useBias: true },
    })),
    {
      id: outputId,
      kind: "output",
      position: read.outputs[0]!.position,
      params: { index: 0 },
      label: stemLabel(read.outputs[0]!),
    },
    ...(loss ? [loss] : []),
  ];
  const chain = [featuresId, ...layerIds, outputId];
  const edges: DocEdge[] = chain.slice(1).map((id, i) => e(chain[i]!, id, "in"));
  if (loss) edges.push(e(outputId, loss.id, "pred"));
  const { trained: _, ...rest } = doc;
  const collapsed: GraphDoc = { ...rest, mode: "layers", nodes: placed(nodes, edges, doc.nodes), edges };

  const { current } = tapeValues(doc);
  const wire = new Map(doc.edges.filter((w) => w.targetHandle === "in").map((w) => [`${w.source}>${w.target}`, w.id]));
  const params: number[] = [];
  read.layers.forEach((layer, l) => {
    const before = l === 0 ? read.inputs : read.layers[l - 1]!;
    for (const from of before) for (const to of layer) params.push(current.get(wire.get(`${from.id}>${to.id}`)!)!);
    for (const to of layer) params.push(current.get(to.id)!);
  });
  const kept = trainedFits(doc.trained, current.size) ? doc.trained : undefined;
  const trained: TrainedState | undefined = kept
    ? { ...kept, params }
    : sameAsSeeded(collapsed, params)
      ? undefined
      : { step: 0, params };
  return { ok: true, doc: trained ? { ...collapsed, trained } : collapsed };
}

/** True when `params` are exactly the layer graph's seeded start (initial kernels, zero biases). */
function sameAsSeeded(doc: GraphDoc, params: number[]): boolean {
  const stacked = neuronStack(doc, "collapsing into layers");
  if (!stacked.ok) return false;
  const seeded = stacked.stack.layers.flatMap((l) => [...l.kernel, ...new Array<number>(l.units).fill(0)]);
  return seeded.length === params.length && seeded.every((v, i) => v === params[i]);
}
